import SwiftASN1
import X509

/// The root certificates an office supplies (a folder of PEM or DER files named in the settings),
/// read from the bytes of each file; the caller reads the folder.
public enum TrustRoots {
    /// The certificates of one file: every `CERTIFICATE` block of a PEM file, or one DER
    /// certificate. Throws with the file's name when it holds none.
    public static func certificates(fileName: String, bytes: [UInt8]) throws(SignedPDFReadError) -> [Certificate] {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("-----BEGIN CERTIFICATE-----") {
            do {
                let documents = try PEMDocument.parseMultiple(pemString: text).filter { $0.discriminator == "CERTIFICATE" }
                let certificates = try documents.map { try Certificate(derEncoded: $0.derBytes) }
                if !certificates.isEmpty { return certificates }
            } catch {}
            throw SignedPDFReadError("\(fileName): a PEM file whose certificates cannot be read")
        }
        guard let certificate = try? Certificate(derEncoded: bytes) else {
            throw SignedPDFReadError("\(fileName): neither a PEM nor a DER certificate")
        }
        return [certificate]
    }
}
