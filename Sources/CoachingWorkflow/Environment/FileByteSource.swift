import CoachingCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a file through `read(2)` in the chunks the readers ask for: no mapping, no
/// whole-file buffer, so a 1 GB input costs the reader's buffer and nothing more.
///
/// It is also random access (`pread`), so large inputs can be read on all cores.
public final class FileByteSource: RandomAccessByteSource {
    private let descriptor: Int32
    public let byteCount: Int
    /// For the message of a read that fails.
    private let path: String

    public init(path: String) throws {
        self.path = path
        var info = stat()
        // A ``FileProblem``: the message names the path and says what to do, in the run's language.
        guard stat(path, &info) == 0 else { throw FileProblem(errno: errno, path: path) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw FileProblem(kind: .isDirectory, path: path) }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileProblem(errno: errno, path: path) }
        // Only regular files can be read at an offset; a pipe reports size 0 and is read in sequence.
        byteCount = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
    }

    deinit { close(descriptor) }

    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
            if n >= 0 { return n }
            if errno != EINTR { throw FileError(FileProblem(errno: errno, path: path)) }
        }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw FileError(FileProblem(errno: errno, path: path)) }
        }
    }
}

/// Writes a file so that it appears whole or not at all: bytes go to a hidden temporary
/// file beside it, which replaces the target only on ``commit()``.
public final class AtomicFileSink: ByteSink {
    public let path: String
    private let temporary: String
    private let handle: FileHandle

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw FileError(.fileCannotWrite, ["path": path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
    }

    public func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
    }

    /// Flushes to disk and moves the file into place.
    public func commit() throws {
        try handle.synchronize()
        try handle.close()
        guard rename(temporary, path) == 0 else {
            throw FileError(FileProblem(errno: errno, path: path))
        }
    }

    /// Drops the temporary file.
    public func discard() {
        try? handle.close()
        unlink(temporary)
    }
}

/// A file that cannot be read or written, in one sentence, worded in the reader's language
/// where it is shown (``Language/describe(_:path:)``).
public struct FileError: MessageCarryingError, Sendable, CustomStringConvertible {
    let said: Message
    public var message: Message? { said }
    public var description: String { said.text(.en) }

    init(_ key: MessageKey, _ arguments: [String: String] = [:]) { said = Message(key, arguments) }

    /// What the file system said about a path (`errno` after `open`, `read`, `rename`…).
    init(_ problem: FileProblem) { said = problem.message }
}
