import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching status [BATCH]`
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where each batch stands in the SOP: steps done, working days used and left of the 14, who acts next.",
        discussion: """
        Without BATCH: every batch not yet archived. A batch is at risk (berisiko) with 3 working days or fewer left, late (terlambat) after the deadline without the Kepala Kantor's receipt.

        Examples:
          coaching status
          coaching status 2026-001 --today 2026-12-10 --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder (default: every open batch).", valueName: "batch"))
    var batch: String?

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    @Option(help: ArgumentHelp("Count up to this day (default: today, WIB).", valueName: "date"))
    var today: String?

    @Option(help: "text or json.")
    var format: Format = .text

    func validate() throws {
        if let today, CivilDate(parsing: today) == nil { throw ValidationError("--today must be a date like 2026-12-10") }
    }

    func run() throws {
        let day = today.flatMap { CivilDate(parsing: $0) } ?? ScheduleCommand.todayInJakarta()
        var statuses: [BatchStatus] = []
        if let batch {
            let context = try BatchContext.open(batch, out: out)
            statuses.append(try status(of: context, today: day))
        } else {
            let (register, _) = try RegisterAccess.open(out, create: false)
            for batch in try register.read({ try $0.batches() }) {
                let context = try BatchContext.open(batch.id, out: out)
                let s = try status(of: context, today: day)
                if !(s.steps.last?.done ?? false) { statuses.append(s) }
            }
        }
        switch format {
        case .json:
            try printJSON(statuses)
        case .text:
            if statuses.isEmpty { print("No open batch under \(out).") }
            for s in statuses { print(Self.text(s)) }
        }
    }

    private func status(of context: BatchContext, today: CivilDate) throws -> BatchStatus {
        let documents = try context.register.read { try $0.documents(batch: context.batch.id) }
        return BatchStatus(batch: context.batch, documents: documents, sessions: context.jadwal.entries.count,
                           calendar: WorkingDayCalendar(options: context.configuration.calendar), today: today,
                           people: context.configuration.people)
    }

    static func text(_ s: BatchStatus) -> String {
        let state = ["selesai": "done", "berjalan": "on track", "berisiko": "AT RISK", "terlambat": "LATE"][s.state] ?? s.state
        var lines = ["Batch \(s.batch) · \(s.jadwal) · \(state)",
                     "  assigned \(s.assignedOn), deadline \(s.deadline); working days used \(s.workingDaysUsed) of 14, \(max(0, s.workingDaysLeft)) left (as of \(s.today))"]
        for step in s.steps {
            var line = "  [\(step.done ? "x" : " ")] \(step.step). \(step.name) (\(step.role))"
            if let progress = step.progress { line += ": \(progress)" }
            if let date = step.date { line += ", \(date)" }
            if let actor = step.actor { line += " by \(actor)" }
            lines.append(line)
        }
        if let next = s.next { lines.append("  next: \(next)") }
        return lines.joined(separator: "\n")
    }
}
