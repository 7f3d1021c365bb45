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
            discussion: """
            Every batch folder keeps a copy of its part of the register (YEAR/YEAR-NNN/register/), rewritten with every change. When register.sqlite is lost, rebuild reads those copies and makes the register again: batches, documents with their status, approvals and receipts, the files' hashes, the audit lines, and the numbering, which continues after the highest number found so that no number is given twice.

            Refused while a register.sqlite is there (move a damaged or emptied one aside first and keep it), and when any batch folder has no readable copy. Files that are not as the copies record are listed: the rebuilt register keeps the recorded hashes, so the later steps refuse those files by name until they are restored.

            Example:
              mv Output/register.sqlite Output/register.sqlite.rusak
              coaching register rebuild
            """
        )

        @OptionGroup var output: OutputOptions

        func run() throws {
            let workflow = try output.workflow()
            let outcome = try perform { () throws(WorkflowError) in try workflow.rebuildRegister(RebuildRequest()) }
            print("Rebuilt the register \(outcome.register.path) from \(outcome.batches.count) batch folder\(outcome.batches.count == 1 ? "" : "s"):")
            for line in outcome.batches { print("  \(line)") }
            if !outcome.lastNumbers.isEmpty { print("Numbering continues after \(listed(outcome.lastNumbers)).") }
            for difference in outcome.differences { printError("warning: \(difference); restore it before the next step") }
        }
    }
}
