import ArgumentParser
import CoachingRegister
import Foundation

/// `coaching keygen [--to DIR]`
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make the office's key that signs archive packages (once).",
        discussion: """
        Writes an Ed25519 key pair: kunci-arsip.key (private, readable only by you) and kunci-arsip.pub (public: give it to whoever verifies packages). By default into ~/.klip-coaching (or $COACHING_KEYS), where coaching archive and coaching verify look for them. Keep the private key out of the output folder: it is never written into a package, and archive refuses a batch folder that holds it.

        Refuses to replace an existing key: packages signed with it could no longer be checked against a new one.

        Example:
          coaching keygen
          coaching keygen --to /media/kunci-kantor
        """
    )

    @Option(help: ArgumentHelp("Folder for the two key files (default: ~/.klip-coaching or $COACHING_KEYS).", valueName: "dir"))
    var to: String?

    func run() throws {
        let folder = to.map { URL(fileURLWithPath: $0) } ?? OfficeKeyFiles.folder
        let privateFile = folder.appendingPathComponent(OfficeKeyFiles.privateName)
        let publicFile = folder.appendingPathComponent(OfficeKeyFiles.publicName)
        if FileManager.default.fileExists(atPath: privateFile.path) {
            printError("error: \(privateFile.path) already exists; packages signed with it need it to be checked, so it is not replaced. Move it away first if you really mean to start a new key.")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let (privateText, publicText) = OfficeKey.generate()
        guard FileManager.default.createFile(atPath: privateFile.path, contents: Data(privateText.utf8), attributes: [.posixPermissions: 0o600]),
              FileManager.default.createFile(atPath: publicFile.path, contents: Data(publicText.utf8), attributes: [.posixPermissions: 0o644]) else {
            printError("error: could not write the key files into \(folder.path)")
            throw ExitCode(1)
        }
        let key = try OfficeKey.publicKey(publicText, file: publicFile.path)
        print("""
        Made the office key \(OfficeKey.fingerprint(key)):
          private: \(privateFile.path) (keep it safe; only you can read it)
          public:  \(publicFile.path) (give it to whoever verifies packages)
        """)
    }
}
