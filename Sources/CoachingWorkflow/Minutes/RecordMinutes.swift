import CoachingRegister
import CoachingCore
import Foundation

/// `coaching minutes`: the Quality Assessors' notes of a batch turned into Berita Acara.
public struct MinutesRequest: Sendable {
    /// The batch: its id (`2026-001`) or its folder.
    public var batch: String
    /// The filled-in worksheet (.xlsx, .csv or .xml).
    public var notes: String
    /// Write the sessions whose notes are in order and list the rest as pending.
    public var onlyValid: Bool
    /// Sessions whose approved Berita Acara is corrected (a new revision), and why.
    public var revise: Set<Int>
    public var reason: String

    public init(batch: String, notes: String, onlyValid: Bool = false, revise: Set<Int> = [], reason: String = "") {
        self.batch = batch
        self.notes = notes
        self.onlyValid = onlyValid
        self.revise = revise
        self.reason = reason
    }
}

/// What `minutes` did to a batch.
public struct MinutesOutcome: Sendable {
    /// A session still waiting for its notes, and why.
    public struct Pending: Sendable {
        public var session: Int
        public var nama: String
        public var nip: String
        public var why: String
    }

    public var batch: String
    public var jadwalNumber: String
    public var folder: URL
    public var held: Int
    public var absent: Int
    public var pending: [Pending]
    /// Numbers of the Berita Acara written new, redrawn (drafts whose notes changed) and revised.
    public var new: [String]
    public var redrawn: [String]
    public var revised: [String]
    /// Berita Acara that already matched their notes.
    public var unchanged: Int
    /// Problems in the notes that did not stop the step (with `onlyValid`, the rows left out).
    public var notices: [String]
    /// The no-shows of these notes, with what their records say follows.
    public var noShows: [NoShow]

    /// A no-show and its make-up (or the next batch).
    public struct NoShow: Sendable {
        public var session: Int
        public var nama: String
        public var nip: String
        public var makeUp: MakeUp
    }

    /// Nothing was written: the minutes already matched the notes.
    public var changedNothing: Bool { new.isEmpty && redrawn.isEmpty && revised.isEmpty }
}

extension Workflow {
    /// `--revise` names only sessions whose Berita Acara is approved: anything else (`--revise 99`)
    /// used to be ignored without a word.
    private func checkRevisions(_ sessions: Set<Int>, of opened: OpenedBatch, notices: [String]) throws(WorkflowError) {
        guard !sessions.isEmpty else { return }
        let approved: Set<Int>
        do {
            approved = Set(try opened.commits.read { try $0.documents(batch: opened.batch.id, kind: .beritaAcara) }
                .filter { $0.status >= .disetujui }.map(\.session))
        } catch { throw WorkflowError(.register, notices + ["error: " + environment.language.describe(error)]) }
        let wrong = sessions.subtracting(approved).sorted()
        guard wrong.isEmpty else {
            let list = wrong.map(String.init).joined(separator: ", ")
            let language = environment.language
            throw WorkflowError(.refused, notices + ["error: " + language.text(.reviseNotApproved, [
                "list": list, "batch": opened.batch.id.description, "session": language.noun(wrong.count, .nounSessionWord)])])
        }
    }

    /// Notes that leave a session empty whose Berita Acara was drawn from notes given before are
    /// older than those: the rekap would count the session as not reported while its Berita
    /// Acara stands. Refused, naming the sessions.
    private func checkNotOlder(_ plan: MinutesPlan, of opened: OpenedBatch, notices: [String]) throws(WorkflowError) {
        // Only sessions the notes leave empty; a row with errors is named by its errors.
        // The plan's reasons are in the run's language: compared with the same texts.
        let language = environment.language, noRow = language.text(.pendingNoRow), empty = language.text(.pendingEmpty)
        let pending = Set(plan.pending.filter { $0.why == noRow || $0.why == empty }.map(\.entry.number))
        guard !pending.isEmpty else { return }
        let drawn: [RegisteredDocument]
        do {
            drawn = try opened.commits.read { try $0.documents(batch: opened.batch.id, kind: .beritaAcara) }.filter { pending.contains($0.session) }
        } catch { throw WorkflowError(.register, notices + ["error: " + environment.language.describe(error)]) }
        guard !drawn.isEmpty else { return }
        let sessions = drawn.map { String($0.session) }.joined(separator: ", ")
        throw WorkflowError(.refused, notices + [
            "error: " + language.text(drawn.count > 1 ? .notesOlderMany : .notesOlderOne,
                                      ["sessions": sessions, "numbers": listedNumbers(drawn.map(\.number.description))]),
        ])
    }

    /// Up to five numbers, else the first and how many more.
    private func listedNumbers(_ numbers: [String]) -> String {
        numbers.count <= 5 ? numbers.joined(separator: ", ")
            : numbers.prefix(3).joined(separator: ", ") + environment.language.text(.andMore, ["count": "\(numbers.count - 3)"])
    }

    /// The line that records the Berita Acara's template set, unless it is the one recorded last.
    private func templatesToRecord(for opened: OpenedBatch) throws(WorkflowError) -> AuditLine? {
        let set = TemplateSet(.beritaAcara, templates: environment.templates)
        let audit: [AuditEntry]
        do { audit = try opened.commits.read { try $0.auditLog(batch: opened.batch.id, action: TemplateSet.action) } } catch { throw .error(.register, environment.language.describe(error)) }
        guard TemplateSet.recorded(.beritaAcara, in: audit)?.sha256 != set.sha256 else { return nil }
        return set.line(batch: opened.batch.id, at: environment.clock.timestamp, actor: environment.actor)
    }

    /// Steps 6–7: every row of the notes checked against the batch's Jadwal, then one Berita
    /// Acara per held session (a short record per no-show) and the rekap, numbered in the
    /// register. Approved minutes change only as a revision.
    public func recordMinutes(_ request: MinutesRequest) throws(WorkflowError) -> MinutesOutcome {
        var timer = StageTimer()
        let opened = try OpenedBatch.open(request.batch, root: environment.outputRoot, language: environment.language)
        // Minutes build on the Jadwal's approval: an approval written into the register by hand
        // must stop them, as it stops approving, receiving, printing and archiving.
        try opened.checkedRecord()
        timer.mark("open the batch")
        // The templates are loaded while the notes are read: each row is read against the session
        // its `sesi` names in the Jadwal, to recognise a NIP or a date a spreadsheet changed.
        let notesPath = request.notes, jadwal = opened.jadwal
        let reading = Background { NotesReader(jadwal: jadwal, language: environment.language).read(InputFile(name: notesPath, source: try FileByteSource(path: notesPath))) }
        let html = try environment.templates.document("berita-acara-coaching.html", schema: BeritaAcaraDocument.schema, language: environment.language)
        let xml = try environment.templates.document("berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema, language: environment.language)
        let rekap = try environment.templates.document(BatchLayout.rekap, schema: RekapDocument.schema, language: environment.language)
        let rows: [SessionNotes], readLog: DiagnosticLog
        do { (rows, readLog) = try reading.value() } catch { throw .error(.invalidInput, environment.language.describe(error)) }
        timer.mark("  read the notes")
        // The batch's no-show records: the make-up each proposes is a day the notes may give.
        let noShows: NoShowRecords
        do {
            noShows = NoShowRecords(try opened.commits.read { try $0.documents(batch: opened.batch.id, kind: .beritaAcara) }, root: opened.commits.root)
        } catch { throw .error(.register, environment.language.describe(error)) }
        let calendar = WorkingDayCalendar(options: opened.configuration.calendar)
        timer.mark("  read the no-show records")
        var plan = MinutesPlan(jadwal: opened.jadwal, notes: rows, log: readLog, calendar: calendar, makeUps: noShows.makeUpDays,
                               language: environment.language)
        timer.mark("  check the notes against the Jadwal")
        // Each no-show gets its make-up (or the next batch), from the day after today.
        let today = environment.clock.today
        do {
            plan.ready = try MakeUpSlot(configuration: opened.configuration, calendar: calendar)
                .settle(plan.ready, jadwal: opened.jadwal, today: today, standing: noShows.standing(for: plan))
        } catch { throw .error(.invalidInput, environment.language.describe(error)) }
        timer.mark("read and check the notes")
        let notices = opened.notices + plan.log.sorted.map(\.formatted)
        if plan.log.hasErrors && !request.onlyValid {
            throw WorkflowError(.invalidInput, notices + [environment.language.text(.notesHaveErrors)])
        }
        let missing = BeritaAcaraDocument.missingSettings(opened.configuration) + RekapDocument.missingSettings(opened.configuration)
        guard missing.isEmpty else {
            throw WorkflowError(.invalidInput, notices + missing.map { "error: \($0)" } + [environment.language.text(.minutesCannotBeSigned)])
        }
        try checkRevisions(request.revise, of: opened, notices: notices)
        try checkNotOlder(plan, of: opened, notices: notices)
        var recorder = MinutesRecorder(batch: opened.batch, jadwal: opened.jadwal, configuration: opened.configuration, html: html, xml: xml,
                                       rekap: rekap, actor: environment.actor, now: environment.clock.timestamp, today: environment.clock.today)
        recorder.revise = request.revise
        recorder.reason = request.reason
        recorder.templateLine = try templatesToRecord(for: opened)
        recorder.notice = try environment.templates.document(BatchLayout.noticeTemplate, schema: TeamLeaderNoticeDocument.schema, language: environment.language)
        recorder.stamp = environment.clock.utcStamp
        recorder.progress = environment.progress
        let recorded: MinutesRecorder.Outcome
        do {
            recorded = try recorder.record(plan, commits: opened.commits)
        } catch let change as MinutesRecorder.ApprovedChange {
            throw WorkflowError(.refused, notices + ["error: " + environment.language.text(.approvedCannotChange, ["number": change.number, "session": "\(change.session)"])])
        } catch let error as WorkflowError {
            throw error
        } catch {
            throw WorkflowError(.register, notices + ["error: " + environment.language.describe(error)])
        }
        timer.mark("draw, register, stage and move into place")
        let summary = RekapDocument(jadwal: opened.jadwal, plan: plan, numbers: recorded.numbers, drawnOn: environment.clock.today)
        return MinutesOutcome(
            batch: opened.batch.id.description, jadwalNumber: opened.jadwal.number, folder: opened.folder, held: summary.held, absent: summary.absent,
            pending: plan.pending.map { .init(session: $0.entry.number, nama: $0.entry.nama, nip: $0.entry.nip.description, why: $0.why) },
            new: recorded.new, redrawn: recorded.redrawn, revised: recorded.revised, unchanged: recorded.unchanged, notices: notices,
            noShows: plan.ready.compactMap { item in
                item.makeUp.map { .init(session: item.entry.number, nama: item.entry.nama, nip: item.entry.nip.description, makeUp: $0) }
            })
    }
}
