import Crypto

/// Hex SHA-256 of bytes, as the audit log and the archive manifest record them.
package enum SHA256Digest {
    package static func hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 of `parts` one after the other.
    package static func hex(_ parts: [[UInt8]]) -> String {
        var hasher = SHA256()
        for part in parts { hasher.update(data: part) }
        return hex(hasher.finalize())
    }

    package static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
