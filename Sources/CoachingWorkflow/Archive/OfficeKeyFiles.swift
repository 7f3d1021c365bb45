import CoachingCore
import Crypto
import Foundation

/// Where the office's archive key lives when no path is given: `$COACHING_KEYS`, else
/// `~/.klip-coaching`. Outside every output folder, so it never ends up in a package.
public enum OfficeKeyFiles {
    public static let privateName = "kunci-arsip.key"
    public static let publicName = "kunci-arsip.pub"

    public static var folder: URL {
        if let dir = ProcessInfo.processInfo.environment["COACHING_KEYS"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".klip-coaching")
    }

    /// A key pair made by ``make(in:)``.
    public struct Made: Sendable {
        public var fingerprint: String
        public var privateFile: URL
        public var publicFile: URL
    }

    /// Makes the office's Ed25519 key pair in `folder` (default: ``folder``): the private file
    /// readable only by its owner. An existing key is never replaced: packages signed with it
    /// need it to be checked.
    public static func make(in folder: URL?, language: Language = .id) throws(WorkflowError) -> Made {
        let folder = folder ?? Self.folder
        let privateFile = folder.appendingPathComponent(privateName), publicFile = folder.appendingPathComponent(publicName)
        if FileManager.default.fileExists(atPath: privateFile.path) {
            throw .error(.refused, language.text(.keygenExists, ["path": privateFile.path]))
        }
        let (privateText, publicText) = OfficeKey.generate()
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil,
              FileManager.default.createFile(atPath: privateFile.path, contents: Data(privateText.utf8), attributes: [.posixPermissions: 0o600]),
              FileManager.default.createFile(atPath: publicFile.path, contents: Data(publicText.utf8), attributes: [.posixPermissions: 0o644]),
              let key = try? OfficeKey.publicKey(publicText, file: publicFile.path) else {
            throw .error(.register, language.text(.keygenCannotWrite, ["folder": folder.path]))
        }
        return Made(fingerprint: OfficeKey.fingerprint(key), privateFile: privateFile, publicFile: publicFile)
    }

    /// The private key at `path`, or in `folder` when nil and one is there.
    static func privateKey(_ path: String?, folder: URL, language: Language) throws(WorkflowError) -> Curve25519.Signing.PrivateKey? {
        try load(path, in: folder, defaultName: privateName, language: language, missing: { language.text(.keyMissingPrivate, ["path": $0]) }, parse: OfficeKey.privateKey)
    }

    /// The public key at `path`, or in `folder` when nil and one is there.
    static func publicKey(_ path: String?, folder: URL, language: Language) throws(WorkflowError) -> Curve25519.Signing.PublicKey? {
        try load(path, in: folder, defaultName: publicName, language: language, missing: { language.text(.keyMissingPublic, ["path": $0]) }, parse: OfficeKey.publicKey)
    }

    /// A key file: nil when none was asked for and none is at the default place; a named file
    /// that is missing or not a key stops the step with `missing` or the parser's reason.
    private static func load<Key>(_ path: String?, in folder: URL, defaultName: String, language: Language, missing: (String) -> String,
                                  parse: (String, String) throws -> Key) throws(WorkflowError) -> Key? {
        let file = path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(defaultName)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            guard path == nil else { throw .error(.invalidInput, missing(file.path)) }
            return nil
        }
        do { return try parse(String(decoding: data, as: UTF8.self), file.path) } catch {
            throw .error(.invalidInput, language.describe(error))
        }
    }
}
