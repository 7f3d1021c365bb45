import CoachingCore
import Foundation
import PDFSignature
import X509

/// The root certificates the office trusts, read from the folder `signatures.trust_roots`
/// names (relative to the settings file's folder). Wrong settings are fatal: a clerk who named
/// a folder expects the chains checked, not silently reported as "not checked".
struct OfficeTrustRoots {
    /// Nil: no folder is configured, and the chains are not checked.
    var certificates: [Certificate]?
    /// The folder as shown to the clerk.
    var folder: String?

    /// Files larger than this are not certificates (a root certificate is 1–2 KB).
    static let fileSizeLimit = 1 << 20

    /// What the summary says about trust.
    func text(_ language: Language) -> String {
        guard let folder, let certificates else { return language.text(.trustNotConfigured) }
        return language.text(.trustChecked, ["count": language.count(certificates.count, .nounRootCertificate), "folder": folder])
    }

    init(_ settings: Settings, language: Language) throws(WorkflowError) {
        guard let named = settings.configuration.signatures.trustRoots else { return }
        let base = settings.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? URL(fileURLWithPath: ".")
        let url = named.hasPrefix("/") ? URL(fileURLWithPath: named) : base.appendingPathComponent(named)
        let shown = url.standardizedFileURL.path
        let setting = language.text(.trustSettingIn, ["file": settings.file ?? language.text(.trustTheSettings)])
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .error(.invalidInput, language.text(.trustFolderMissing, ["folder": shown, "setting": setting]))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var found: [Certificate] = []
        for name in names {
            let file = url.appendingPathComponent(name)
            guard let bytes = try? BatchFiles.contents(file.path) else { continue }
            guard bytes.count <= Self.fileSizeLimit else {
                throw .error(.invalidInput, language.text(.trustFileTooLarge, ["file": file.path, "setting": setting, "size": "\(bytes.count)"]))
            }
            do {
                found += try TrustRoots.certificates(fileName: file.path, bytes: bytes)
            } catch {
                let reason = switch error {
                case .pemWithoutCertificates(let name): language.text(.trustPEMUnreadable, ["file": name])
                case .notACertificate(let name): language.text(.trustNotCertificate, ["file": name])
                }
                throw .error(.invalidInput, language.text(.trustFileUnreadable, ["reason": reason, "setting": setting]))
            }
        }
        guard !found.isEmpty else {
            throw .error(.invalidInput, language.text(.trustFolderEmpty, ["folder": shown, "setting": setting]))
        }
        certificates = found
        folder = shown
    }
}
