import CoachingRegister
import CoachingCore
import Crypto

extension PackageVerifier {
    /// The manifest's signature (`signature` nil: the package has none) against `key`.
    static func checkSignature(_ signature: [UInt8]?, _ manifest: [UInt8], _ key: Curve25519.Signing.PublicKey?, _ report: inout Report) {
        guard let sigBytes = signature else {
            let l = report.language
            report.signature = l.text(.verifyNotSigned)
            if let key {
                report.add(l.text(.verifyUnsignedExpected, ["key": OfficeKey.fingerprint(key)]))
            } else {
                report.notes.append(l.text(.verifyUnsignedNote))
            }
            return
        }
        guard let signature = ManifestSignature(text: String(decoding: sigBytes, as: UTF8.self)) else {
            report.add(report.language.text(.verifySignatureUnreadable, ["file": ManifestSignature.fileName]))
            return
        }
        guard let key else {
            report.signature = report.language.text(.verifySignedNotChecked, ["key": signature.fingerprint])
            report.add(report.language.text(.verifyNoPublicKey, ["key": signature.fingerprint]))
            return
        }
        switch signature.check(manifest, with: key) {
        case .valid(let fingerprint):
            report.signature = report.language.text(.verifySignatureValid, ["key": fingerprint])
        case .signedByAnotherKey(let fingerprint, let expected):
            report.signature = report.language.text(.verifyOtherKey)
            report.add(report.language.text(.verifyOtherKeyFinding, ["key": fingerprint, "expected": expected]))
        case .invalid(let fingerprint):
            report.signature = report.language.text(.verifySignatureInvalid)
            report.add(report.language.text(.verifySignatureInvalidFinding, ["key": fingerprint]))
        }
    }

    /// The register's extract agrees with the manifest and the files (`extract` nil: the
    /// package does not hold it, or it could not be read).
    static func checkRegister(_ extract: RegisterRows?, _ listed: [String: ArchiveManifest.File], _ hashes: [String: String], _ report: inout Report) {
        guard let extract else {
            report.add(report.language.text(.verifyRegisterMissing, ["file": RegisterExtract.documentsPath]))
            return
        }
        report.add(contentsOf: extract.findings)
        var inRegister: Set<String> = []
        for row in extract.rows {
            for (path, hash) in [(row.html, row.htmlSHA256), (row.xml, row.xmlSHA256)] {
                inRegister.insert(path)
                let at = "\(RegisterExtract.documentsPath):\(row.line)"
                guard let file = listed[path] else {
                    report.add(report.language.text(.verifyRegisteredNotListed, ["at": at, "number": row.number, "path": path]))
                    continue
                }
                if file.number != row.number {
                    report.add(report.language.text(.verifyNumberDiffers, ["path": path, "listed": file.number ?? report.language.text(.verifyNone), "number": row.number]))
                }
                if file.nip != row.nip || file.status != row.status {
                    report.add(report.language.text(.verifyNIPStatusDiffers, [
                        "path": path, "nip": file.nip ?? report.language.text(.verifyNone), "status": file.status ?? report.language.text(.verifyNone),
                        "registerNIP": row.nip, "registerStatus": row.status,
                    ]))
                }
                if let actual = hashes[path], actual != hash {
                    report.add(report.language.text(.verifyContentDiffers, ["path": path, "number": row.number]))
                }
            }
        }
        // A signed copy or a scan carries its document's number, but is a copy, not the registered file.
        for file in listed.values.sorted(by: { $0.path < $1.path }) where file.number != nil && !inRegister.contains(file.path)
            && file.kind != .signed && file.kind != .scan {
            report.add(report.language.text(.verifyNotInRegister, ["path": file.path, "number": file.number!]))
        }
    }
}
