/// Reads ZIP packages (the ones `ZipWriter` makes, and ordinary ones without ZIP64 or
/// encryption) through a random-access source, never whole: the central directory from the
/// end, then each entry by its offset, streamed (``ZipEntryStream``) and checked against its
/// CRC-32. Every offset is bounds-checked, so a damaged or hostile file is reported, never trusted.
public struct ZipReader: Sendable {
    /// One file listed in the central directory.
    public struct Entry: Sendable, Equatable {
        public var path: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        public var size: Int
        var localHeaderOffset: Int
    }

    /// Why a package, or one of its entries, cannot be read.
    public struct Damaged: Error, CustomStringConvertible, Equatable {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// The largest central directory read. A package holds at most 65,535 entries (no ZIP64); at
    /// 46 bytes of header and a path of up to 450 bytes each that is 32 MB, and a batch of 20,000
    /// minutes takes 3.5 MB. Read whole, so it is bounded for what it costs in memory.
    static let centralDirectoryLimit = 32 << 20

    /// Where the package's bytes are read from: a file (`pread`), or memory.
    public let source: RandomAccessByteSource
    /// In the order of the central directory.
    public let entries: [Entry]

    public init(source: RandomAccessByteSource) throws(Damaged) {
        self.source = source
        entries = try Self.centralDirectory(source)
    }

    /// A package already in memory (tests, the fuzzer).
    public init(bytes: [UInt8]) throws(Damaged) {
        try self.init(source: MemoryByteSource(bytes))
    }

    /// `entry`'s content as a stream, after checking its local header.
    public func open(_ entry: Entry) throws(Damaged) -> ZipEntryStream {
        try Self.open(entry, in: source)
    }

    /// `entry` of the package `source` holds, for a caller that keeps the entries it needs and
    /// not the reader (with `path` renamed as it likes: messages name the entry by it).
    public static func open(_ entry: Entry, in source: RandomAccessByteSource) throws(Damaged) -> ZipEntryStream {
        let at = entry.localHeaderOffset
        let header = try read(source, at: at, count: 30)
        guard header.count == 30, u32(header, 0) == 0x0403_4B50 else {
            throw Damaged(description: "\(entry.path): its local header is missing or damaged")
        }
        let start = at + 30 + Int(u16(header, 26)) + Int(u16(header, 28))
        guard start + entry.compressedSize <= source.byteCount else {
            throw Damaged(description: "\(entry.path): its data runs past the end of the package")
        }
        return try ZipEntryStream(entry, source: source, dataStart: start)
    }

    /// The whole content of `entry`, or why it cannot be trusted. For entries whose size the
    /// caller has bounded: the content is in memory at once.
    public func contents(of entry: Entry) -> Result<[UInt8], Damaged> {
        do {
            // The stream never hands out more than the declared size.
            return .success(try open(entry).readAll() ?? [])
        } catch let damaged as Damaged {
            return .failure(damaged)
        } catch {
            return .failure(Damaged(description: "\(entry.path): \(error)"))
        }
    }

    // MARK: - The central directory

    private static func centralDirectory(_ source: RandomAccessByteSource) throws(Damaged) -> [Entry] {
        // The end record is in the last 22 + 65,535 bytes (its comment may be that long).
        let tailStart = max(0, source.byteCount - 22 - 65_535)
        let tail = try read(source, at: tailStart, count: source.byteCount - tailStart)
        var end = tail.count - 22
        while end >= 0, u32(tail, end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0 else { throw Damaged(description: "this is not a ZIP package (no end of central directory)") }
        let count = Int(u16(tail, end + 10)), size = Int(u32(tail, end + 12)), offset = Int(u32(tail, end + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF { throw Damaged(description: "this package uses ZIP64, which coaching does not write or read") }
        guard offset + size <= tailStart + end else { throw Damaged(description: "the package's central directory lies outside the file (truncated or damaged)") }
        guard size <= centralDirectoryLimit else {
            throw Damaged(description: "the package's central directory takes \(size) bytes, more than a package of 65,535 files needs")
        }
        let b = try read(source, at: offset, count: size)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= size, u32(b, at) == 0x0201_4B50 else {
                throw Damaged(description: "the package's central directory is damaged at byte \(offset + at)")
            }
            let flags = u16(b, at + 8)
            if flags & 1 != 0 { throw Damaged(description: "the package is encrypted") }
            let nameLength = Int(u16(b, at + 28)), extra = Int(u16(b, at + 30)), comment = Int(u16(b, at + 32))
            guard at + 46 + nameLength <= size else { throw Damaged(description: "the package's central directory is damaged at byte \(offset + at)") }
            let path = String(decoding: b[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(path: path, method: u16(b, at + 10), crc: u32(b, at + 16), compressedSize: Int(u32(b, at + 20)),
                                 size: Int(u32(b, at + 24)), localHeaderOffset: Int(u32(b, at + 42))))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }

    /// `count` bytes at `offset`, fewer only at the end of the file.
    private static func read(_ source: RandomAccessByteSource, at offset: Int, count: Int) throws(Damaged) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        var filled = 0
        do {
            while filled < bytes.count {
                let n = try bytes.withUnsafeMutableBytes { try source.read(at: offset + filled, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
                if n == 0 { break }
                filled += n
            }
        } catch {
            throw Damaged(description: "the package cannot be read: \(error)")
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    static func u16(_ b: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= b.count else { return 0 }
        return UInt16(b[at]) | UInt16(b[at + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= b.count else { return 0 }
        return UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}
