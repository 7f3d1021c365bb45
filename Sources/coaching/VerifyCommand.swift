import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching verify PACKAGE|FOLDER`
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an archive package (or its extracted folder) has not been changed.",
        discussion: """
        Recomputes every file's SHA-256 against the manifest, validates every XML against its schema, checks that the numbers in the documents, the manifest and the register's entries agree, that no file is missing or extra, and that the manifest's signature is the office's. Prints each finding plainly; exit 0 only when everything holds.

        The public key comes from --public-key, else kunci-arsip.pub in ~/.klip-coaching (or $COACHING_KEYS). With a key, an unsigned package fails; without one, an unsigned package is reported as such.

        Examples:
          coaching verify Output/arsip/arsip-coaching-2026-001.zip
          coaching verify /mnt/arsip/2026-001 --public-key kunci-arsip.pub
        """
    )

    @Argument(help: ArgumentHelp("A package (.zip) or an extracted batch folder.", valueName: "package"))
    var package: String

    @Option(help: ArgumentHelp("The office's public key.", valueName: "file"))
    var publicKey: String?

    func run() throws {
        let key = try OfficeKeyFiles.publicKey(publicKey)
        let contents: PackageVerifier.Contents
        do { contents = try PackageVerifier.open(URL(fileURLWithPath: package)) } catch let error as RegisterError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
        let report = PackageVerifier.verify(contents, key: key)
        for finding in report.findings { print("FAIL \(finding)") }
        for note in report.notes { print("note: \(note)") }
        if report.holds {
            print("OK \(package): batch \(report.batch), \(report.fileCount) files; hashes, schemas and numbers agree; \(report.signature).")
        } else {
            print("NOT OK \(package): \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s"); do not rely on this package.")
            throw ExitCode(1)
        }
    }
}
