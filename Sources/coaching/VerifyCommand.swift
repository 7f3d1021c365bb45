import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching verify PACKAGE|FOLDER`
struct VerifyCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

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
        // Verifying reads only the package; the output root is not used.
        let workflow = Workflow(WorkflowEnvironment(outputRoot: URL(fileURLWithPath: "."), language: CLI.language))
        let report = try perform { () throws(WorkflowError) in
            try workflow.verify(VerifyRequest(package: URL(fileURLWithPath: package), publicKey: publicKey))
        }
        for finding in report.findings { print("FAIL \(finding)") }
        if report.omittedFindings > 0 { print("FAIL … and \(report.omittedFindings) more findings, not listed") }
        for note in report.notes { print("note: \(note)") }
        if report.holds {
            print("OK \(package): batch \(report.batch), \(report.fileCount) files; hashes, schemas and numbers agree; \(report.signature).")
        } else {
            print("NOT OK \(package): \(report.findingCount) finding\(report.findingCount == 1 ? "" : "s"); do not rely on this package.")
            throw ExitCode(1)
        }
    }
}
