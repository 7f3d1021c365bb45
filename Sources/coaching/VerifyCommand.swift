import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching verify PACKAGE|FOLDER`
struct VerifyCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: say(.helpVerify),
        discussion: say(.helpVerifyDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optPackage), valueName: "package"))
    var package: String

    @Option(help: ArgumentHelp(say(.optPublicKey), valueName: "file"))
    var publicKey: String?

    func run() throws {
        // Verifying reads only the package; the output root is not used.
        var environment = WorkflowEnvironment(outputRoot: URL(fileURLWithPath: "."), language: CLI.language)
        environment.progress = ProgressDisplay.standardError
        let workflow = Workflow(environment)
        let report = try perform { () throws(WorkflowError) in
            try workflow.verify(VerifyRequest(package: URL(fileURLWithPath: package), publicKey: publicKey))
        }
        for finding in report.findings { print(say(.verifyFinding, ["finding": finding])) }
        if report.omittedFindings > 0 { print(say(.verifyMoreFindings, ["count": "\(report.omittedFindings)"])) }
        for note in report.notes { print(say(.verifyNote, ["note": note])) }
        if report.holds {
            print(say(.verifyOK, ["package": package, "batch": report.batch, "files": CLI.language.count(report.fileCount, .nounFile),
                                  "signature": report.signature]))
        } else {
            print(say(.verifyNotOK, ["package": package, "findings": CLI.language.count(report.findingCount, .nounFinding)]))
            throw ExitCode(1)
        }
    }
}
