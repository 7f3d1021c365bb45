import CoachingCore
import CoachingRegister
import Crypto
import Foundation

/// A file of a batch as the register records it: where, what it hashes to, how long it is.
struct HashedFile: Sendable {
    /// Relative to the output root.
    var path: String
    var sha256: String
    var size: Int

    /// `bytes` about to be written at `path`.
    init(path: String, bytes: [UInt8]) {
        self.path = path
        sha256 = SHA256Digest.hex(bytes)
        size = bytes.count
    }

    init(path: String, sha256: String, size: Int) {
        self.path = path
        self.sha256 = sha256
        self.size = size
    }

    /// Copies `source` to the new file `copy` a megabyte at a time (an input may be a
    /// gigabyte), hashing what passes: the copy is read once, not copied and then read back.
    /// Recorded as `path`.
    init(path: String, copying source: String, to copy: String) throws {
        let file = try FileByteSource(path: source)
        let sink = open(copy, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard sink >= 0 else { throw FileError(FileProblem(errno: errno, path: copy)) }
        defer { close(sink) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var size = 0
        while true {
            let n = try buffer.withUnsafeMutableBytes { try file.read(into: $0) }
            if n == 0 { break }
            size += n
            try buffer.withUnsafeBytes { bytes in
                let chunk = UnsafeRawBufferPointer(rebasing: bytes[..<n])
                hasher.update(bufferPointer: chunk)
                var written = 0
                while written < n {
                    let w = write(sink, chunk.baseAddress! + written, n - written)
                    if w < 0 && errno == EINTR { continue }
                    guard w > 0 else { throw FileError(FileProblem(errno: errno, path: copy)) }
                    written += w
                }
            }
        }
        self.init(path: path, sha256: SHA256Digest.hex(hasher.finalize()), size: size)
    }
}

extension RegisterTransaction {
    /// Records `files` as files of `batch`.
    func record(_ files: [HashedFile], batch: BatchID) throws {
        try recordFiles(files.map { ($0.path, $0.sha256, $0.size) }, batch: batch)
    }
}
