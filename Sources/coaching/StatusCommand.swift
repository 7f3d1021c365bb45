import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching status [BATCH]`
struct StatusCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: say(.helpStatus),
        discussion: say(.helpStatusDiscussion)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp(say(.optBatchOrAll), valueName: "batch"))
    var batch: String?

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp(say(.optToday), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var today: CivilDate?

    @Option(help: ArgumentHelp(say(.optTextOrJSON)))
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
            if statuses.isEmpty { print(Self.nothingOpen(root: output.out, archived: outcome.archived, leftOut: outcome.leftOut.count)) }
            for s in statuses { print(Self.text(s)) }
        }
        // Nothing shown because batches are damaged is a failure, not an empty office.
        if statuses.isEmpty && !outcome.leftOut.isEmpty { throw ExitCode(1) }
    }

    /// Nothing open: say so, and whether archived batches exist and how to see them (issue #19, surprise 5);
    /// batches that exist but could not be read are counted, never said not to exist.
    static func nothingOpen(root: String, archived: [String], leftOut: Int = 0) -> String {
        var lines: [String] = []
        if leftOut > 0 { lines.append(say(.statusLeftOutCount, ["count": CLI.language.count(leftOut, .nounBatch), "root": root])) }
        if let last = archived.last {
            if leftOut == 0 { lines.append(say(.statusNoOpen, ["root": root])) }
            lines.append(say(.statusArchivedExist, ["count": CLI.language.count(archived.count, .nounBatch), "list": archived.joined(separator: ", "), "last": last]))
        } else if leftOut == 0 {
            lines.append(say(.statusNoBatch, ["root": root]))
        }
        return lines.joined(separator: "\n")
    }

    static func text(_ s: BatchStatus) -> String {
        let finishedLate = s.steps.contains { $0.late == true }
        // The 14 working days end at the receipt (step 9); the batch is done when step 10, the
        // last of the SOP, is.
        let archived = s.steps.first { $0.step == 10 }?.done ?? false
        let state = switch s.state {
        case .selesai where !archived: say(finishedLate ? .statusReceivedLateNotArchived : .statusReceivedNotArchived)
        case .selesai: say(finishedLate ? .statusDoneLate : .statusDone)
        case .berjalan: say(.statusOnTrack)
        case .berisiko: say(.statusAtRisk)
        case .terlambat: say(.statusLate)
        }
        var lines = [say(.statusHeader, ["batch": s.batch, "jadwal": s.jadwal, "state": state]),
                     s.countedToReceipt.map { received in
                         say(.statusDaysFinished, ["assigned": s.assignedOn, "deadline": s.deadline, "used": "\(s.workingDaysUsed)", "received": received])
                     } ?? (s.workingDaysLate > 0
                        ? say(.statusDaysLate, ["assigned": s.assignedOn, "deadline": s.deadline, "late": CLI.language.count(s.workingDaysLate, .nounWorkingDay), "today": s.today])
                        : say(.statusDays, ["assigned": s.assignedOn, "deadline": s.deadline, "used": "\(s.workingDaysUsed)",
                                            "left": "\(max(0, s.workingDaysLeft))", "today": s.today]))]
        for step in s.steps {
            var line = "  [\(step.done ? "x" : " ")] \(step.step). \(step.name) (\(step.role))"
            if let progress = step.progress { line += ": \(progress)" }
            if let date = step.date { line += ", \(date)" }
            if let actor = step.actor { line += say(.statusBy, ["actor": actor]) }
            if step.late == true { line += say(.statusStepLate, ["deadline": s.deadline]) }
            lines.append(line)
            if step.step == 3, let prepared = s.prepared { lines.append(say(.statusPrepared, ["prepared": prepared])) }
            if step.step == 4, let distributed = s.distributed { lines.append(say(.statusDistributed, ["distributed": distributed])) }
        }
        for a in s.absent {
            let follows = a.makeUp.map { say(.statusMakeUpOpen, ["makeUp": $0]) } ?? say(.statusNextBatch)
            lines.append(say(.statusAbsent, ["session": "\(a.session)", "name": a.name, "nip": a.nip, "number": a.number, "follows": follows]))
        }
        if let pdf = s.pdf {
            let outdated = pdf.outdated > 0 ? say(.statusPDFOutdated, ["count": "\(pdf.outdated)", "batch": s.batch]) : ""
            lines.append(say(.statusPDF, ["current": "\(pdf.current)", "documents": "\(pdf.documents)", "outdated": outdated]))
        }
        if let signed = s.signed {
            // A large office signs 1,260 Berita Acara: past 30, the count and the first and last.
            let shown = signed.count <= 30 ? signed : [signed.first!, signed.last!]
            lines.append(say(.statusSigned, ["count": "\(signed.count)", "shown": signed.count <= 30 ? "" : say(.statusSignedShown)]))
            for copy in shown { lines.append("    \(copy.text(CLI.language))") }
        }
        if let next = s.next { lines.append(say(.statusNext, ["next": next])) }
        return lines.joined(separator: "\n")
    }
}
