import ArgumentParser
import CoachingWorkflow

/// `coaching minutes BATCH --notes FILE`
struct MinutesCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Turn the Quality Assessors' notes into the Berita Acara Coaching of each held session (HTML and XML).",
        discussion: """
        Steps 6–7 of the SOP. NOTES is the batch's lembar-kerja.xlsx filled in (a workbook: the columns coaching filled in are locked), or lembar-kerja.csv as Excel or LibreOffice saves it (';', 27/11/2026 or 11/27/26, a NIP turned into 1.98607282015092E+017 are fine: each row is checked against the session its sesi names, with a warning), or the same as XML (Schemas/catatan-coaching.xsd). Per session: hadir (ya/tidak; empty while pending), tanggal (the day it was held), pembahasan, komitmen (one per line) with target_tanggal, tindak_lanjut, catatan.

        Every row is checked against the batch's Jadwal: a session that does not exist, a NIP or date that does not match, a session after the deadline, a held session without discussion or commitments. With any problem nothing is written, unless --only-valid is given; then the rest is listed as pending.

        Writes, into the batch folder: berita-acara/sesi-NNN.html and .xml (a no-show gets a record of its own, proposing a make-up session from the day after today inside the 14 working days, or saying there is no room and the person goes to the next batch), and rekap-coaching.html. A make-up is recorded by filling in the session's row again with the make-up day in tanggal. Numbers (BA-n/UNIT/YEAR) come from the register and never change: running again on the same notes changes nothing. A draft is redrawn when its notes change; an approved one only with --revise SESSION --reason TEXT.

        Example:
          coaching minutes 2026-001 --notes lembar-kerja-terisi.xlsx
        """
    )

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp("The filled-in worksheet (.xlsx, .csv or .xml).", valueName: "file"))
    var notes: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var templates: TemplateOptions

    @Flag(help: "Write the minutes of the sessions whose notes are in order, and list the rest as pending.")
    var onlyValid = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Sessions whose approved Berita Acara is corrected (a new revision).", valueName: "session"))
    var revise: [Int] = []

    @Option(help: ArgumentHelp("Why the revision is needed; kept in the document and the audit log.", valueName: "text"))
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
        print("Batch \(outcome.batch), Jadwal \(outcome.jadwalNumber): \(outcome.held) held, \(outcome.absent) absent, \(outcome.pending.count) pending.")
        for (label, numbers) in [("New Berita Acara (KONSEP)", outcome.new), ("Redrawn", outcome.redrawn), ("Revised (KONSEP again)", outcome.revised)]
            where !numbers.isEmpty {
            print("\(label): \(listed(numbers))")
        }
        if outcome.changedNothing {
            print("Nothing changed: the minutes already match these notes.")
        } else if outcome.unchanged > 0 {
            print("Unchanged: \(outcome.unchanged) Berita Acara already match their notes.")
        }
        for n in outcome.noShows {
            let next = n.makeUp.slot.map { "make-up session proposed for \($0.date.indonesianLong), \($0.timeText)" }
                ?? "no room left for a make-up session inside the 14 working days (to \(n.makeUp.deadline.indonesian)); goes to the next batch"
            print("  absent: session \(n.session), \(n.nama) (\(n.nip)): \(next)")
        }
        for p in outcome.pending.prefix(20) { print("  pending: session \(p.session), \(p.nama) (\(p.nip)): \(p.why)") }
        if outcome.pending.count > 20 { print("  … and \(outcome.pending.count - 20) more pending (see rekap-coaching.html)") }
        print("\(outcome.changedNothing ? "The batch is in" : "Written to") \(outcome.folder.path)/")
    }
}
