import ArgumentParser
import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

/// `coaching schedule --reports F --recommendations F --assigned-on DATE`
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule the coaching sessions and write the Jadwal Coaching (HTML and XML) as a new batch.",
        discussion: """
        Steps 1–4 of the SOP: from the report and the recommendations to the draft (KONSEP) Jadwal Coaching for the Kepala Seksi PKL to sign. Sessions start on schedule.first_session_working_day and end schedule.working_days_after_last_session working days before the 14-working-day deadline; highest priority first; the coach and one Quality Assessor per session.

        Writes OUT/YEAR/YEAR-NNN/ whole or not at all: jadwal-coaching.html and .xml, kandidat.csv (the candidates and why), lembar-kerja.csv (the Quality Assessors' worksheet, for Excel), the inputs and the settings used. Running again on the same inputs writes nothing new and names the existing batch.

        If not everyone fits, it says who, why and what would help, and writes nothing unless --allow-partial is given.

        Example:
          coaching schedule --config Examples/coaching.toml \\
            --reports Examples/laporan-kinerja.csv \\
            --recommendations Examples/rekomendasi-perbaikan.csv \\
            --assigned-on 2026-11-25
        """
    )

    @Option(help: ArgumentHelp("The Laporan Kinerja Agen (.csv or .xml).", valueName: "file"))
    var reports: String

    @Option(help: ArgumentHelp("The Rekomendasi Perbaikan Kinerja Agen (.csv or .xml).", valueName: "file"))
    var recommendations: String?

    @Option(help: ArgumentHelp("Date the Kepala Kantor's assignment was received (default: today, WIB).", valueName: "date"))
    var assignedOn: String?

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones, file by file.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Who is away when: CSV with nip,tanggal,dari,sampai.", valueName: "file"))
    var unavailable: String?

    @Option(help: ArgumentHelp("The period, YYYY-MM (default: the latest in the report).", valueName: "period"))
    var period: String?

    @Flag(help: "Write the schedule even when some candidates do not fit.")
    var allowPartial = false

    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        if let assignedOn, CivilDate(parsing: assignedOn) == nil { throw ValidationError("--assigned-on must be a date like 2026-11-25") }
        if let period, Periode(parsing: period) == nil { throw ValidationError("--period must be a month as YYYY-MM") }
    }

    func run() throws {
        // Another run may commit a batch between reading the history and taking the register:
        // then the candidates are chosen again, so nobody is scheduled twice.
        for _ in 0..<5 {
            do {
                return try attempt()
            } catch is ConcurrentBatch {
                continue
            }
        }
        printError("error: other runs keep adding batches under \(out) at the same time; try again when they have finished")
        throw ExitCode(1)
    }

    /// A batch was committed by another run while this one was choosing its candidates.
    private struct ConcurrentBatch: Error {}

    private func attempt() throws {
        var timer = StageTimer()
        // Read once: the same text is hashed into the fingerprint and kept in the batch.
        let (configuration, settingsText) = try settings.loadWithText()
        let assigned = assignedOn.flatMap { CivilDate(parsing: $0) } ?? Self.todayInJakarta()
        let folder = try templateFolder(templates)
        // Templates first: a template problem stops the run before anything is read or written.
        let html = try loadTemplate(folder, "jadwal-coaching.html")
        let xml = try loadTemplate(folder, "jadwal-coaching.xml")

        // The same inputs, settings and templates make the same batch: name it instead of repeating it.
        var fingerprint = Fingerprint()
        let inputFiles = [reports] + [recommendations, unavailable].compactMap { $0 }
        for path in inputFiles {
            // Streamed: a large report is not held in memory twice.
            let source = try FileByteSource(path: path)
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if n == 0 { break }
                buffer.withUnsafeBytes { fingerprint.addPart(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            }
            fingerprint.end()
        }
        fingerprint.add(settingsText)
        fingerprint.add(assigned.description)
        fingerprint.add(period ?? "")
        for name in ["dokumen.html", "kop.html", "tanda-tangan.html", "gaya-cetak.css", "jadwal-coaching.html", "jadwal-coaching.xml"] {
            fingerprint.add(folder.source(name)?.source ?? "")
        }
        timer.mark("settings, templates, fingerprint")
        let batches = BatchFolder(root: URL(fileURLWithPath: out), year: assigned.year)
        if let same = batches.existing().first(where: {
            (try? String(contentsOf: $0.appendingPathComponent("sidik.txt"), encoding: .utf8)) == fingerprint.description + "\n"
        }) {
            print("This schedule already exists as \(same.path) (same inputs, settings and templates); nothing new was written.")
            return
        }

        // The inputs are copied into the batch while they are read and checked (the copy and its
        // flush to disk take a second for a large office); discarded unless the batch is committed.
        let (register, staged) = try RegisterAccess.open(out)
        let staging = staged.newStaging()
        let copiesFolder = "\(staging)/masukan-salinan"
        let copying = Background { [inputFiles, staged] in
            let target = staged.root.appendingPathComponent(copiesFolder)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for path in inputFiles {
                let source = URL(fileURLWithPath: path)
                try FileManager.default.copyItem(at: source, to: target.appendingPathComponent(source.lastPathComponent))
            }
            sync()
        }
        var committed = false
        defer {
            if !committed {
                _ = try? copying.value()
                staged.discard(staging)
            }
        }
        let inputs = try InputLoader(configuration: configuration).load(
            report: InputFile(name: reports, source: try FileByteSource(path: reports)),
            recommendations: try recommendations.map { InputFile(name: $0, source: try FileByteSource(path: $0)) },
            periode: period.flatMap { Periode(parsing: $0) })
        for check in inputs.checks { for d in check.log.sorted { printError(d.formatted) } }
        guard !inputs.hasErrors else {
            printError("The inputs have errors (above); nothing was written.")
            throw ExitCode(1)
        }
        timer.mark("read and check the inputs")
        var away: [Unavailability] = []
        if let unavailable {
            let (entries, log) = UnavailabilityReader().read(InputFile(name: unavailable, source: try FileByteSource(path: unavailable)))
            for d in log.sorted { printError(d.formatted) }
            guard !log.hasErrors else { throw ExitCode(1) }
            away = entries
        }

        let calendar = WorkingDayCalendar(options: configuration.calendar)
        let batchesSeen = try register.read { try $0.batches().map(\.id) }
        // The cool-down looks back at the sessions of earlier batches under the output root.
        var history = CoachingHistory()
        var historyLog = DiagnosticLog()
        for year in (assigned.year - 1)...assigned.year {
            for batch in BatchFolder(root: URL(fileURLWithPath: out), year: year).existing() {
                let path = batch.appendingPathComponent("jadwal-coaching.xml").path
                if let source = try? FileByteSource(path: path) { history.add(InputFile(name: path, source: source), log: &historyLog) }
            }
        }
        for d in historyLog.sorted { printError(d.formatted) }
        let lastSessions = history.lastSession
        guard let list = CandidateSelector(rules: configuration.rules, calendar: calendar, today: assigned,
                                           lastCoached: { lastSessions[$0] })
            .select(inputs, periode: period.flatMap { Periode(parsing: $0) }) else {
            printError("error: the report has no rows")
            throw ExitCode(1)
        }
        guard !list.candidates.isEmpty else {
            print("No one to coach in \(list.periode): \(list.skipped.count) of \(list.people) people skipped, nobody else meets a rule. Nothing was written.")
            for s in list.skipped { print("  \(s.nama) (\(s.nip)): \(s.reason)") }
            return
        }
        timer.mark("register, history, candidates")
        let schedule: Schedule
        do {
            schedule = try Scheduler(configuration: configuration, calendar: calendar).schedule(list.candidates, assignedOn: assigned, unavailable: away)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        timer.mark("schedule")
        for year in schedule.provisionalYears {
            printError("warning: the holidays of \(year) are an estimate, not yet decreed; check the deadline when the decree is out")
        }
        if !schedule.unplaced.isEmpty {
            for u in schedule.unplaced {
                printError("\(allowPartial ? "warning" : "error"): \(u.candidate.nama) (\(u.candidate.nip)) does not fit: \(u.reason). To fit: \(u.suggestion).")
            }
            guard allowPartial else {
                printError("\(schedule.unplaced.count) of \(list.candidates.count) candidates do not fit; nothing was written (use --allow-partial to write the rest).")
                throw ExitCode(1)
            }
        }

        // Number, files and register entry in one transaction: two runs at once take turns,
        // and a failed run takes no number and leaves no batch.
        let assessorsCSV = Array(CandidateReport(list).csv.utf8)
        timer.mark("candidate list")
        let written = try register.transaction { tx -> (folder: String, number: String) in
            guard try tx.batches().map(\.id) == batchesSeen else { throw ConcurrentBatch() }
            let registered = try tx.batches().filter { $0.year == assigned.year }.compactMap { Int($0.id.split(separator: "-").last ?? "") }
            let onDisk = batches.existing().compactMap { Int($0.lastPathComponent.split(separator: "-").last ?? "") }
            let batchID = String(format: "%d-%03d", assigned.year, (registered + onDisk).max().map { $0 + 1 } ?? 1)
            let folder = "\(assigned.year)/\(batchID)"
            let sequence = try tx.nextSequence(.jadwal, year: assigned.year)
            let number = "\(DocumentKind.jadwal.prefix)-\(sequence)/\(configuration.office.unitCode)/\(assigned.year)"
            let document = JadwalDocument(schedule: schedule, configuration: configuration, number: number)
            let value = document.value
            let missing = document.missingValues(in: value)
            guard missing.isEmpty else {
                for m in missing { printError("error: \(m)") }
                printError("The Jadwal Coaching cannot be signed without these; nothing was written.")
                throw ExitCode(1)
            }
            let htmlBytes = try html.render(value, sizeHint: 16_384), xmlBytes = try xml.render(value, sizeHint: 16_384)
            timer.mark("Jadwal HTML and XML")
            let files: [(String, [UInt8])] = [
                ("jadwal-coaching.html", htmlBytes),
                ("jadwal-coaching.xml", xmlBytes),
                ("kandidat.csv", assessorsCSV),
                ("lembar-kerja.csv", Worksheet.bytes(for: schedule)),
                ("coaching.toml", Array(settingsText.utf8)),
                ("sidik.txt", Array((fingerprint.description + "\n").utf8)),
            ]
            try copying.value()
            let batchFolder = staged.root.appendingPathComponent("\(staging)/\(folder)")
            try FileManager.default.createDirectory(at: batchFolder, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: staged.root.appendingPathComponent(copiesFolder), to: batchFolder.appendingPathComponent("masukan"))
            _ = try staged.stage(files.map { ("\(folder)/\($0.0)", $0.1) }, into: staging)
            timer.mark("files staged and flushed")
            // On a failure the staging folder goes with the deferred clean-up.
            try tx.insert(RegisteredBatch(id: batchID, year: assigned.year, folder: folder, assignedOn: assigned.description,
                                          deadline: schedule.deadline.description))
            let htmlHash = SHA256Digest.hex(htmlBytes), xmlHash = SHA256Digest.hex(xmlBytes)
            try tx.insert(RegisteredDocument(kind: .jadwal, year: assigned.year, sequence: sequence, number: number, batch: batchID,
                                             session: 0, nip: configuration.people.kepalaSeksiPKL.nip?.description ?? "",
                                             htmlPath: "\(folder)/jadwal-coaching.html", xmlPath: "\(folder)/jadwal-coaching.xml",
                                             htmlSHA256: htmlHash, xmlSHA256: xmlHash, draftedOn: assigned.description))
            try tx.audit(at: RegisterAccess.now(), actor: RegisterAccess.systemUser(), action: "konsep", batch: batchID, number: number,
                         detail: "\(schedule.sessions.count) sesi; jadwal-coaching.html", sha256: htmlHash)
            try tx.audit(at: RegisterAccess.now(), actor: RegisterAccess.systemUser(), action: "konsep", batch: batchID, number: number,
                         detail: "jadwal-coaching.xml", sha256: xmlHash)
            try tx.addPendingMove(staging)
            return (folder, number)
        }
        committed = true
        try staged.finishPendingMoves()
        timer.mark("register committed, files in place")
        let number = written.number
        print("Jadwal Coaching \(number) (KONSEP): \(schedule.sessions.count) sessions for \(list.candidates.count) candidates, \(schedule.sessionDays.first?.indonesian ?? "") to \(schedule.sessionDays.last?.indonesian ?? ""); deadline \(schedule.deadline.indonesianLong).")
        print("Written to \(URL(fileURLWithPath: out).appendingPathComponent(written.folder).path)/")
    }

    private func loadTemplate(_ folder: TemplateFolder, _ name: String) throws -> Template {
        do {
            return try folder.load(name, schema: JadwalDocument.schema)
        } catch let error as TemplateError {
            printError("\(error.file):\(error.line):\(error.column): error: \(error.message)")
            printError("The templates have an error; nothing was read or written.")
            throw ExitCode(1)
        }
    }

    /// Today's date in Asia/Jakarta (UTC+7, no daylight saving).
    static func todayInJakarta() -> CivilDate {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return CivilDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
