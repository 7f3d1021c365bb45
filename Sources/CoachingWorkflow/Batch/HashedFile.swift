import CoachingRegister
import Crypto

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

    /// The file at `source` read a megabyte at a time (an input copy may be a gigabyte),
    /// recorded as `path`.
    init(path: String, reading source: String) throws {
        let file = try FileByteSource(path: source)
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var size = 0
        while true {
            let n = try buffer.withUnsafeMutableBytes { try file.read(into: $0) }
            if n == 0 { break }
            size += n
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
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
