import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching approve BATCH --document jadwal|berita-acara --by NIP --on DATE`
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the Kepala Seksi PKL's approval and write the final documents (without KONSEP).",
        discussion: """
        Step 4 (the Jadwal) and step 8 (the Berita Acara) of the SOP. The final documents are drawn again from the drafts, without the KONSEP mark and dated on the approval day; from then on they cannot change (a correction is a revision: `coaching minutes … --revise`).

        Only the Kepala Seksi PKL named in the batch's coaching.toml can approve; the date cannot be before the draft, and the Berita Acara only after the Jadwal.

        Examples:
          coaching approve 2026-001 --document jadwal --by 198012302010012005 --on 2026-11-26
          coaching approve 2026-001 --document berita-acara --session 1 2 3 --by 198012302010012005 --on 2026-12-11
        """
    )

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case jadwal
        case beritaAcara = "berita-acara"
    }

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp("Which document: jadwal or berita-acara.", valueName: "type"))
    var document: Document

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these sessions' Berita Acara (default: every draft).", valueName: "session"))
    var session: [Int] = []

    @Option(help: ArgumentHelp("NIP of the Kepala Seksi PKL who approves.", valueName: "nip"))
    var by: String

    @Option(help: ArgumentHelp("Date of the approval.", valueName: "date"))
    var on: String

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones, file by file.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        if CivilDate(parsing: on) == nil { throw ValidationError("--on must be a date like 2026-11-26") }
        if document == .jadwal && !session.isEmpty { throw ValidationError("--session is for --document berita-acara") }
    }

    func run() throws {
        let context = try BatchContext.open(batch, out: out)
        let date = CivilDate(parsing: on)!
        let folder = try templateFolder(templates)
        let lifecycle = Lifecycle(staged: context.staged, batch: context.batch, jadwal: context.jadwal,
                                  configuration: context.configuration, now: RegisterAccess.now())
        let outcome: Lifecycle.Outcome
        do {
            switch document {
            case .jadwal:
                outcome = try lifecycle.approveJadwal(
                    on: date, by: by,
                    html: try BatchContext.template(folder, "jadwal-coaching.html", schema: JadwalDocument.schema),
                    xml: try BatchContext.template(folder, "jadwal-coaching.xml", schema: JadwalDocument.schema))
            case .beritaAcara:
                outcome = try lifecycle.approveMinutes(
                    session, on: date, by: by,
                    html: try BatchContext.template(folder, "berita-acara-coaching.html", schema: BeritaAcaraDocument.schema),
                    xml: try BatchContext.template(folder, "berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema))
            }
        } catch let refusal as Lifecycle.Refusal {
            printError("error: \(refusal.description)")
            throw ExitCode(refusal.exitCode)
        }
        for note in outcome.notes { print(note) }
        if !outcome.done.isEmpty {
            print("Approved by \(context.configuration.people.kepalaSeksiPKL.name) on \(date.indonesian): \(MinutesCommand.list(outcome.done)). The final documents are in \(context.folder.path)/")
        }
    }
}
