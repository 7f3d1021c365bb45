import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching receive BATCH --by NIP --on DATE`
struct ReceiveCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: say(.helpReceive),
        discussion: say(.helpReceiveDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optSessionsApproved), valueName: "session"))
    var session: [Int] = []

    @Option(help: ArgumentHelp(say(.optByKepalaKantor), valueName: "nip"))
    var by: String

    @Option(help: ArgumentHelp(say(.optOnReceipt), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var on: CivilDate

    @OptionGroup var output: OutputOptions

    func run() throws {
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in
            try workflow.receive(ReceiptRequest(batch: batch, sessions: session, by: by, on: on))
        }
        printNotices(outcome.notices)
        if !outcome.done.isEmpty {
            print(say(.receivedSummary, ["name": outcome.actorName, "date": on.text(CLI.language), "documents": listed(outcome.done)]))
        }
        for note in outcome.notes { print(note) }
        if outcome.done.isEmpty {
            printError(say(.nothingReceived))
            throw ExitCode(1)
        }
    }
}
