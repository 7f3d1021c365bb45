import CoachingCore
import Foundation
import PDFSignature

extension PackageVerifier {
    /// The largest signed PDF (and PDF it extends) read back: each pair is held in memory for
    /// the check, one pair at a time, so memory stays bounded (a signed Berita Acara is 30–90 KB).
    static let signedPDFLimit = 64 << 20

    /// Each signed PDF the manifest lists (`jenis="bertanda-tangan"`, intact by its hash) checked
    /// again offline against the packaged PDF it extends (`dasar`): the prefix, the byte range,
    /// the CMS digest and the signature. Trust is not judged again (no roots at hand): the
    /// register recorded it at `lampirkan`; the report says so once.
    static func checkSignedPDFs(_ manifest: ArchiveManifest, present: Set<String>, files: [String: PackageFile],
                                from package: PackageSource, _ report: inout Report) {
        let signed = manifest.files.filter { $0.kind == .signed && present.contains($0.path) }
        guard !signed.isEmpty else { return }
        var checked = 0
        for entry in signed {
            guard let basis = entry.basis else {
                report.add(report.language.text(.verifySignedNoBasis, ["path": entry.path]))
                continue
            }
            guard present.contains(basis), let original = files[basis], let signedFile = files[entry.path] else {
                report.add(report.language.text(.verifySignedBasisMissing, ["path": entry.path, "basis": basis]))
                continue
            }
            let bytes: (signed: [UInt8], original: [UInt8])
            do {
                guard let s = try package.open(signedFile).readAll(limit: signedPDFLimit),
                      let o = try package.open(original).readAll(limit: signedPDFLimit) else {
                    report.add(report.language.text(.verifySignedTooLarge, ["path": entry.path, "limit": "\(signedPDFLimit >> 20)"]))
                    continue
                }
                bytes = (s, o)
            } catch {
                report.add(damage(signedFile, error, language: report.language))
                continue
            }
            let verdict = SignedPDFCheck.checkBlocking(signed: bytes.signed, original: bytes.original, trustRoots: nil, now: Date())
            if let refusal = verdict.refusal {
                report.add(report.language.text(.verifySignedDoesNotHold, ["path": entry.path, "basis": basis, "reason": refusal.reason(report.language)]))
            } else {
                checked += 1
            }
        }
        if checked > 0 {
            report.notes.append(report.language.text(.verifySignedChecked, ["count": report.language.count(checked, .nounSignedPDF)]))
        }
    }
}
