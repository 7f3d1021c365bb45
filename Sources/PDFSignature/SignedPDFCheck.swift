import Foundation
import SwiftASN1
// The fixed-time policy: a signature is judged at its signing time, not today (a certificate may have expired since).
@_spi(FixedExpiryValidationTime) import X509

/// The signature check of a signed PDF handed back for `coaching lampirkan`: pure, bytes in and
/// a verdict out. The checks, in order, each with its own refusal:
/// 1. the signed file begins with exactly the registered PDF's bytes;
/// 2. it reads strictly as that PDF plus appended revisions (`SignedPDFReader`), with exactly
///    one signature, the value of a signature field, in the one revision appended;
/// 3. `/ByteRange` is `[0 b c d]` with `b` the `<` of its `/Contents`, `c` just after the `>`,
///    `c + d` the file's length: everything but the signature itself is signed;
/// 4. the CMS `messageDigest` is the digest of those bytes (else: changed after signing);
/// 5. the signature verifies with the signer's certificate (swift-certificates' public key), and
///    its chain leads to one of `trustRoots` (`Verifier` with `RFC5280Policy`, judged at the
///    signing time: a timestamp's, else `/M`'s); without roots, "not checked".
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
        guard let certificate = cms.signer else {
            verdict.refusal = .signatureInvalid("the signer's certificate is not in the signature")
            return verdict
        }
        let verifies: Bool
        if let attributes = cms.signedAttributes {
            guard cms.messageDigest != nil else {
                verdict.refusal = .signatureInvalid("its signed attributes state no message digest")
                return verdict
            }
            verifies = certificate.publicKey.isValidSignature(cms.signatureValue, for: attributes, signatureAlgorithm: cms.signatureAlgorithm)
        } else {
            var data: [UInt8] = []
            data.reserveCapacity(range[1] + range[3])
            for part in signedParts { data.append(contentsOf: part) }
            verifies = certificate.publicKey.isValidSignature(cms.signatureValue, for: data, signatureAlgorithm: cms.signatureAlgorithm)
        }
        guard verifies else {
            verdict.refusal = .signatureInvalid("it does not verify with the signer's certificate")
            return verdict
        }
        guard let roots = trustRoots, !roots.isEmpty else { return verdict }
        let at = verdict.signingTime?.date ?? now
        var verifier = Verifier(rootCertificates: CertificateStore(roots)) { RFC5280Policy(fixedExpiryValidationTime: at) }
        switch await verifier.validate(leaf: certificate, intermediates: CertificateStore(cms.certificates)) {
        case .validCertificate: verdict.trust = .trusted
        case .couldNotValidate(let failures): verdict.trust = .notTrusted(untrusted(failures))
        }
        return verdict
    }

    /// Reads a signature block (`/Contents`) as the check does, for the fuzzer: whether it reads.
    @_spi(Fuzzing) public static func readsAsSignatureBlock(_ contents: [UInt8]) -> Bool {
        (try? CMSSignature(contents: contents)) != nil
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
        let added = fileLength - end
        guard added == 0 else { return .byteRangeIncomplete("\(added) byte\(added == 1 ? " was" : "s were") added to the file after it was signed") }
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

    static func untrusted(_ failures: [CertificateValidationResult.PolicyFailure]) -> String {
        guard let first = failures.first else {
            return "unknown authority: no chain leads to a root certificate the office supplied"
        }
        return "the chain to a supplied root fails: \(first.policyFailureReason)"
    }
}
