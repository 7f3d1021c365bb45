import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching archive BATCH [--to DIR] [--include-drafts]`
struct ArchiveCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: say(.helpArchive),
        discussion: say(.helpArchiveDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp(say(.optArchiveTo), valueName: "dir"))
    var to: String?

    @Flag(help: ArgumentHelp(say(.optIncludeDrafts)))
    var includeDrafts = false

    @Option(help: ArgumentHelp(say(.optArchiveOn), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var on: CivilDate?

    @Option(help: ArgumentHelp(say(.optArchiveKey), valueName: "file"))
    var key: String?

    @OptionGroup var templates: TemplateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let request = ArchiveRequest(batch: batch, destination: to.map { URL(fileURLWithPath: $0) }, includeDrafts: includeDrafts, on: on, key: key)
        let workflow = try output.workflow(templates: templates)
        let outcome = try perform { () throws(WorkflowError) in try workflow.archive(request) }
        let megabytes = String(format: "%.1f", Double(outcome.bytes) / 1_048_576)
        print(outcome.unchanged ? say(.archiveUnchanged, ["package": outcome.package.path])
                                : say(.archiveDone, ["batch": outcome.batch, "package": outcome.package.path]))
        print(say(.archiveFiles, ["files": CLI.language.count(outcome.files, .nounFile), "megabytes": CLI.language == .id ? megabytes.replacingOccurrences(of: ".", with: ",") : megabytes,
                                  "sha256": outcome.sha256]))
        if let fingerprint = outcome.signedWith {
            print(say(.archiveSigned, ["fingerprint": fingerprint]))
        } else {
            print(say(.archiveUnsigned))
        }
        if outcome.includesDrafts { print(say(.archiveDrafts)) }
        print(say(.archiveBrowse, ["index": outcome.index.path]))
    }
}
