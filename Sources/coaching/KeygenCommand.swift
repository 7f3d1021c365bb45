import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching keygen [--to DIR]`
struct KeygenCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: say(.helpKeygen),
        discussion: say(.helpKeygenDiscussion)
    )

    @Option(help: ArgumentHelp(say(.optKeygenTo), valueName: "dir"))
    var to: String?

    func run() throws {
        let made = try perform { () throws(WorkflowError) in try OfficeKeyFiles.make(in: to.map { URL(fileURLWithPath: $0) }, language: CLI.language) }
        print(say(.keygenMade, ["fingerprint": made.fingerprint, "private": made.privateFile.path, "public": made.publicFile.path]))
    }
}
