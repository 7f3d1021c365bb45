import CoachingRegister
import CoachingCore
import Crypto
import Foundation

/// The office's Ed25519 key that signs archive manifests (`coaching keygen` makes it once).
/// Keys live in two small text files; the private one is never written into a package or a log.
package enum OfficeKey {
    static let privateLabel = "KLIP COACHING ED25519 PRIVATE KEY"
    static let publicLabel = "KLIP COACHING ED25519 PUBLIC KEY"

    /// A new key pair as the texts of its two files (private, public).
    package static func generate() -> (privateText: String, publicText: String) {
        let key = Curve25519.Signing.PrivateKey()
        return (armored(privateLabel, key.rawRepresentation), armored(publicLabel, key.publicKey.rawRepresentation))
    }

    /// The private key in `text`, or why it is not one.
    package static func privateKey(_ text: String, file: String) throws -> Curve25519.Signing.PrivateKey {
        guard let raw = dearmored(privateLabel, text), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw FileError(.keyNotPrivate, ["file": file])
        }
        return key
    }

    /// The public key in `text`, or why it is not one.
    package static func publicKey(_ text: String, file: String) throws -> Curve25519.Signing.PublicKey {
        guard let raw = dearmored(publicLabel, text), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw FileError(.keyNotPublic, ["file": file])
        }
        return key
    }

    /// True when `bytes` hold a private key: such a file is never packaged.
    package static func looksPrivate(_ bytes: [UInt8]) -> Bool {
        ByteSearch.contains(privateMarker, in: bytes)
    }

    private static let privateMarker = Array("BEGIN \(privateLabel)".utf8)

    /// A short name of a public key: the first 16 hex digits of its SHA-256.
    package static func fingerprint(_ key: Curve25519.Signing.PublicKey) -> String {
        String(SHA256Digest.hex(Array(key.rawRepresentation)).prefix(16))
    }

    private static func armored(_ label: String, _ raw: Data) -> String {
        "-----BEGIN \(label)-----\n\(raw.base64EncodedString())\n-----END \(label)-----\n"
    }

    private static func dearmored(_ label: String, _ text: String) -> Data? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(of: "-----BEGIN \(label)-----"), let end = lines.firstIndex(of: "-----END \(label)-----"),
              begin < end else { return nil }
        return Data(base64Encoded: lines[(begin + 1)..<end].joined())
    }
}

/// `manifest.sig`: the Ed25519 signature of `manifest.xml`, with the fingerprint of the key
/// that made it, so a check can tell "signed by another key" from "altered".
package struct ManifestSignature: Sendable, Equatable {
    package static let fileName = "manifest.sig"

    package var fingerprint: String
    package var signature: Data

    /// Signs `manifest` with `key`. Ed25519 is deterministic: the same manifest, the same bytes.
    package init(manifest: [UInt8], key: Curve25519.Signing.PrivateKey) throws {
        fingerprint = OfficeKey.fingerprint(key.publicKey)
        signature = try key.signature(for: manifest)
    }

    package init?(text: String) {
        var fields: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard fields["algoritma"] == "Ed25519", let fingerprint = fields["kunci"],
              let signature = fields["tanda-tangan"].flatMap({ Data(base64Encoded: $0) }) else { return nil }
        self.fingerprint = fingerprint
        self.signature = signature
    }

    package var text: String {
        "algoritma: Ed25519\nberkas: \(ArchiveManifest.fileName)\nkunci: \(fingerprint)\ntanda-tangan: \(signature.base64EncodedString())\n"
    }

    /// What checking the signature of `manifest` with `key` shows.
    package enum Check: Equatable, Sendable {
        case valid(fingerprint: String)
        case signedByAnotherKey(fingerprint: String, expected: String)
        case invalid(fingerprint: String)
    }

    package func check(_ manifest: [UInt8], with key: Curve25519.Signing.PublicKey) -> Check {
        let expected = OfficeKey.fingerprint(key)
        guard expected == fingerprint else { return .signedByAnotherKey(fingerprint: fingerprint, expected: expected) }
        return key.isValidSignature(signature, for: manifest) ? .valid(fingerprint: fingerprint) : .invalid(fingerprint: fingerprint)
    }
}
