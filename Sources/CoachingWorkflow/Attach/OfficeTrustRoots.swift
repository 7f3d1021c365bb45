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
    var text: String {
        guard let folder, let certificates else {
            return "Certificate chains not checked (rantai sertifikat tidak diperiksa): no root certificates are configured (signatures.trust_roots in coaching.toml)."
        }
        return "Certificate chains checked against \(certificates.count) root certificate\(certificates.count == 1 ? "" : "s") in \(folder)."
    }

    init(_ settings: Settings) throws(WorkflowError) {
        guard let named = settings.configuration.signatures.trustRoots else { return }
        let base = settings.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? URL(fileURLWithPath: ".")
        let url = named.hasPrefix("/") ? URL(fileURLWithPath: named) : base.appendingPathComponent(named)
        let shown = url.standardizedFileURL.path
        let setting = "signatures.trust_roots in \(settings.file ?? "the settings")"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .error(.invalidInput, "the folder of root certificates \(shown) (\(setting)) does not exist; put the office's root certificates (PEM or DER) there, or remove the setting to attach without checking the chains")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var found: [Certificate] = []
        for name in names {
            let file = url.appendingPathComponent(name)
            guard let bytes = try? BatchFiles.contents(file.path) else { continue }
            guard bytes.count <= Self.fileSizeLimit else {
                throw .error(.invalidInput, "\(file.path) in the folder of root certificates (\(setting)) is \(bytes.count) bytes, too large for a certificate; keep only root certificates (PEM or DER) there")
            }
            do {
                found += try TrustRoots.certificates(fileName: file.path, bytes: bytes)
            } catch {
                throw .error(.invalidInput, "\(error.description) (in the folder of root certificates, \(setting)); keep only root certificates (PEM or DER) there")
            }
        }
        guard !found.isEmpty else {
            throw .error(.invalidInput, "the folder of root certificates \(shown) (\(setting)) holds no certificate; put the office's root certificates (PEM or DER) there, or remove the setting to attach without checking the chains")
        }
        certificates = found
        folder = shown
    }
}
