import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching minutes BATCH --notes FILE`
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Turn the Quality Assessors' notes into the Berita Acara Coaching of each held session (HTML and XML).",
        discussion: """
        Steps 6–7 of the SOP. NOTES is the batch's lembar-kerja.csv filled in (as Excel saves it: ';' and 27/11/2026 are fine) or the same as XML (Schemas/catatan-coaching.xsd). Per session: hadir (ya/tidak; empty while pending), tanggal (the day it was held), pembahasan, komitmen (one per line) with target_tanggal, tindak_lanjut, catatan.

        Every row is checked against the batch's Jadwal: a session that does not exist, a NIP or date that does not match, a session after the deadline, a held session without discussion or commitments. With any problem nothing is written, unless --only-valid is given; then the rest is listed as pending.

        Writes, into the batch folder: berita-acara/sesi-NNN.html and .xml (a no-show gets a short record of its own), and rekap-coaching.html. Numbers (BA-n/UNIT/YEAR) come from the register and never change: running again on the same notes changes nothing. A draft is redrawn when its notes change; an approved one only with --revise SESSION --reason TEXT.

        Example:
          coaching minutes 2026-001 --notes lembar-kerja-terisi.csv
        """
    )

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp("The filled-in worksheet (.csv or .xml).", valueName: "file"))
    var notes: String

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones, file by file.", valueName: "dir"))
    var templates: String?

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
        var timer = StageTimer()
        // The notes are read while the batch's Jadwal is.
        let notesPath = notes
        let reading = Background { NotesReader().read(InputFile(name: notesPath, source: try FileByteSource(path: notesPath))) }
        let context = try BatchContext.open(batch, out: out)
        timer.mark("open the batch")
        let folder = try templateFolder(templates)
        let html = try BatchContext.template(folder, "berita-acara-coaching.html", schema: BeritaAcaraDocument.schema)
        let xml = try BatchContext.template(folder, "berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema)
        let rekapTemplate = try BatchContext.template(folder, "rekap-coaching.html", schema: RekapDocument.schema)

        let (rows, readLog) = try reading.value()
        let plan = MinutesPlan(jadwal: context.jadwal, notes: rows, log: readLog)
        timer.mark("read and check the notes")
        for d in plan.log.sorted { printError(d.formatted) }
        if plan.log.hasErrors && !onlyValid {
            printError("The notes have errors (above); nothing was written. Fix them, or use --only-valid to write the minutes of the sessions in order.")
            throw ExitCode(1)
        }
        let configuration = context.configuration
        let missing = BeritaAcaraDocument.missingSettings(configuration)
        guard missing.isEmpty else {
            for m in missing { printError("error: \(m)") }
            printError("The Berita Acara cannot be signed without these; nothing was written.")
            throw ExitCode(1)
        }

        var recorder = MinutesRecorder(batch: context.batch, jadwal: context.jadwal, configuration: configuration,
                                       html: html, xml: xml, rekap: rekapTemplate,
                                       actor: RegisterAccess.systemUser(), now: RegisterAccess.now())
        recorder.revise = Set(revise)
        recorder.reason = reason ?? ""
        let outcome: MinutesRecorder.Outcome
        do {
            outcome = try recorder.record(plan, into: context.staged)
        } catch let change as MinutesRecorder.ApprovedChange {
            printError("error: \(change.number) (session \(change.session)) is approved and cannot change; to correct it, run again with --revise \(change.session) --reason \"…\"")
            throw ExitCode(1)
        }
        timer.mark("draw, register and stage")
        try context.staged.finishPendingMoves()
        timer.mark("move into place")

        let rekap = RekapDocument(jadwal: context.jadwal, plan: plan, numbers: outcome.numbers)
        print("Batch \(context.batch.id), Jadwal \(context.jadwal.number): \(rekap.held) held, \(rekap.absent) absent, \(plan.pending.count) pending.")
        for (label, numbers) in [("New Berita Acara (KONSEP)", outcome.new), ("Redrawn", outcome.redrawn), ("Revised (KONSEP again)", outcome.revised)]
            where !numbers.isEmpty {
            print("\(label): \(Self.list(numbers))")
        }
        if outcome.new.isEmpty && outcome.redrawn.isEmpty && outcome.revised.isEmpty {
            print("Nothing changed: the minutes already match these notes.")
        } else if outcome.unchanged > 0 {
            print("Unchanged: \(outcome.unchanged) Berita Acara already match their notes.")
        }
        for p in plan.pending.prefix(20) { print("  pending: session \(p.entry.number), \(p.entry.nama) (\(p.entry.nip)): \(p.why)") }
        if plan.pending.count > 20 { print("  … and \(plan.pending.count - 20) more pending (see rekap-coaching.html)") }
        let changed = !(outcome.new.isEmpty && outcome.redrawn.isEmpty && outcome.revised.isEmpty)
        print("\(changed ? "Written to" : "The batch is in") \(context.folder.path)/")
    }

    /// Up to 30 numbers in full, else the first and the last.
    static func list(_ numbers: [String]) -> String {
        numbers.count <= 30 ? numbers.joined(separator: ", ") : "\(numbers.count) documents, \(numbers.first!) to \(numbers.last!)"
    }
}
