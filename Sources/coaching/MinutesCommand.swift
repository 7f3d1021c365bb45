import CoachingCore
import ArgumentParser
import CoachingWorkflow

/// `coaching minutes BATCH --notes FILE`
struct MinutesCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: say(.helpMinutes),
        discussion: """
        Steps 6–7 of the SOP. NOTES is the batch's lembar-kerja.xlsx filled in (a workbook: the columns coaching filled in are locked), or lembar-kerja.csv as Excel or LibreOffice saves it (';', 27/11/2026 or 11/27/26, a NIP turned into 1.98607282015092E+017 are fine: each row is checked against the session its sesi names, with a warning), or the same as XML (Schemas/catatan-coaching.xsd). Per session: hadir (ya/tidak; empty while pending), tanggal (the day it was held), pembahasan, komitmen (one per line) with target_tanggal, tindak_lanjut, catatan.

        Every row is checked against the batch's Jadwal: a session that does not exist, a NIP or date that does not match, a session after the deadline, a held session without discussion or commitments. With any problem nothing is written, unless --only-valid is given; then the rest is listed as pending.

        Writes, into the batch folder: berita-acara/sesi-NNN.html and .xml (a no-show gets a record of its own, proposing a make-up session from the day after today inside the 14 working days, or saying there is no room and the person goes to the next batch), and rekap-coaching.html. A make-up is recorded by filling in the session's row again with the make-up day in tanggal. Numbers (BA-n/UNIT/YEAR) come from the register and never change: running again on the same notes changes nothing. A draft is redrawn when its notes change; an approved one only with --revise SESSION --reason TEXT.

        Example:
          coaching minutes 2026-001 --notes lembar-kerja-terisi.xlsx
        """
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp(say(.optNotes), valueName: "file"))
    var notes: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var templates: TemplateOptions

    @Flag(help: ArgumentHelp(say(.optOnlyValid)))
    var onlyValid = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optRevise), valueName: "session"))
    var revise: [Int] = []

    @Option(help: ArgumentHelp(say(.optReason), valueName: "text"))
    var reason: String?

    func validate() throws {
        if !revise.isEmpty && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--revise needs --reason: say why the approved Berita Acara is corrected")
        }
    }

    func run() throws {
        let request = MinutesRequest(batch: batch, notes: notes, onlyValid: onlyValid, revise: Set(revise), reason: reason ?? "")
        let workflow = try output.workflow(templates: templates)
        let outcome = try perform { () throws(WorkflowError) in try workflow.recordMinutes(request) }
        printNotices(outcome.notices)
        let language = CLI.language
        print(say(.minutesSummary, ["batch": outcome.batch, "jadwal": outcome.jadwalNumber, "held": "\(outcome.held)",
                                    "absent": "\(outcome.absent)", "pending": "\(outcome.pending.count)"]))
        for (label, numbers) in [(MessageKey.minutesNew, outcome.new), (.minutesRedrawn, outcome.redrawn), (.minutesRevised, outcome.revised)]
            where !numbers.isEmpty {
            print("\(say(label)): \(listed(numbers))")
        }
        if outcome.changedNothing {
            print(say(.minutesNothingChanged))
        } else if outcome.unchanged > 0 {
            print(say(.minutesUnchanged, ["count": "\(outcome.unchanged)"]))
        }
        for n in outcome.noShows {
            let next = n.makeUp.slot.map { say(.minutesMakeUp, ["date": $0.date.longText(language), "time": $0.timeText]) }
                ?? say(.minutesNoRoom, ["deadline": n.makeUp.deadline.text(language)])
            print(say(.minutesAbsent, ["session": "\(n.session)", "name": n.nama, "nip": n.nip.description, "next": next]))
        }
        for p in outcome.pending.prefix(20) {
            print(say(.minutesPending, ["session": "\(p.session)", "name": p.nama, "nip": p.nip.description, "why": p.why]))
        }
        if outcome.pending.count > 20 { print(say(.minutesMorePending, ["count": "\(outcome.pending.count - 20)"])) }
        print(say(outcome.changedNothing ? .minutesBatchIn : .scheduleWrittenTo, ["folder": outcome.folder.path]))
    }
}
