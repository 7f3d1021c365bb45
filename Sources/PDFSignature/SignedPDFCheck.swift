import Foundation
import SwiftASN1
@_spi(CMS) import X509

/// The signature check of a signed PDF handed back for `coaching lampirkan`: pure, bytes in and
/// a verdict out. The checks, in order, each with its own refusal:
/// 1. the signed file begins with exactly the registered PDF's bytes;
/// 2. it reads strictly as that PDF plus appended revisions (`SignedPDFReader`), with exactly
///    one signature, the value of a signature field, in the one revision appended;
/// 3. `/ByteRange` is `[0 b c d]` with `b` the `<` of its `/Contents`, `c` just after the `>`,
///    `c + d` the file's length: everything but the signature itself is signed;
/// 4. the CMS `messageDigest` is the digest of those bytes (else: changed after signing);
/// 5. the signature verifies with the signer's certificate (swift-certificates), and its chain
///    leads to one of `trustRoots`, judged at the signing time; without roots, "not checked".
public enum SignedPDFCheck {
    /// The `/SubFilter`s of a PAdES or PKCS #7 detached signature.
    public static let acceptedSubFilters: Set<String> = ["ETSI.CAdES.detached", "adbe.pkcs7.detached"]

    /// Checks `signed` as the signed copy of `original` (the registered PDF's bytes; nil when it
    /// is not known, and then the prefix is not checked and the document is taken to end at the
    /// first `%%EOF` the rest can be read after).
    ///
    /// - Parameters:
    ///   - trustRoots: the root certificates the office supplies (`TrustRoots.certificates`);
    ///     nil or empty: the chain is reported as not checked.
    ///   - now: the time to judge the certificate at when the signature states no time at all.
    public static func check(signed: [UInt8], original: [UInt8]?, trustRoots: [Certificate]?, now: Date) async -> SignedPDFVerdict {
        if let original {
            guard signed.count >= original.count, signed[..<original.count].elementsEqual(original) else {
                return refused(.notTheRegisteredPDF)
            }
            if signed.count == original.count { return refused(.noSignature, length: original.count) }
        }
        return await check(signed: signed, originalLength: original?.count, trustRoots: trustRoots, now: now)
    }

    /// As `check(signed:original:…)`, for a caller that has already matched the prefix
    /// (`RegisteredPDFIndex.match` hashed the first `originalLength` bytes).
    public static func check(signed: [UInt8], originalLength: Int?, trustRoots: [Certificate]?, now: Date) async -> SignedPDFVerdict {
        let pdf: SignedPDF
        do {
            pdf = try SignedPDFReader.read(signed, originalLength: originalLength)
        } catch {
            return refused(.unreadable(error.description), length: originalLength)
        }
        var verdict = SignedPDFVerdict(refusal: nil, trust: .notChecked, originalLength: pdf.originalLength)
        guard let signature = pdf.signatures.first else { return refused(.noSignature, length: pdf.originalLength) }
        guard pdf.signatures.count == 1 else { return refused(.signedTwice(pdf.signatures.count), length: pdf.originalLength) }
        verdict.subFilter = signature.subFilter
        if let refusal = coverage(signature, fileLength: pdf.fileLength) ?? kind(signature) {
            verdict.refusal = refusal
            return verdict
        }
        if signature.revision > 0 {
            verdict.refusal = .changedBeforeSigning(signature.revision)
            return verdict
        }
        let cms: CMSSignature
        do {
            cms = try CMSSignature(contents: signature.contents)
        } catch {
            verdict.refusal = .signatureInvalid(error.description)
            return verdict
        }
        verdict.digest = cms.digest.rawValue
        verdict.signer = cms.signer.map(signer)
        verdict.signingTime = signingTime(cms, signature, now: now)
        guard cms.signerCount == 1 else {
            verdict.refusal = .signatureInvalid("the signature block holds \(cms.signerCount) signers")
            return verdict
        }
        let range = signature.byteRange
        let signedParts = [signed[0..<range[1]], signed[range[2]..<(range[2] + range[3])]]
        if let stated = cms.messageDigest, cms.digest.hash(signedParts) != stated {
            verdict.refusal = .documentChanged
            return verdict
        }
        var data: [UInt8] = []
        data.reserveCapacity(range[1] + range[3])
        for part in signedParts { data.append(contentsOf: part) }
        let roots = trustRoots ?? []
        let at = verdict.signingTime?.date ?? now
        let result = await CMS.isValidSignature(dataBytes: data, signatureBytes: cms.der, trustRoots: CertificateStore(roots)) {
            RFC5280Policy(validationTime: at)
        }
        switch result {
        case .success(let valid):
            verdict.signer = signer(valid.signer)
            verdict.trust = roots.isEmpty ? .notChecked : .trusted
        case .failure(.unableToValidateSigner(let failure)):
            verdict.signer = signer(failure.signer)
            verdict.trust = roots.isEmpty ? .notChecked : .notTrusted(untrusted(failure))
        case .failure(.invalidCMSBlock(let block)):
            verdict.refusal = .signatureInvalid(invalid(block.reason))
        }
        return verdict
    }

    // MARK: - The checks

    static func refused(_ refusal: SignedPDFVerdict.Refusal, length: Int? = nil) -> SignedPDFVerdict {
        SignedPDFVerdict(refusal: refusal, trust: .notChecked, originalLength: length)
    }

    /// `[0 b c d]`: from the first byte to the `<` of `/Contents`, and from after its `>` to the end.
    static func coverage(_ signature: SignedPDF.Signature, fileLength: Int) -> SignedPDFVerdict.Refusal? {
        let r = signature.byteRange
        guard r.allSatisfy({ $0 >= 0 }) else { return .byteRangeIncomplete("its /ByteRange holds a negative number") }
        guard r[0] == 0 else { return .byteRangeIncomplete("it does not begin at the first byte of the file") }
        guard r[1] == signature.contentsToken.lowerBound, r[2] == signature.contentsToken.upperBound else {
            return .byteRangeIncomplete("the part it leaves out is not exactly the signature's own /Contents")
        }
        let (end, overflow) = r[2].addingReportingOverflow(r[3])
        guard !overflow, end <= fileLength else { return .byteRangeIncomplete("it names more bytes than the file has: the file was cut short") }
        guard end == fileLength else { return .byteRangeIncomplete("\(fileLength - end) bytes were added to the file after it was signed") }
        return nil
    }

    static func kind(_ signature: SignedPDF.Signature) -> SignedPDFVerdict.Refusal? {
        if signature.type == "DocTimeStamp" { return .unsupported("a document timestamp, not a person's signature") }
        guard signature.filter != nil else { return .unsupported("it names no signature handler (/Filter)") }
        guard let sub = signature.subFilter, acceptedSubFilters.contains(sub) else {
            return .unsupported("/SubFilter \(signature.subFilter ?? "(none)") is neither ETSI.CAdES.detached nor adbe.pkcs7.detached")
        }
        guard signature.isFieldValue else { return .unsupported("it is not the value of a signature field of the document") }
        return nil
    }

    /// A timestamp stamping this signature, else `/M`, else none (the check's own time).
    static func signingTime(_ cms: CMSSignature, _ signature: SignedPDF.Signature, now: Date) -> SignedPDFVerdict.SigningTime {
        if let token = cms.timestamp, token.imprintMatches { return .init(date: token.time, source: .timestamp(imprintMatches: true)) }
        if let claimed = signature.claimedTime {
            return .init(date: claimed.date, source: cms.timestamp == nil ? .claimed : .timestamp(imprintMatches: false))
        }
        return .init(date: now, source: .notStated)
    }

    static func signer(_ certificate: Certificate) -> SignedPDFVerdict.Signer {
        var name: String?, number: String?
        for rdn in certificate.subject {
            for attribute in rdn {
                if attribute.type == .RDNAttributeType.commonName { name = String(attribute.value) ?? attribute.value.description }
                if attribute.type == serialNumberOID { number = String(attribute.value) ?? attribute.value.description }
            }
        }
        return .init(name: name, identityNumber: number, subject: certificate.subject.description, issuer: certificate.issuer.description)
    }

    /// The subject's serialNumber attribute (X.520), where BSrE states the holder's number.
    static let serialNumberOID: ASN1ObjectIdentifier = [2, 5, 4, 5]

    static func untrusted(_ failure: CMS.VerificationError.SignerValidationFailure) -> String {
        guard let first = failure.policyFailures.first else {
            return "unknown authority: no chain leads to a root certificate the office supplied"
        }
        return "the chain to a supplied root fails: \(first.policyFailureReason)"
    }

    /// swift-certificates' reasons, the long ones (which print a whole certificate) shortened.
    static func invalid(_ reason: String) -> String {
        if reason.hasPrefix("Invalid signature from signing certificate") { return "it does not verify with the signer's certificate" }
        if reason == "Unable to locate signing certificate" { return "the signer's certificate is not in the signature" }
        return "the signature block is refused (\(reason.prefix(160)))"
    }
}
