import Crypto
import Foundation
import SwiftASN1
import X509

/// The parts of a signature's CMS SignedData (RFC 5652) the verdict reports, read with
/// swift-asn1: the digest algorithm and the `messageDigest` the signer signed, the signer's
/// certificate, and a timestamp token (PAdES B-T) among the unsigned attributes.
/// swift-certificates keeps its CMS types internal, and its `CMS.isValidSignature` (SPI) refuses
/// every pyHanko signature ("Digest and signature algorithm mismatch": the digest algorithm is
/// written with NULL parameters, which RFC 5754 lets a verifier meet); so the block is read here
/// and swift-certificates' public API does the cryptography: the signer's public key verifies
/// the signature, `Verifier` with `RFC5280Policy` judges the chain (`SignedPDFCheck`).
struct CMSSignature {
    /// The DER of the SignedData, without the zeros that pad `/Contents`.
    var der: ArraySlice<UInt8>
    var signerCount: Int
    var digest: DigestAlgorithm
    /// The `messageDigest` signed attribute; nil when the signer signed the bytes directly.
    var messageDigest: [UInt8]?
    /// The signature value (what a timestamp token's imprint is a hash of).
    var signatureValue: [UInt8]
    var signer: Certificate?
    var timestamp: TimestampToken?
    /// Every certificate the block carries (the signer's, and intermediates for the chain).
    var certificates: [Certificate]
    /// What the signer's key signed: the DER of the signed attributes (their `[0]` tag written as
    /// the SET it stands for, RFC 5652 § 5.4), or nil when the signer signed the content itself.
    var signedAttributes: [UInt8]?
    /// The signature algorithm, from the signer's algorithm and digest. Plain `rsaEncryption`, as
    /// pyHanko, OpenSSL and many signing services write it (RFC 5652 allows it: the digest is
    /// named beside it), is read as RSA with the named digest.
    var signatureAlgorithm: Certificate.SignatureAlgorithm

    /// The digests a PAdES signature may declare.
    enum DigestAlgorithm: String {
        case sha256 = "SHA-256", sha384 = "SHA-384", sha512 = "SHA-512"

        /// The last byte of `shaNNNWithRSAEncryption` (1.2.840.113549.1.1.11, .12, .13).
        var rsaOIDLastByte: UInt8 {
            switch self {
            case .sha256: 0x0B
            case .sha384: 0x0C
            case .sha512: 0x0D
            }
        }

        init?(_ oid: ASN1ObjectIdentifier) {
            switch oid {
            case [2, 16, 840, 1, 101, 3, 4, 2, 1]: self = .sha256
            case [2, 16, 840, 1, 101, 3, 4, 2, 2]: self = .sha384
            case [2, 16, 840, 1, 101, 3, 4, 2, 3]: self = .sha512
            default: return nil
            }
        }

        /// The digest of `parts` one after the other, without joining them.
        func hash<S: Sequence>(_ parts: S) -> [UInt8] where S.Element == ArraySlice<UInt8> {
            switch self {
            case .sha256: var h = SHA256(); for p in parts { h.update(data: p) }; return Array(h.finalize())
            case .sha384: var h = SHA384(); for p in parts { h.update(data: p) }; return Array(h.finalize())
            case .sha512: var h = SHA512(); for p in parts { h.update(data: p) }; return Array(h.finalize())
            }
        }
    }

    /// A timestamp token's time and whether it stamps this signature.
    struct TimestampToken {
        var time: Date
        /// Whether its message imprint is the hash of the signature value, as RFC 3161 § 2.4.2 and
        /// PAdES B-T require; a token copied from another signature does not match.
        var imprintMatches: Bool
    }

    typealias Failure = SignedPDFReadError

    static let signedDataOID: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 7, 2]
    static let messageDigestOID: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 4]
    static let timeStampTokenOID: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 16, 2, 14]
    static let tstInfoOID: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 16, 1, 4]
    static let sha1OID: ASN1ObjectIdentifier = [1, 3, 14, 3, 2, 26]

    /// Reads `/Contents`: one DER value, then nothing but zeros.
    init(contents: [UInt8]) throws(Failure) {
        let length = try Self.encodedLength(contents)
        guard contents[length...].allSatisfy({ $0 == 0 }) else {
            throw Failure("the signature block is followed by other data inside /Contents")
        }
        der = contents[..<length]
        do {
            let root = try DER.parse(der)
            let info = try Self.children(root)
            guard info.count == 2, try ASN1ObjectIdentifier(derEncoded: info[0]) == Self.signedDataOID else {
                throw Failure("the signature block is not a CMS SignedData")
            }
            let signedData = try Self.children(try Self.only(info[1]))
            guard signedData.count >= 4, let signerInfos = signedData.last else { throw Failure("the signature block's SignedData is incomplete") }
            let infos = try Self.children(signerInfos)
            signerCount = infos.count
            guard let info = infos.first else { throw Failure("the signature block holds no signer") }
            var certificates: [Certificate] = []
            for node in signedData.dropFirst(3).dropLast() where node.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
                for certificate in try Self.children(node) where certificate.identifier == .sequence {
                    certificates.append(try Certificate(derEncoded: Array(certificate.encodedBytes)))
                }
            }
            let fields = try Self.children(info)
            guard fields.count >= 5 else { throw Failure("the signature block's signer information is incomplete") }
            let digestOID = try ASN1ObjectIdentifier(derEncoded: try Self.first(fields[2]))
            if digestOID == Self.sha1OID { throw Failure("the signature uses SHA-1, which is no longer accepted for signatures") }
            guard let digest = DigestAlgorithm(digestOID) else { throw Failure("the signature uses a digest algorithm this check does not know (\(digestOID))") }
            self.digest = digest
            var rest = fields[3...]
            messageDigest = nil
            signedAttributes = nil
            self.certificates = certificates
            if let signed = rest.first, signed.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
                var set = Array(signed.encodedBytes)
                set[0] = 0x31
                signedAttributes = set
                for attribute in try Self.children(signed) {
                    let parts = try Self.children(attribute)
                    guard parts.count == 2 else { throw Failure("a signed attribute of the signature is malformed") }
                    if try ASN1ObjectIdentifier(derEncoded: parts[0]) == Self.messageDigestOID {
                        let values = try Self.children(parts[1])
                        guard values.count == 1, messageDigest == nil else { throw Failure("the signature states its message digest more than once") }
                        messageDigest = Array(try ASN1OctetString(derEncoded: values[0]).bytes)
                    }
                }
                rest = rest.dropFirst()
            }
            guard rest.count >= 2 else { throw Failure("the signature block's signer information is incomplete") }
            signatureAlgorithm = try Self.signatureAlgorithm(try ASN1ObjectIdentifier(derEncoded: try Self.first(rest[rest.startIndex])), digest: digest)
            signatureValue = Array(try ASN1OctetString(derEncoded: rest[rest.startIndex + 1]).bytes)
            timestamp = nil
            if rest.count >= 3, rest[rest.startIndex + 2].identifier == ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific) {
                for attribute in try Self.children(rest[rest.startIndex + 2]) {
                    let parts = try Self.children(attribute)
                    guard parts.count == 2, try ASN1ObjectIdentifier(derEncoded: parts[0]) == Self.timeStampTokenOID,
                          let token = try Self.children(parts[1]).first else { continue }
                    timestamp = try Self.timestamp(token, stamping: signatureValue)
                }
            }
            signer = try Self.signer(fields[1], among: certificates)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("the signature block cannot be read (\(error))")
        }
    }

    // MARK: - Parts

    /// The length of the DER value `bytes` begins with (definite lengths only, as DER requires).
    static func encodedLength(_ bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 2, bytes[0] == 0x30 else { throw Failure("/Contents does not hold a signature block (CMS)") }
        let first = Int(bytes[1])
        if first < 0x80 {
            guard 2 + first <= bytes.count else { throw Failure("the signature block is longer than /Contents") }
            return 2 + first
        }
        let count = first & 0x7F
        guard count >= 1, count <= 4, 2 + count <= bytes.count else { throw Failure("the signature block's length is not in DER form") }
        let length = bytes[2..<(2 + count)].reduce(0) { $0 << 8 | Int($1) }
        guard length <= bytes.count - 2 - count else { throw Failure("the signature block is longer than /Contents") }
        return 2 + count + length
    }

    /// RSA (PKCS #1 v1.5) or ECDSA with SHA-2, or Ed25519; RSASSA-PSS and SHA-1 are refused.
    static func signatureAlgorithm(_ oid: ASN1ObjectIdentifier, digest: DigestAlgorithm) throws(Failure) -> Certificate.SignatureAlgorithm {
        let rsa: [DigestAlgorithm: Certificate.SignatureAlgorithm] = [.sha256: .sha256WithRSAEncryption, .sha384: .sha384WithRSAEncryption, .sha512: .sha512WithRSAEncryption]
        let ecdsa: [DigestAlgorithm: Certificate.SignatureAlgorithm] = [.sha256: .ecdsaWithSHA256, .sha384: .ecdsaWithSHA384, .sha512: .ecdsaWithSHA512]
        let named: Certificate.SignatureAlgorithm
        switch oid {
        case [1, 2, 840, 113_549, 1, 1, 1]: return rsa[digest]!
        case [1, 2, 840, 113_549, 1, 1, 11]: named = .sha256WithRSAEncryption
        case [1, 2, 840, 113_549, 1, 1, 12]: named = .sha384WithRSAEncryption
        case [1, 2, 840, 113_549, 1, 1, 13]: named = .sha512WithRSAEncryption
        case [1, 2, 840, 10_045, 4, 3, 2]: named = .ecdsaWithSHA256
        case [1, 2, 840, 10_045, 4, 3, 3]: named = .ecdsaWithSHA384
        case [1, 2, 840, 10_045, 4, 3, 4]: named = .ecdsaWithSHA512
        case [1, 3, 101, 112]: return .ed25519
        default: throw Failure("the signature uses an algorithm this check does not know (\(oid))")
        }
        guard named == rsa[digest] || named == ecdsa[digest] else { throw Failure("the signature's algorithm and its digest disagree") }
        return named
    }

    static func children(_ node: ASN1Node) throws(Failure) -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else { throw Failure("the signature block has a value where a structure belongs") }
        return Array(nodes)
    }

    /// The first element of a structure (an algorithm identifier's OID); an empty one is refused.
    static func first(_ node: ASN1Node) throws(Failure) -> ASN1Node {
        guard let first = try children(node).first else { throw Failure("the signature block has an empty structure") }
        return first
    }

    static func only(_ node: ASN1Node) throws(Failure) -> ASN1Node {
        let nodes = try children(node)
        guard nodes.count == 1 else { throw Failure("the signature block has an unexpected structure") }
        return nodes[0]
    }

    /// The certificate the signer identifier names: issuer and serial number, or key identifier.
    static func signer(_ sid: ASN1Node, among certificates: [Certificate]) throws -> Certificate? {
        if sid.identifier == .sequence {
            let parts = try children(sid)
            guard parts.count == 2 else { return nil }
            let issuer = try DistinguishedName(derEncoded: parts[0])
            guard case .primitive(let serial) = parts[1].content else { return nil }
            return certificates.first { $0.issuer == issuer && Array($0.serialNumber.bytes) == Array(serial) }
        }
        guard case .primitive(let keyID) = sid.content else { return nil }
        return certificates.first { (try? $0.extensions.subjectKeyIdentifier)?.keyIdentifier == keyID }
    }

    /// A timestamp token (a SignedData over a TSTInfo, RFC 3161): its `genTime`, and whether its
    /// imprint is the hash of `signature`. The token's own signature is not verified here.
    static func timestamp(_ token: ASN1Node, stamping signature: [UInt8]) throws -> TimestampToken? {
        let info = try children(token)
        guard info.count == 2, try ASN1ObjectIdentifier(derEncoded: info[0]) == signedDataOID else { return nil }
        let signedData = try children(try only(info[1]))
        guard signedData.count >= 3 else { return nil }
        let encapsulated = try children(signedData[2])
        guard encapsulated.count == 2, try ASN1ObjectIdentifier(derEncoded: encapsulated[0]) == tstInfoOID else { return nil }
        let tstBytes = try ASN1OctetString(derEncoded: try only(encapsulated[1])).bytes
        let tst = try children(try DER.parse(tstBytes))
        guard tst.count >= 5 else { return nil }
        let imprint = try children(tst[2])
        guard imprint.count == 2 else { return nil }
        let algorithm = try ASN1ObjectIdentifier(derEncoded: try first(imprint[0]))
        let hashed = Array(try ASN1OctetString(derEncoded: imprint[1]).bytes)
        let time = try GeneralizedTime(derEncoded: tst[4])
        var seconds = Double(PDFDate.daysFromCivil(time.year, time.month, time.day) * 86_400 + time.hours * 3600 + time.minutes * 60 + time.seconds)
        seconds += time.fractionalSeconds
        let matches = DigestAlgorithm(algorithm).map { $0.hash([signature[...]]) == hashed } ?? false
        return TimestampToken(time: Date(timeIntervalSince1970: seconds), imprintMatches: matches)
    }
}
