import CoachingCore
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a batch folder, read on every core with their SHA-256: what the archive
/// packages and what `verify` compares with a manifest.
public struct BatchFiles: Sendable {
    /// One file: its path relative to the folder (`/`-separated), bytes and hex SHA-256.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var sha256: String
    }

    /// Relative paths of every regular file under `folder`, sorted by their bytes (the order
    /// of the package), leaving out `excluded` names at the top.
    public static func list(_ folder: URL, excluding excluded: Set<String> = []) throws -> [String] {
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw RegisterError("cannot read the folder \(base)")
        }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            if excluded.contains(path) { continue }
            var info = stat()
            guard lstat(base + "/" + path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFREG { paths.append(path) }
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Reads and hashes `paths` under `folder`, on every core.
    public static func read(_ paths: [String], in folder: URL) throws -> [File] {
        let base = folder.standardizedFileURL.path
        let results = UnsafeMutableBufferPointer<Result<File, RegisterError>?>.allocate(capacity: paths.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let shared = SendablePointer(results.baseAddress!)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count / 32))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < paths.count {
                let result = Result { () throws(RegisterError) -> File in
                    let bytes = try contents(base + "/" + paths[index])
                    return File(path: paths[index], bytes: bytes, sha256: SHA256Digest.hex(bytes))
                }
                shared.pointer[index] = result
                index += workers
            }
        }
        return try results.map { try $0!.get() }
    }

    /// A whole file, with plain POSIX calls.
    public static func contents(_ path: String) throws(RegisterError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw RegisterError("cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        fstat(descriptor, &info)
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while true {
            if offset == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw RegisterError("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            offset += n
        }
        bytes.removeSubrange(offset...)
        return bytes
    }
}

/// A pointer handed to worker threads that each write their own elements.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
