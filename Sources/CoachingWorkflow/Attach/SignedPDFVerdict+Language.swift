import CoachingCore
import PDFSignature

/// The verdict in the clerk's language. `PDFSignature` knows no catalogue (it depends on
/// nothing of ours), so its verdict is put into words here, where it reaches the clerk.
extension SignedPDFVerdict {
    /// What to show, one line each: the refusal, or the signer, the time and the trust.
    func lines(_ language: Language) -> [String] {
        var lines: [String] = []
        if let refusal { lines.append(refusal.reason(language)) }
        if let signer {
            let number = signer.identityNumber.map { ", \(signer.identityKind == "number" ? language.text(.verdictNumber) : signer.identityKind) \($0)" } ?? ""
            lines.append(language.text(.verdictSignedBy, ["name": signer.name ?? language.text(.verdictNoName), "number": number]))
        }
        if let signingTime {
            let time = ["time": Self.format(signingTime.date)]
            switch signingTime.source {
            case .timestamp(true): lines.append(language.text(.verdictTimestamp, time))
            case .timestamp(false): lines.append(language.text(.verdictTimestampOther, time))
            case .claimed: lines.append(language.text(.verdictClaimed, time))
            case .notStated: lines.append(language.text(.verdictNoTime))
            }
        }
        if refusal == nil {
            switch trust {
            case .notChecked: lines.append(language.text(.verdictChainNotChecked))
            case .trusted: lines.append(language.text(.verdictChainTrusted))
            case .notTrusted(let why): lines.append(language.text(.verdictChainNotTrusted, ["why": why]))
            }
        }
        return lines
    }
}

extension SignedPDFVerdict.Refusal {
    /// The sentence to show, in `language`.
    func reason(_ language: Language) -> String {
        switch self {
        case .unreadable(let why): language.text(.verdictUnreadable, ["why": why])
        case .notTheRegisteredPDF: language.text(.verdictNotRegistered)
        case .noSignature: language.text(.verdictNoSignature)
        case .signedTwice(let n): language.text(.verdictSignedTwice, ["count": "\(n)"])
        case .byteRangeIncomplete(let why): language.text(.verdictByteRange, ["why": why])
        case .changedBeforeSigning(let n): n == 1 ? language.text(.verdictChangedOnce) : language.text(.verdictChangedMany, ["count": "\(n)"])
        case .unsupported(let why): language.text(.verdictUnsupported, ["why": why])
        case .documentChanged: language.text(.verdictDocumentChanged)
        case .signatureInvalid(let why): language.text(.verdictSignatureInvalid, ["why": why])
        }
    }
}
