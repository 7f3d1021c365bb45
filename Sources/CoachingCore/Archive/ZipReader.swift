import CDeflate

/// Reads ZIP packages (the ones `ZipWriter` makes, and ordinary ones without ZIP64 or
/// encryption): the central directory, then each entry checked against its CRC-32. Every
/// offset is bounds-checked, so a damaged or hostile file is reported, never trusted.
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

    /// Why a package cannot be read at all.
    public struct Damaged: Error, CustomStringConvertible, Equatable {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let bytes: [UInt8]
    /// In the order of the central directory.
    public let entries: [Entry]

    public init(bytes: [UInt8]) throws(Damaged) {
        self.bytes = bytes
        entries = try Self.centralDirectory(bytes)
    }

    /// The content of `entry`, or why it cannot be trusted.
    public func contents(of entry: Entry) -> Result<[UInt8], Damaged> {
        let at = entry.localHeaderOffset
        guard at + 30 <= bytes.count, Self.u32(bytes, at) == 0x0403_4B50 else {
            return .failure(Damaged(description: "\(entry.path): its local header is missing or damaged"))
        }
        let start = at + 30 + Int(Self.u16(bytes, at + 26)) + Int(Self.u16(bytes, at + 28))
        guard start + entry.compressedSize <= bytes.count else {
            return .failure(Damaged(description: "\(entry.path): its data runs past the end of the package"))
        }
        let data = bytes[start..<(start + entry.compressedSize)]
        let content: [UInt8]
        switch entry.method {
        case 0: content = Array(data)
        case 8:
            guard let inflated = Self.inflate(data, size: entry.size) else {
                return .failure(Damaged(description: "\(entry.path): its compressed data is damaged"))
            }
            content = inflated
        default:
            return .failure(Damaged(description: "\(entry.path): compressed with method \(entry.method), which only Deflate and stored packages use"))
        }
        guard content.count == entry.size, ZipCRC.of(content) == entry.crc else {
            return .failure(Damaged(description: "\(entry.path): its content does not match the package's CRC-32 (damaged in the ZIP itself)"))
        }
        return .success(content)
    }

    private static func centralDirectory(_ b: [UInt8]) throws(Damaged) -> [Entry] {
        // The end record is in the last 22 + 65,535 bytes (its comment may be that long).
        var end = b.count - 22
        let lowest = max(0, b.count - 22 - 65_535)
        while end >= lowest, u32(b, end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, end >= 0 else { throw Damaged(description: "this is not a ZIP package (no end of central directory)") }
        let count = Int(u16(b, end + 10)), size = Int(u32(b, end + 12)), offset = Int(u32(b, end + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF { throw Damaged(description: "this package uses ZIP64, which coaching does not write or read") }
        guard offset + size <= end else { throw Damaged(description: "the package's central directory lies outside the file (truncated or damaged)") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = offset
        for _ in 0..<count {
            guard at + 46 <= offset + size, u32(b, at) == 0x0201_4B50 else {
                throw Damaged(description: "the package's central directory is damaged at byte \(at)")
            }
            let flags = u16(b, at + 8)
            if flags & 1 != 0 { throw Damaged(description: "the package is encrypted") }
            let nameLength = Int(u16(b, at + 28)), extra = Int(u16(b, at + 30)), comment = Int(u16(b, at + 32))
            guard at + 46 + nameLength <= offset + size else { throw Damaged(description: "the package's central directory is damaged at byte \(at)") }
            let path = String(decoding: b[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(path: path, method: u16(b, at + 10), crc: u32(b, at + 16), compressedSize: Int(u32(b, at + 20)),
                                 size: Int(u32(b, at + 24)), localHeaderOffset: Int(u32(b, at + 42))))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }

    static func inflate(_ data: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
        // A declared size is not trusted beyond what Deflate can expand to (1032:1).
        guard size <= max(data.count, 1) * 1032, let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        var result = LIBDEFLATE_BAD_DATA
        // Not zero-filled first: on success libdeflate has written every byte (the size must match exactly).
        let out = [UInt8](unsafeUninitializedCapacity: size) { output, initialized in
            data.withUnsafeBytes { input in
                result = libdeflate_deflate_decompress(decompressor, input.baseAddress, input.count, output.baseAddress, size, nil)
            }
            initialized = result == LIBDEFLATE_SUCCESS ? size : 0
        }
        return result == LIBDEFLATE_SUCCESS ? out : nil
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
