import ArgumentParser
import CoachingRegister
import Crypto
import Foundation

/// Where the office's archive key lives when no path is given: `$COACHING_KEYS`, else
/// `~/.klip-coaching`. Outside every output folder, so it never ends up in a package.
enum OfficeKeyFiles {
    static let privateName = "kunci-arsip.key"
    static let publicName = "kunci-arsip.pub"

    static var folder: URL {
        if let dir = ProcessInfo.processInfo.environment["COACHING_KEYS"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".klip-coaching")
    }

    /// The private key at `path`, or at the default place when nil and one is there.
    static func privateKey(_ path: String?) throws -> Curve25519.Signing.PrivateKey? {
        try load(path, defaultName: privateName, missing: "there is no key at %@; make one with coaching keygen", parse: OfficeKey.privateKey)
    }

    /// The public key at `path`, or at the default place when nil and one is there.
    static func publicKey(_ path: String?) throws -> Curve25519.Signing.PublicKey? {
        try load(path, defaultName: publicName, missing: "there is no public key at %@", parse: OfficeKey.publicKey)
    }

    /// A key file: nil when none was asked for and none is at the default place; a named file
    /// that is missing or not a key stops the command with `missing` or the parser's reason.
    private static func load<Key>(_ path: String?, defaultName: String, missing: String,
                                  parse: (String, String) throws -> Key) throws -> Key? {
        let file = path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(defaultName)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            guard path == nil else {
                printError("error: " + missing.replacingOccurrences(of: "%@", with: file.path))
                throw ExitCode(1)
            }
            return nil
        }
        do { return try parse(String(decoding: data, as: UTF8.self), file.path) } catch let error as RegisterError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}
