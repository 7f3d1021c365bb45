import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching keygen [--to DIR]`
struct KeygenCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: say(.helpKeygen),
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
        let made = try perform { () throws(WorkflowError) in try OfficeKeyFiles.make(in: to.map { URL(fileURLWithPath: $0) }, language: CLI.language) }
        print(say(.keygenMade, ["fingerprint": made.fingerprint, "private": made.privateFile.path, "public": made.publicFile.path]))
    }
}
