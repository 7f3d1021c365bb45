import Foundation

/// What the check of one signed PDF concluded, as values: for the register (`signer`,
/// `signingTime`, `trust`) and for the clerk, in whose language the tool words them
/// (`SignedPDFVerdict+Language.swift` in CoachingWorkflow; this module knows no catalogue).
/// The `String` a case carries (`unreadable`, `unsupported`, …) is the reader's technical
/// detail, in English, shown after the worded sentence.
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
    }

    /// Whether the signer's certificate leads to a root certificate the office supplied.
    public enum Trust: Sendable, Equatable {
        /// No root certificates were supplied, so the chain was not checked.
        case notChecked
        case trusted
        /// Roots were supplied and the chain does not lead to one of them (the reason).
        case notTrusted(String)
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
