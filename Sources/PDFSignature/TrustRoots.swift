import SwiftASN1
import X509

/// The root certificates an office supplies (a folder of PEM or DER files named in the settings),
/// read from the bytes of each file; the caller reads the folder.
public enum TrustRoots {
    /// Why a file holds no certificate, as a value: this module knows no catalogue, so the tool
    /// words it in the clerk's language (`OfficeTrustRoots`); `description` is English.
    public enum Unreadable: Error, Equatable, Sendable, CustomStringConvertible {
        /// A PEM file whose `CERTIFICATE` blocks cannot be read (or that has none).
        case pemWithoutCertificates(fileName: String)
        /// Neither PEM nor one DER certificate.
        case notACertificate(fileName: String)

        public var description: String {
            switch self {
            case .pemWithoutCertificates(let name): "\(name): a PEM file whose certificates cannot be read"
            case .notACertificate(let name): "\(name): neither a PEM nor a DER certificate"
            }
        }
    }

    /// The certificates of one file: every `CERTIFICATE` block of a PEM file, or one DER
    /// certificate. Throws with the file's name when it holds none.
    public static func certificates(fileName: String, bytes: [UInt8]) throws(Unreadable) -> [Certificate] {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("-----BEGIN CERTIFICATE-----") {
            do {
                let documents = try PEMDocument.parseMultiple(pemString: text).filter { $0.discriminator == "CERTIFICATE" }
                let certificates = try documents.map { try Certificate(derEncoded: $0.derBytes) }
                if !certificates.isEmpty { return certificates }
            } catch {}
            throw .pemWithoutCertificates(fileName: fileName)
        }
        guard let certificate = try? Certificate(derEncoded: bytes) else {
            throw .notACertificate(fileName: fileName)
        }
        return [certificate]
    }
}
