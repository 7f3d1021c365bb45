/// Where an input's bytes come from. The executable hands in a file; tests hand in memory
/// or generated streams. Keeping I/O behind this protocol keeps the core free of file access.
public protocol ByteSource: AnyObject {
    /// Fills `buffer` with up to `buffer.count` bytes; returns how many, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Bytes already in memory.
public final class MemoryByteSource: ByteSource, @unchecked Sendable {
    private let bytes: [UInt8]
    /// Only the sequential reader moves it; `read(at:into:)` leaves it alone.
    private var offset = 0

    public var byteCount: Int { bytes.count }

    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
        return count
    }

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public convenience init(_ text: String) { self.init(Array(text.utf8)) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}

/// A source that can also be read at any offset, by several threads at once (a regular
/// file through `pread`). Large inputs on such a source are read in parallel.
public protocol RandomAccessByteSource: ByteSource, Sendable {
    /// Total size in bytes.
    var byteCount: Int { get }
    /// Reads up to `buffer.count` bytes at `offset`; returns how many, 0 at the end.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension MemoryByteSource: RandomAccessByteSource {}

/// One byte range of a random-access source, read sequentially.
final class RangeByteSource: ByteSource {
    private let base: RandomAccessByteSource
    private var offset: Int
    private let end: Int

    init(_ base: RandomAccessByteSource, _ range: Range<Int>) {
        self.base = base
        self.offset = range.lowerBound
        self.end = range.upperBound
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = min(buffer.count, end - offset)
        guard wanted > 0 else { return 0 }
        let n = try base.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<wanted]))
        offset += n
        return n
    }
}
