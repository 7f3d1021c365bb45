import Foundation

/// What the check of one signed PDF concluded, in words for the clerk (`lines`) and as values
/// for the register (`signer`, `signingTime`, `trust`).
public struct SignedPDFVerdict: Sendable, Equatable {
    /// Why a signed file is not accepted as the signed copy of its registered PDF. Each check of
    /// issue #16 has its own case.
    public enum Refusal: Sendable, Equatable {
        /// The file cannot be read as a signed PDF (`SignedPDFReader`'s reason).
        case unreadable(String)
        /// It does not begin with exactly the registered PDF's bytes.
        case notTheRegisteredPDF
        /// Nothing that signs it was appended.
        case noSignature
        /// More than one signature was appended (the count).
        case signedTwice(Int)
        /// `/ByteRange` does not cover the whole file except the signature's own `/Contents`.
        case byteRangeIncomplete(String)
        /// Revisions between the registered PDF and the signature (the count).
        case changedBeforeSigning(Int)
        /// A signature of a kind this office does not accept (a document timestamp, SHA-1, …).
        case unsupported(String)
        /// The signed bytes' digest is not the one the signature states: changed after signing.
        case documentChanged
        /// The signature block is damaged or does not verify with the signer's certificate.
        case signatureInvalid(String)

        /// The sentence to show.
        public var reason: String {
            switch self {
            case .unreadable(let why): "The signed file cannot be read: \(why)."
            case .notTheRegisteredPDF: "The signed file does not begin with the registered PDF: it is a signed copy of another document, or of a changed one."
            case .noSignature: "The file carries no electronic signature."
            case .signedTwice(let n): "The document was signed \(n) times; one signature per document is accepted."
            case .byteRangeIncomplete(let why): "The signature does not cover the whole file: \(why)."
            case .changedBeforeSigning(let n): "The document was changed \(n == 1 ? "once" : "\(n) times") between the registered PDF and the signature."
            case .unsupported(let why): "The signature is of a kind not accepted here: \(why)."
            case .documentChanged: "The document was changed after it was signed: its bytes no longer match the signature."
            case .signatureInvalid(let why): "The signature is not valid: \(why)."
            }
        }
    }

    /// Whether the signer's certificate leads to a root certificate the office supplied.
    public enum Trust: Sendable, Equatable {
        /// No root certificates were supplied, so the chain was not checked.
        case notChecked
        case trusted
        /// Roots were supplied and the chain does not lead to one of them (the reason).
        case notTrusted(String)

        public var text: String {
            switch self {
            case .notChecked: "certificate chain not checked (rantai sertifikat tidak diperiksa): no root certificates are configured"
            case .trusted: "certificate chain trusted (a root certificate the office supplied)"
            case .notTrusted(let why): "certificate chain not trusted (\(why))"
            }
        }
    }

    /// Who signed, as the signer's certificate states it.
    public struct Signer: Sendable, Equatable {
        /// The certificate subject's common name (CN).
        public var name: String?
        /// The subject's serialNumber (2.5.4.5), where a BSrE certificate carries the holder's
        /// number, as written.
        public var identityNumber: String?
        /// The whole subject and issuer, for the record.
        public var subject: String
        public var issuer: String

        /// "NIP" for 18 digits, "NIK" for 16, else "number".
        public var identityKind: String {
            guard let n = identityNumber, n.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return "number" }
            return n.utf8.count == 18 ? "NIP" : n.utf8.count == 16 ? "NIK" : "number"
        }
    }

    /// When it was signed, and on whose word.
    public struct SigningTime: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            /// A timestamp token (PAdES B-T); whether its imprint is this signature's.
            case timestamp(imprintMatches: Bool)
            /// `/M`, as the signing software claims it.
            case claimed
            /// Neither: the time of the check was used to judge the certificate.
            case notStated
        }
        public var date: Date
        public var source: Source
    }

    /// Nil when every check holds.
    public var refusal: Refusal?
    public var trust: Trust
    public var signer: Signer?
    public var signingTime: SigningTime?
    /// The length of the registered PDF the signed file extends, when it was read that far.
    public var originalLength: Int?
    /// `/SubFilter` and the digest the signature declares, for the record.
    public var subFilter: String?
    public var digest: String?

    /// Accepted: readable, one signature over the whole file, the registered PDF as its prefix,
    /// the digest and the signature good, and the chain trusted or (no roots given) not checked.
    public var isAccepted: Bool {
        guard refusal == nil else { return false }
        if case .notTrusted = trust { return false }
        return true
    }

    /// What to show, one line each: the refusal, or the signer, the time and the trust.
    public var lines: [String] {
        var lines: [String] = []
        if let refusal { lines.append(refusal.reason) }
        if let signer {
            let number = signer.identityNumber.map { ", \(signer.identityKind) \($0)" } ?? ""
            lines.append("Signed by \(signer.name ?? "(no name in the certificate)")\(number).")
        }
        if let signingTime {
            let stamp = Self.format(signingTime.date)
            switch signingTime.source {
            case .timestamp(true): lines.append("Signed at \(stamp), by a timestamp on this signature (the timestamp authority's own signature is not checked).")
            case .timestamp(false): lines.append("Signed at \(stamp) by the signer's claim: the timestamp attached is not this signature's.")
            case .claimed: lines.append("Signed at \(stamp), as the signing software states (no timestamp).")
            case .notStated: lines.append("The signature states no signing time; the certificate was judged at the time of this check.")
            }
        }
        if refusal == nil { lines.append("\(trust.text.prefix(1).uppercased())\(trust.text.dropFirst()).") }
        return lines
    }

    /// `2026-11-30 19:49:53 UTC`, without a calendar object or locale.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day)) \(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60)) UTC"
    }
}
