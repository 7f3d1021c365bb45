import CDeflate
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
/// timestamp for every entry, no extra fields, Unix permissions 0644, Deflate (libdeflate's level 1)
/// unless storing is smaller. The same entries give the same bytes.
///
/// Hand-written rather than ZIPFoundation: its `addEntry` reads and rewrites the whole central
/// directory for every entry added (Archive+Writing.swift, 0.9.20), which is quadratic for the
/// 40,000 files of a large batch; and this one compresses entries on both cores.
public struct ZipWriter {
    /// Entries beyond this need ZIP64, which this writer does not write: an end record that
    /// counts 0xFFFF entries is how ZIP64 announces itself, and readers (ours too) take it so.
    public static let maximumEntries = 65_534
    /// libdeflate's level 1: on the 174 MB report of the stress batch it compresses at 271 MB/s to
    /// 48 MB, where zlib's level 1 managed 126 MB/s and 55 MB (zlib's level 6, `zip`'s, is four
    /// times slower again). Whole-buffer compression suits a package whose files are all in memory.
    static let level: Int32 = 1
    static let maximumOffset = Int(UInt32.max)

    /// A package beyond what a ZIP without ZIP64 holds; worded in the reader's language where
    /// it is shown (``Language/describe(_:path:)``).
    public struct TooLarge: MessageCarryingError, CustomStringConvertible {
        let said: Message
        public var message: Message? { said }
        public var description: String { said.text(.en) }
    }

    /// The package so far, in order: each entry's local header and its compressed data as
    /// they are, not copied into one buffer (a package can be hundreds of megabytes).
    private var parts: [[UInt8]] = []
    private var size = 0
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
        parts.reserveCapacity(parts.count + 2 * entries.count + 2)
        for entry in entries {
            try append(entry)
        }
    }

    /// The finished package as consecutive parts: write them in order (the register's
    /// `StagedFiles.write` does), or join them with `finish()`.
    public mutating func finishParts() throws -> [[UInt8]] {
        guard size <= Self.maximumOffset, central.count <= Self.maximumOffset else {
            throw TooLarge(said: Message(.zipTooLarge))
        }
        var end = ByteWriter()
        end.u32(0x0605_4B50)
        end.u16(0); end.u16(0)
        end.u16(UInt16(count)); end.u16(UInt16(count))
        end.u32(UInt32(central.count)); end.u32(UInt32(size))
        end.u16(0)
        var result: [[UInt8]] = []
        swap(&result, &parts)
        result.append(central)
        result.append(end.bytes)
        central = []
        size = 0
        return result
    }

    /// The finished package in one buffer.
    public mutating func finish() throws -> [UInt8] {
        let parts = try finishParts()
        var package: [UInt8] = []
        package.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { package += part }
        return package
    }

    struct Packed: Sendable {
        var crc: UInt32
        var method: UInt16
        var data: [UInt8]
    }

    private mutating func append(_ entry: PackedEntry) throws {
        let packed = entry.packed
        guard count < Self.maximumEntries else {
            throw TooLarge(said: Message(.zipTooManyFiles, ["limit": "\(Self.maximumEntries)"]))
        }
        guard size <= Self.maximumOffset else {
            throw TooLarge(said: Message(.zipTooLarge))
        }
        let name = Array(entry.path.utf8)
        let offset = UInt32(size)
        var local = ByteWriter()
        local.u32(0x0403_4B50)
        header(&local, name: name, packed: packed, size: entry.size)
        local.bytes += name
        size += local.bytes.count + packed.data.count
        parts.append(local.bytes)
        parts.append(packed.data)

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

    static func compressAll(_ entries: [ZipEntry]) -> [Packed] {
        // The largest first, one at a time to whichever core is free: the big input copies start
        // at once and the small documents fill in around them.
        let order = entries.indices.sorted { (entries[$0].bytes.count, $0) > (entries[$1].bytes.count, $1) }
        return entries.parallelMap(order: order, state: { Deflater() }) { deflater, entry in
            deflater.pack(entry.bytes)
        }
    }
}

/// A libdeflate compressor and its scratch output, one per thread and reused for its entries.
final class Deflater {
    private let compressor: OpaquePointer
    private var scratch: [UInt8] = []

    init() {
        guard let made = libdeflate_alloc_compressor(ZipWriter.level) else { fatalError("libdeflate could not allocate a compressor") }
        compressor = made
    }

    deinit { libdeflate_free_compressor(compressor) }

    /// `bytes` deflated, or stored when Deflate would not make them smaller.
    func pack(_ bytes: [UInt8]) -> ZipWriter.Packed {
        let crc = ZipCRC.of(bytes)
        // Room for one byte less than the original: libdeflate answers 0 when the result would not
        // fit, which is exactly when storing is as small or smaller.
        if scratch.count < bytes.count { scratch = [UInt8](repeating: 0, count: bytes.count) }
        let size = bytes.withUnsafeBytes { input in
            scratch.withUnsafeMutableBytes { output in
                bytes.count < 2 ? 0 : libdeflate_deflate_compress(compressor, input.baseAddress, input.count, output.baseAddress, bytes.count - 1)
            }
        }
        guard size > 0 else { return .init(crc: crc, method: 0, data: bytes) }
        return .init(crc: crc, method: 8, data: Array(scratch[0..<size]))
    }
}

/// CRC-32 as ZIP records it.
enum ZipCRC {
    static func of(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
    }
}

/// Little-endian fields.
struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
}
