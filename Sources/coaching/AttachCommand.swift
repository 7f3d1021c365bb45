import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching lampirkan BATCH FILE… [--scan NUMBER]`
struct AttachCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "lampirkan",
        abstract: say(.helpAttach),
        discussion: say(.helpAttachDiscussion),
        aliases: ["attach"]
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Argument(help: ArgumentHelp(say(.optAttachFiles), valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp(say(.optScan), valueName: "number"))
    var scan: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(say(.usageAttachFiles)) }
        if scan != nil, files.count != 1 { throw ValidationError(say(.usageScanOne, ["count": "\(files.count)"])) }
    }

    func run() throws {
        let workflow = try output.workflow()
        let loaded = try settings.load()
        let outcome = try perform { () throws(WorkflowError) in
            try workflow.attach(AttachRequest(batch: batch, files: files, scanOf: scan, settings: loaded))
        }
        printNotices(outcome.notices)
        for a in outcome.attached {
            print("dilampirkan: \(a.document) ← \(a.file) → \(a.path)")
            for line in a.lines { print("  \(line)") }
        }
        for a in outcome.alreadyOnRecord { print(say(.attachAlready, ["document": a.document, "file": a.file, "path": a.path])) }
        for r in outcome.refused {
            printError("ditolak: \(r.file)")
            for line in r.lines { printError("  \(line)") }
        }
        if scan == nil { print(outcome.trust) }
        print(say(.attachSummary, ["attached": "\(outcome.attached.count)", "already": "\(outcome.alreadyOnRecord.count)", "refused": "\(outcome.refused.count)"]))
        if !outcome.refused.isEmpty { throw ExitCode(1) }
    }
}
