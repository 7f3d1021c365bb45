import CoachingCore
import Crypto

/// A person's calendar identity when no e-mail address is known: a name-based UUID (RFC 9562
/// §5.5, version 5, SHA-1) of the NIP in a fixed namespace. Stable for a NIP, the same in every
/// batch, and not readable back to it (a version-8 UUID that spelled the digits was).
enum PersonUUID {
    /// The namespace: the version-5 UUID of the DNS name `coaching.klip.pajak.go.id`
    /// (RFC 9562's DNS namespace), fixed so that a person keeps one address across batches.
    static let namespace: [UInt8] = bytes("d2e29d85f8c2590a85defc6beceda19c")

    /// The version-5 UUID of `name` in `namespace`, lower-case, `8-4-4-4-12`.
    static func v5(_ name: String, namespace: [UInt8] = namespace) -> String {
        var b = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
        b[6] = (b[6] & 0x0F) | 0x50
        b[8] = (b[8] & 0x3F) | 0x80
        let hex = b.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        let c = Array(hex)
        return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(separator: "-")
    }

    /// The UUID of a NIP.
    static func of(_ nip: NIP) -> String { v5(nip.description) }

    static func bytes(_ hex: String) -> [UInt8] {
        let c = Array(hex.utf8)
        return stride(from: 0, to: c.count, by: 2).map { UInt8(String(decoding: c[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
    }
}
