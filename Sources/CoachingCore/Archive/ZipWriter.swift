import CZlib
import Dispatch
import Foundation

/// A file for a ZIP package: its path inside the package and its bytes.
public struct ZipEntry: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Writes deterministic ZIP packages: entries in the order given (callers sort them), one fixed
/// timestamp for every entry, no extra fields, Unix permissions 0644, Deflate (zlib level 6, as
/// `zip` uses) unless storing is smaller. The same entries give the same bytes.
///
/// Hand-written rather than ZIPFoundation: its `addEntry` reads and rewrites the whole central
/// directory for every entry added (Archive+Writing.swift, 0.9.20), which is quadratic for the
/// 40,000 files of a large batch; and this one compresses entries on both cores.
public struct ZipWriter {
    /// Entries beyond this need ZIP64, which this writer does not write.
    public static let maximumEntries = 65_535
    /// zlib's level 1: a package of 20,000 minutes and their inputs (480 MB) is made in seconds,
    /// about 10% larger than at `zip`'s level 6, which takes four times the CPU.
    static let level: Int32 = 1
    static let maximumOffset = Int(UInt32.max)

    public struct TooLarge: Error, CustomStringConvertible {
        public var description: String
    }

    private var output: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0
    private let dosTime: UInt16, dosDate: UInt16

    /// `date` stamps every entry (00:00 of that day), so the package depends on nothing but its content.
    public init(date: CivilDate) {
        dosTime = 0
        dosDate = UInt16((max(date.year, 1980) - 1980) << 9 | date.month << 5 | date.day)
    }

    /// An entry compressed and ready to append: compressing is the slow part, so it can
    /// happen on other threads while the rest of a package is still being put together.
    public struct PackedEntry: Sendable {
        public var path: String
        var size: Int
        var packed: Packed
    }

    /// Compresses `entries` on every core.
    public static func pack(_ entries: [ZipEntry]) -> [PackedEntry] {
        zip(entries, compressAll(entries)).map { PackedEntry(path: $0.path, size: $0.bytes.count, packed: $1) }
    }

    /// Compresses `entries` (in parallel) and appends them in their order.
    public mutating func append(_ entries: [ZipEntry]) throws {
        try append(packed: Self.pack(entries))
    }

    /// Appends entries compressed before, in their order.
    public mutating func append(packed entries: [PackedEntry]) throws {
        output.reserveCapacity(output.count + entries.reduce(0) { $0 + $1.packed.data.count + $1.path.utf8.count + 30 })
        for entry in entries {
            try append(entry)
        }
    }

    /// The finished package.
    public mutating func finish() throws -> [UInt8] {
        guard output.count <= Self.maximumOffset, central.count <= Self.maximumOffset else {
            throw TooLarge(description: "the package would be larger than 4 GiB, which a ZIP without ZIP64 cannot hold")
        }
        var end = ByteWriter()
        end.u32(0x0605_4B50)
        end.u16(0); end.u16(0)
        end.u16(UInt16(count)); end.u16(UInt16(count))
        end.u32(UInt32(central.count)); end.u32(UInt32(output.count))
        end.u16(0)
        var result: [UInt8] = []
        swap(&result, &output)
        result += central
        result += end.bytes
        central = []
        return result
    }

    struct Packed: Sendable {
        var crc: UInt32
        var method: UInt16
        var data: [UInt8]
    }

    private mutating func append(_ entry: PackedEntry) throws {
        let packed = entry.packed
        guard count < Self.maximumEntries else {
            throw TooLarge(description: "a package holds at most \(Self.maximumEntries) files without ZIP64")
        }
        guard output.count <= Self.maximumOffset else {
            throw TooLarge(description: "the package would be larger than 4 GiB, which a ZIP without ZIP64 cannot hold")
        }
        let name = Array(entry.path.utf8)
        let offset = UInt32(output.count)
        var local = ByteWriter()
        local.u32(0x0403_4B50)
        header(&local, name: name, packed: packed, size: entry.size)
        local.bytes += name
        output += local.bytes
        output += packed.data

        var record = ByteWriter()
        record.u32(0x0201_4B50)
        record.u16(3 << 8 | 20) // made by: Unix, ZIP 2.0
        header(&record, name: name, packed: packed, size: entry.size)
        record.u16(0) // comment
        record.u16(0) // disk
        record.u16(0) // internal attributes
        record.u32(UInt32(0o100644) << 16) // regular file, rw-r--r--
        record.u32(offset)
        record.bytes += name
        central += record.bytes
        count += 1
    }

    private func header(_ w: inout ByteWriter, name: [UInt8], packed: Packed, size: Int) {
        w.u16(20) // version needed: 2.0
        w.u16(0x0800) // names are UTF-8
        w.u16(packed.method)
        w.u16(dosTime); w.u16(dosDate)
        w.u32(packed.crc)
        w.u32(UInt32(packed.data.count)); w.u32(UInt32(size))
        w.u16(UInt16(name.count))
        w.u16(0) // extra field
    }

    /// Large files are cut into pieces compressed on separate cores (as pigz does): each piece
    /// is primed with the 32 KiB before it and ends on a byte boundary, so the pieces joined
    /// are one Deflate stream, as good as one compressed whole.
    public static let pieceSize = 1 << 20

    /// One unit of work: a piece of an entry (a small entry is one piece).
    struct Piece {
        var entry: Int
        var range: Range<Int>
        var last: Bool
    }

    static func compressAll(_ entries: [ZipEntry]) -> [Packed] {
        var pieces: [Piece] = []
        for (i, entry) in entries.enumerated() {
            var start = 0
            repeat {
                let end = min(entry.bytes.count, start + pieceSize)
                pieces.append(Piece(entry: i, range: start..<end, last: end == entry.bytes.count))
                start = end
            } while start < entry.bytes.count
        }
        // One compressor per thread, reused for its pieces.
        let results = pieces.parallelMap(minimumPerThread: 16) { piece in
            Deflater.forThisThread.pack(entries[piece.entry].bytes, piece.range, last: piece.last)
        }
        // Join the pieces of each entry; store an entry whose compressed form is no smaller.
        var packed: [Packed] = []
        packed.reserveCapacity(entries.count)
        var i = 0
        while i < pieces.count {
            let entry = pieces[i].entry
            var joined = results[i]
            var crc = joined.crc
            i += 1
            while i < pieces.count && pieces[i].entry == entry {
                joined.data += results[i].data
                crc = UInt32(crc32_combine(uLong(crc), uLong(results[i].crc), off_t(pieces[i].range.count)))
                i += 1
            }
            let bytes = entries[entry].bytes
            packed.append(joined.data.count >= bytes.count ? Packed(crc: crc, method: 0, data: bytes) : Packed(crc: crc, method: 8, data: joined.data))
        }
        return packed
    }
}

/// A raw-Deflate stream reused across entries (one per thread). The stream lives on the heap:
/// zlib keeps a pointer back to it and refuses a stream that has moved.
final class Deflater {
    /// This thread's compressor.
    static var forThisThread: Deflater {
        let key = "klip.coaching.deflater"
        if let existing = Thread.current.threadDictionary[key] as? Deflater { return existing }
        let made = Deflater()
        Thread.current.threadDictionary[key] = made
        return made
    }

    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    init() {
        stream.initialize(to: z_stream())
        let status = deflateInit2_(stream, ZipWriter.level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib could not start (\(status))")
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Compresses `bytes[range]`, primed with the 32 KiB before it; the last piece finishes
    /// the stream, the others end with a sync flush (byte-aligned, not final).
    func pack(_ bytes: [UInt8], _ range: Range<Int>, last: Bool) -> ZipWriter.Packed {
        deflateReset(stream)
        var crc: UInt32 = 0
        let capacity = Int(deflateBound(stream, uLong(range.count))) + 16
        // Not zero-filled first: deflate writes every byte that is kept.
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { output, initialized in
            bytes.withUnsafeBufferPointer { all in
                let input = UnsafeBufferPointer(rebasing: all[range])
                crc = UInt32(crc32(0, input.baseAddress, uInt(input.count)))
                if range.lowerBound > 0 {
                    let window = max(0, range.lowerBound - 32_768)
                    deflateSetDictionary(stream, all.baseAddress! + window, uInt(range.lowerBound - window))
                }
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = uInt(input.count)
                stream.pointee.next_out = output.baseAddress
                stream.pointee.avail_out = uInt(output.count)
                let status = deflate(stream, last ? Z_FINISH : Z_SYNC_FLUSH)
                precondition(status == (last ? Z_STREAM_END : Z_OK), "deflateBound was too small (\(status))")
                initialized = output.count - Int(stream.pointee.avail_out)
            }
        }
        return .init(crc: crc, method: 8, data: out)
    }
}

/// CRC-32 as ZIP records it (zlib's).
enum ZipCRC {
    static func of(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}

/// Little-endian fields.
struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
}
