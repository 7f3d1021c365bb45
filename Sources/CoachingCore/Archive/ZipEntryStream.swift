import CDeflate

/// One entry of a ZIP package read in sequence: stored bytes are copied, Deflate is inflated a
/// chunk at a time, so an entry of any size costs a chunk of memory, not its size (a small one
/// is inflated whole, see ``wholeLimit``).
///
/// The size and the CRC-32 are checked as the bytes go by. Read it to the end (until `read`
/// returns 0): a damaged entry throws ``ZipReader/Damaged`` there, or earlier as soon as it
/// runs longer than its declared size or its Deflate data breaks, never after handing out more
/// than the declared size.
public final class ZipEntryStream: ByteSource {
    /// Compressed bytes read from the package at a time: large enough that a big entry costs few
    /// reads, small enough that two threads streaming cost nothing against the memory budget.
    public static let chunkSize = 64 << 10
    /// Entries up to this size, packed and unpacked, are inflated in one call by libdeflate into
    /// buffers of their own: libdeflate is twice as fast as zlib (whose inflate was a quarter of
    /// verify's time), a Berita Acara takes a few kilobytes, and two threads' buffers stay small.
    public static let wholeLimit = 1 << 20

    private enum Mode {
        case stored
        /// Inflated whole by libdeflate on the first read.
        case whole
        case streamed(RawInflater)
    }

    public let entry: ZipReader.Entry
    private let source: RandomAccessByteSource
    /// The next compressed byte to read from the package, and where the entry's data ends.
    private var offset: Int
    private let end: Int
    /// A stored entry's bytes are copied straight into the reader's buffer.
    private let mode: Mode
    /// Packed bytes: a chunk at a time (streamed), all of them (whole).
    private let input: UnsafeMutableRawBufferPointer
    /// An entry inflated whole, and how much of it has been handed out.
    private let output: UnsafeMutableRawBufferPointer
    private var inflated = false
    private var served = 0
    private var crc: UInt32 = 0
    /// Bytes handed out so far.
    public private(set) var produced = 0
    private var checked = false
    /// Once damaged, every later read says so again.
    private var failure: ZipReader.Damaged?

    /// The entry whose data starts at `dataStart` of `source`, its headers already checked.
    init(_ entry: ZipReader.Entry, source: RandomAccessByteSource, dataStart: Int) throws(ZipReader.Damaged) {
        self.entry = entry
        self.source = source
        offset = dataStart
        end = dataStart + entry.compressedSize
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw Self.damage(entry, "its stored size is not its size") }
            mode = .stored
            input = UnsafeMutableRawBufferPointer(start: nil, count: 0)
            output = input
        case 8:
            // A declared size is not trusted beyond what Deflate can expand to (1032:1).
            guard entry.size <= max(entry.compressedSize, 1) * 1032 else { throw Self.damage(entry, "its compressed data is damaged") }
            if entry.size <= Self.wholeLimit && entry.compressedSize <= Self.wholeLimit {
                mode = .whole
                input = .allocate(byteCount: max(entry.compressedSize, 1), alignment: 16)
                output = .allocate(byteCount: max(entry.size, 1), alignment: 16)
            } else {
                guard let inflater = RawInflater() else { throw Self.damage(entry, "its compressed data is damaged") }
                mode = .streamed(inflater)
                input = .allocate(byteCount: Self.chunkSize, alignment: 16)
                output = UnsafeMutableRawBufferPointer(start: nil, count: 0)
            }
        default:
            throw Self.damage(entry, "compressed with method \(entry.method), which only Deflate and stored packages use")
        }
    }

    deinit {
        input.deallocate()
        output.deallocate()
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let failure { throw failure }
        guard !checked, buffer.count > 0 else { return 0 }
        do { return try step(into: buffer) } catch let damaged as ZipReader.Damaged {
            failure = damaged
            throw damaged
        }
    }

    private func step(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        // One byte more than the entry may still hold is asked for, so that an entry running
        // long is caught here and not handed out.
        let room = min(buffer.count, entry.size - produced + 1)
        let target = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<room])
        let count: Int
        switch mode {
        case .stored: count = try copyStored(into: target)
        case .whole: count = try copyWhole(into: target)
        case .streamed(let inflater): count = try inflate(inflater, into: target)
        }
        guard count > 0 else {
            try finish()
            return 0
        }
        produced += count
        guard produced <= entry.size else { throw Self.damage(entry, Self.crcMismatch) }
        crc = libdeflate_crc32(crc, target.baseAddress, count)
        return count
    }

    private func copyStored(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = min(buffer.count, end - offset)
        guard wanted > 0 else { return 0 }
        let count = try readPackage(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<wanted]))
        offset += count
        return count
    }

    private func copyWhole(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if !inflated {
            var filled = 0
            while offset < end {
                let count = try readPackage(into: UnsafeMutableRawBufferPointer(rebasing: input[filled..<entry.compressedSize]))
                offset += count
                filled += count
            }
            guard let decompressor = libdeflate_alloc_decompressor() else { throw Self.damage(entry, "its compressed data is damaged") }
            defer { libdeflate_free_decompressor(decompressor) }
            // Without an "actual size" out-parameter libdeflate insists on exactly the declared size.
            let result = libdeflate_deflate_decompress(decompressor, input.baseAddress, entry.compressedSize, output.baseAddress, entry.size, nil)
            guard result == LIBDEFLATE_SUCCESS else { throw Self.damage(entry, "its compressed data is damaged") }
            inflated = true
        }
        let count = min(buffer.count, entry.size - served)
        guard count > 0 else { return 0 }
        buffer.baseAddress!.copyMemory(from: output.baseAddress! + served, byteCount: count)
        served += count
        return count
    }

    private func inflate(_ inflater: RawInflater, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            if inflater.needsInput && offset < end {
                let count = try readPackage(into: UnsafeMutableRawBufferPointer(rebasing: input[0..<min(input.count, end - offset)]))
                offset += count
                inflater.feed(UnsafeMutableRawBufferPointer(rebasing: input[0..<count]))
            }
            guard let count = inflater.inflate(into: buffer) else { throw Self.damage(entry, "its compressed data is damaged") }
            if count > 0 || inflater.finished { return count }
            // No output, not finished, and nothing left to feed: the Deflate data stops short.
            if offset >= end { throw Self.damage(entry, "its compressed data is damaged") }
        }
    }

    /// A read of the package that must make progress: the entry's data lies inside the file,
    /// so reading nothing means the file shrank or failed under us.
    private func readPackage(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count: Int
        do { count = try source.read(at: offset, into: buffer) } catch {
            throw Self.damage(entry, "it cannot be read: \(error)")
        }
        guard count > 0 else { throw Self.damage(entry, "its data runs past the end of the package") }
        return count
    }

    private func finish() throws {
        guard produced == entry.size, crc == entry.crc else { throw Self.damage(entry, Self.crcMismatch) }
        checked = true
    }

    static let crcMismatch = "its content does not match the package's CRC-32 (damaged in the ZIP itself)"

    static func damage(_ entry: ZipReader.Entry, _ what: String) -> ZipReader.Damaged {
        ZipReader.Damaged(description: "\(entry.path): \(what)")
    }
}
