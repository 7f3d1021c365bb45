import Foundation

/// `coaching verify`: a package, or its extracted folder, checked from the inside.
public struct VerifyRequest: Sendable {
    /// A package (`.zip`) or an extracted batch folder.
    public var package: URL
    /// The office's public key file (default: the one in ``OfficeKeyFiles/folder``, if there).
    public var publicKey: String?

    public init(package: URL, publicKey: String? = nil) {
        self.package = package
        self.publicKey = publicKey
    }
}

extension Workflow {
    /// Re-hashes every file, validates every XML, compares the numbers in documents, manifest
    /// and register extract, and checks the signature. The report lists every finding; it
    /// throws only when the package cannot be opened at all.
    public func verify(_ request: VerifyRequest) throws(WorkflowError) -> PackageVerifier.Report {
        let key = try OfficeKeyFiles.publicKey(request.publicKey, folder: environment.keyFolder, language: environment.language)
        let package: PackageSource
        do { package = try PackageVerifier.open(request.package) } catch { throw .error(.invalidInput, environment.language.describe(error)) }
        return PackageVerifier.verify(package, key: key, language: environment.language, progress: environment.progress)
    }
}
