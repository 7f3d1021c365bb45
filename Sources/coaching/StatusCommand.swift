import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching status [BATCH]`
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where each batch stands in the SOP: steps done, working days used and left of the 14, who acts next.",
        discussion: """
        Without BATCH: every batch not yet archived. A batch is at risk (berisiko) with 3 working days or fewer left, late (terlambat) after the deadline without the Kepala Kantor's receipt. A no-show is reported once its record says there is no room for a make-up (the person goes to the next batch), or once the make-up it proposes is recorded: until then the batch is not done.

        Examples:
          coaching status
          coaching status 2026-001 --today 2026-12-10 --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder (default: every open batch).", valueName: "batch"))
    var batch: String?

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Count up to this day (default: today, WIB).", valueName: "yyyy-mm-dd"))
    var today: CivilDate?

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in try workflow.status(StatusRequest(batch: batch, today: today)) }
        printNotices(outcome.notices)
        let statuses = outcome.statuses
        switch format {
        case .json:
            try printJSON(statuses)
        case .text:
            if statuses.isEmpty { print("No open batch under \(output.out).") }
            for s in statuses { print(Self.text(s)) }
        }
    }

    static func text(_ s: BatchStatus) -> String {
        let finishedLate = s.steps.contains { $0.late == true }
        // The 14 working days end at the receipt (step 9); the batch is done when step 10, the
        // last of the SOP, is.
        let archived = s.steps.first { $0.step == 10 }?.done ?? false
        let state = switch s.state {
        case .selesai where !archived:
            finishedLate ? "received LATE (after the deadline), not yet archived" : "received in time, not yet archived"
        case .selesai: finishedLate ? "done, LATE (received after the deadline)" : "done"
        case .berjalan: "on track"
        case .berisiko: "AT RISK"
        case .terlambat: "LATE"
        }
        var lines = ["Batch \(s.batch) · \(s.jadwal) · \(state)",
                     "  assigned \(s.assignedOn), deadline \(s.deadline); working days used \(s.workingDaysUsed) of 14, \(max(0, s.workingDaysLeft)) left (as of \(s.today))"]
        for step in s.steps {
            var line = "  [\(step.done ? "x" : " ")] \(step.step). \(step.name) (\(step.role))"
            if let progress = step.progress { line += ": \(progress)" }
            if let date = step.date { line += ", \(date)" }
            if let actor = step.actor { line += " by \(actor)" }
            if step.late == true { line += " (LATE: after the deadline \(s.deadline))" }
            lines.append(line)
            if step.step == 3, let prepared = s.prepared { lines.append("        with it, step 5's preparation: \(prepared)") }
            if step.step == 4, let distributed = s.distributed { lines.append("        with it, the distribution: \(distributed)") }
        }
        for a in s.absent {
            let follows = a.makeUp.map { "make-up session proposed for \($0), not yet recorded" } ?? "no room for a make-up; goes to the next batch"
            lines.append("  absent: session \(a.session), \(a.name) (\(a.nip)), \(a.number): \(follows)")
        }
        if let pdf = s.pdf {
            lines.append("  PDF: \(pdf.current) of \(pdf.documents) documents" + (pdf.outdated > 0 ? ", \(pdf.outdated) older than their HTML (coaching pdf \(s.batch) prints them again)" : ""))
        }
        if let signed = s.signed {
            // A large office signs 1,260 Berita Acara: past 30, the count and the first and last.
            let shown = signed.count <= 30 ? signed : [signed.first!, signed.last!]
            lines.append("  signed copies: \(signed.count)" + (signed.count <= 30 ? "" : " (the first and the last shown; coaching find lists each)"))
            for copy in shown { lines.append("    \(copy.text)") }
        }
        if let next = s.next { lines.append("  next: \(next)") }
        return lines.joined(separator: "\n")
    }
}
