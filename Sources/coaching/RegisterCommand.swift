import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching register rebuild`
struct RegisterCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: say(.helpRegister),
        subcommands: [Rebuild.self]
    )

    /// `coaching register rebuild [--out DIR]`
    struct Rebuild: ParsableCommand {
        @OptionGroup var language: LanguageOptions

        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: say(.helpRegisterRebuild),
            discussion: say(.helpRegisterRebuildDiscussion)
        )

        @OptionGroup var output: OutputOptions

        func run() throws {
            let workflow = try output.workflow()
            let outcome = try perform { () throws(WorkflowError) in try workflow.rebuildRegister(RebuildRequest()) }
            // A healthy register is not an error: said as a plain notice, exit 0.
            if let notNeeded = outcome.notNeeded {
                print(notNeeded)
                return
            }
            print(say(.rebuildDone, ["path": outcome.register.path, "folders": CLI.language.count(outcome.batches.count, .nounBatchFolder)]))
            for line in outcome.batches { print("  \(line)") }
            if !outcome.lastNumbers.isEmpty { print(say(.rebuildNumbering, ["numbers": listed(outcome.lastNumbers)])) }
            for difference in outcome.differences { printError(say(.rebuildDifference, ["difference": difference])) }
        }
    }
}
