import CoachingRegister
import CoachingCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a batch folder, read on every core with their SHA-256: what the archive
/// packages and what `verify` compares with a manifest.
package struct BatchFiles: Sendable {
    /// One file: its path relative to the folder (`/`-separated), bytes and hex SHA-256.
    package struct File: Sendable {
        package var path: String
        package var bytes: [UInt8]
        package var sha256: String
    }

    /// Relative paths of every regular file under `folder`, sorted (the order
    /// of the package), leaving out `excluded` names (files or folders) at the top.
    package static func list(_ folder: URL, excluding excluded: Set<String> = []) throws -> [String] {
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        // readdir with d_type: FileManager's enumerator stats every entry, 1 s for 40,000 files.
        func walk(_ relative: String) throws {
            let path = relative.isEmpty ? base : base + "/" + relative
            guard let directory = opendir(path) else {
                throw FileError(FileProblem(errno: errno, path: path))
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(base + "/" + child, &info) == 0 else { continue }
                    type = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : 0
                }
                if type == Int32(DT_DIR) {
                    if !excluded.contains(child) { try walk(child) }
                } else if type == Int32(DT_REG), !excluded.contains(child) {
                    paths.append(child)
                }
            }
        }
        try walk("")
        return paths.sorted()
    }

    /// Reads and hashes `paths` under `folder`, on every core.
    package static func read(_ paths: [String], in folder: URL) throws -> [File] {
        let base = folder.standardizedFileURL.path
        return try paths.parallelMap { path in
            Result { () throws(FileError) -> File in
                let bytes = try contents(base + "/" + path)
                return File(path: path, bytes: bytes, sha256: SHA256Digest.hex(bytes))
            }
        }.map { try $0.get() }
    }

    /// A whole file, with plain POSIX calls.
    package static func contents(_ path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileError(FileProblem(errno: errno, path: path)) }
        defer { close(descriptor) }
        var info = stat()
        fstat(descriptor, &info)
        let size = Int(info.st_size)
        func failure() -> FileError { FileError(FileProblem(errno: errno, path: path)) }
        // Not zero-filled first: read writes every byte kept.
        var bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count throws(FileError) in
            while count < size {
                let n = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure()
                }
                if n == 0 { break }
                count += n
            }
        }
        // A file that grew since fstat is read to its end; the usual answer is 0 at once, so the
        // buffer for it lives on the stack.
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16_384) { more throws(FileError) in
            while true {
                let n = Glibc.read(descriptor, more.baseAddress!, more.count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { throw failure() }
                if n == 0 { break }
                bytes += more[0..<n]
            }
        }
        return bytes
    }
}
