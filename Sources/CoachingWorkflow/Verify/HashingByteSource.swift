import CoachingCore
import CoachingRegister
import Crypto

/// A source whose bytes are hashed (SHA-256) and counted as they pass: whoever reads the file
/// (the XML check, the number search) feeds the hash, so each file is read once, in chunks.
final class HashingByteSource: ByteSource {
    private let base: ByteSource
    private var hasher = SHA256()
    /// Bytes read so far.
    private(set) var count = 0
    /// The first error reading: a reader that swallowed it (libxml2 sees only "-1") does not
    /// make the file whole again.
    private var failure: Error?

    init(_ base: ByteSource) { self.base = base }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let failure { throw failure }
        let n: Int
        do { n = try base.read(into: buffer) } catch {
            failure = error
            throw error
        }
        hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        count += n
        return n
    }

    /// Reads whatever the consumer left (through `scratch`), then the hex SHA-256 of the whole.
    func finish(scratch: UnsafeMutableRawBufferPointer) throws -> String {
        while try read(into: scratch) > 0 {}
        return SHA256Digest.hex(hasher.finalize())
    }
}
