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
        let head = context.configuration.people.kepalaKantor
        try RoleCheck.require(by, is: head, role: "Kepala Kantor", key: "people.kepala_kantor", action: "receive the Berita Acara")
        let now = RegisterAccess.now(), id = context.batch.id
        let (received, waiting) = try context.register.transaction { tx -> ([String], [String]) in
            let chosen = try tx.documents(batch: id, kind: .beritaAcara).filter { session.isEmpty || session.contains($0.session) }
            var received: [String] = [], waiting: [String] = []
            for var document in chosen {
                switch document.status {
                case .konsep: waiting.append("\(document.number) (session \(document.session))")
                case .diterima, .diarsipkan: continue
                case .disetujui:
                    try RoleCheck.notBefore(date, document.approvedOn ?? "", what: "\(document.number) was approved")
                    try context.requireUnchanged(document)
                    document.status = .diterima
                    document.receivedOn = date.description
                    document.receivedBy = by
                    try tx.update(document)
                    try tx.audit(at: now, actor: by, action: "diterima", batch: id, number: document.number)
                    received.append(document.number)
                }
            }
            return (received, waiting)
        }
        if !received.isEmpty { print("Received by \(head.name) on \(date.indonesian): \(received.joined(separator: ", ")).") }
        if !waiting.isEmpty { print("Not approved yet, so not received: \(waiting.joined(separator: ", ")).") }
        if received.isEmpty {
            printError(waiting.isEmpty ? "Nothing to receive: batch \(id) has no approved Berita Acara waiting." : "Nothing was received.")
            throw ExitCode(1)
        }
    }
}
