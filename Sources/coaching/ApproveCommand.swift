import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching approve BATCH --document jadwal|berita-acara --by NIP --on DATE`
struct ApproveCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: say(.helpApprove),
        discussion: say(.helpApproveDiscussion)
    )

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case jadwal
        case beritaAcara = "berita-acara"
    }

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp(say(.optDocument), valueName: "type"))
    var document: Document

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optSessionsDraft), valueName: "session"))
    var session: [Int] = []

    @Option(help: ArgumentHelp(say(.optByKepalaSeksi), valueName: "nip"))
    var by: String

    @Option(help: ArgumentHelp(say(.optOnApproval), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var on: CivilDate

    @OptionGroup var output: OutputOptions
    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        if document == .jadwal && !session.isEmpty { throw ValidationError(say(.usageSessionForMinutes)) }
    }

    func run() throws {
        let request = ApprovalRequest(batch: batch, document: document == .jadwal ? .jadwal : .beritaAcara, sessions: session, by: by, on: on)
        let workflow = try output.workflow(templates: templates)
        let outcome = try perform { () throws(WorkflowError) in try workflow.approve(request) }
        printNotices(outcome.notices)
        for note in outcome.notes { print(note) }
        if !outcome.done.isEmpty {
            print(say(.approvedSummary, ["name": outcome.actorName, "date": on.text(CLI.language), "documents": listed(outcome.done), "folder": outcome.folder.path]))
        }
    }
}
