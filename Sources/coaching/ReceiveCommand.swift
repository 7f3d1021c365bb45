import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching receive BATCH --by NIP --on DATE`
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record that the Kepala Kantor received the approved Berita Acara (step 9).",
        discussion: """
        Records the receipt in the register for every approved Berita Acara of the batch (or the --session ones). The documents themselves do not change: they were final at approval, and the receipt is signed on paper in the block left for it.

        Only the Kepala Kantor named in the batch's coaching.toml; not before the approval date.

        Example:
          coaching receive 2026-001 --by 197205141998031002 --on 2026-12-14
        """
    )

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these sessions' Berita Acara (default: every approved one).", valueName: "session"))
    var session: [Int] = []

    @Option(help: ArgumentHelp("NIP of the Kepala Kantor.", valueName: "nip"))
    var by: String

    @Option(help: ArgumentHelp("Date of the receipt.", valueName: "date"))
    var on: String

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    func validate() throws {
        if CivilDate(parsing: on) == nil { throw ValidationError("--on must be a date like 2026-12-14") }
    }

    func run() throws {
        let context = try BatchContext.open(batch, out: out)
        let date = CivilDate(parsing: on)!
        let lifecycle = Lifecycle(staged: context.staged, batch: context.batch, jadwal: context.jadwal,
                                  configuration: context.configuration, now: RegisterAccess.now())
        let outcome: Lifecycle.Outcome
        do {
            outcome = try lifecycle.receive(session, on: date, by: by)
        } catch let refusal as Lifecycle.Refusal {
            printError("error: \(refusal.description)")
            throw ExitCode(refusal.exitCode)
        }
        if !outcome.done.isEmpty {
            print("Received by \(context.configuration.people.kepalaKantor.name) on \(date.indonesian): \(MinutesCommand.list(outcome.done)).")
        }
        for note in outcome.notes { print(note) }
        if outcome.done.isEmpty {
            printError("Nothing was received.")
            throw ExitCode(1)
        }
    }
}
