import CoachingRegister
import CoachingCore
import Crypto

extension PackageVerifier {
    /// The manifest, read, parsed and its signature checked; nil, with the reasons in
    /// `report`, when there is none to go by. Its bytes are let go on return: the files are
    /// read after, and a manifest can take 32 MB.
    static func manifest(_ files: [String: PackageFile], from package: PackageSource, key: Curve25519.Signing.PublicKey?,
                         _ report: inout Report) -> ArchiveManifest? {
        guard let manifestFile = files[ArchiveManifest.fileName] else {
            report.add(report.language.text(.verifyNoManifest, ["file": ArchiveManifest.fileName]))
            return nil
        }
        guard let bytes = whole(manifestFile, limit: manifestLimit, what: report.language.text(.verifyWhatManifest), from: package, &report) else { return nil }
        var log = DiagnosticLog(limit: 20)
        guard let manifest = ArchiveManifest.read(InputFile(name: ArchiveManifest.fileName, source: MemoryByteSource(bytes)),
                                                  fileLimit: fileLimit, language: report.language, log: &log) else {
            report.add(contentsOf: log.sorted.map { $0.formatted })
            if log.sorted.isEmpty { report.add(report.language.text(.verifyManifestUnreadable, ["file": ArchiveManifest.fileName])) }
            return nil
        }
        report.batch = manifest.batch
        if manifest.batch != package.folder {
            report.add(report.language.text(.verifyManifestOtherBatch, ["file": ArchiveManifest.fileName, "batch": "\(manifest.batch)", "folder": "\(package.folder)"]))
        }
        if let signatureFile = files[ManifestSignature.fileName] {
            if let signature = whole(signatureFile, limit: signatureLimit, what: report.language.text(.verifyWhatSignature), from: package, &report) {
                checkSignature(signature, bytes, key, &report)
            } else {
                report.signature = report.language.text(.verifySignatureUnreadableShort)
            }
        } else {
            checkSignature(nil, bytes, key, &report)
        }
        return manifest
    }

    /// A file read whole, for the two that must be (the manifest is parsed and its signature
    /// checked over its bytes); nil, with the reason in `report`, when it is larger than `limit`
    /// or cannot be read.
    static func whole(_ file: PackageFile, limit: Int, what: String, from package: PackageSource, _ report: inout Report) -> [UInt8]? {
        guard file.size <= limit else {
            report.add(report.language.text(.verifyStatedTooLarge, ["path": file.path, "size": "\(file.size)", "what": what]))
            return nil
        }
        do {
            guard let bytes = try package.open(file).readAll(limit: limit) else {
                report.add(report.language.text(.verifyTooLarge, ["path": file.path, "limit": "\(limit)", "what": what]))
                return nil
            }
            return bytes
        } catch {
            report.add(damage(file, error, language: report.language))
            return nil
        }
    }

}
