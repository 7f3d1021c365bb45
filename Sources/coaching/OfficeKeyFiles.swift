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
        let file = path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(privateName)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            if path != nil {
                printError("error: there is no key at \(file.path); make one with coaching keygen")
                throw ExitCode(1)
            }
            return nil
        }
        do { return try OfficeKey.privateKey(String(decoding: data, as: UTF8.self), file: file.path) } catch let error as RegisterError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// The public key at `path`, or at the default place when nil and one is there.
    static func publicKey(_ path: String?) throws -> Curve25519.Signing.PublicKey? {
        let file = path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(publicName)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            if path != nil {
                printError("error: there is no public key at \(file.path)")
                throw ExitCode(1)
            }
            return nil
        }
        do { return try OfficeKey.publicKey(String(decoding: data, as: UTF8.self), file: file.path) } catch let error as RegisterError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}
