import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

/// Step 5 of the SOP as files, written with the batch: a preparation sheet per session and a
/// list per Quality Assessor. Written when the batch is made because that is when the report
/// (six periods of it), the candidates' traced reasons and the recommendations are in memory:
/// drawing them at the approval would read a large office's report a second time, and the
/// data they show does not change with the approval.
struct PrepareSessions {
    /// The audit log's action.
    static let action = "persiapan"

    let schedule: Schedule
    let inputs: LoadedInputs
    let periode: Periode
    let configuration: Configuration
    let sheet: Template
    let list: Template
    /// Earlier sessions of the coachees, from the register (``earlierSessions(commits:inputs:coachees:configuration:today:)``).
    let earlier: [NIP: [EarlierSession]]

    /// What was drawn: the files' hashes, already written into the staging area.
    struct Drawn {
        var files: [HashedFile]
        var summary: String
    }

    /// Draws every sheet on every core, writing each into `staging` as it is drawn.
    func draw(folder: String, jadwalNumber: String, staging: StagingArea, progress: any ProgressReporter = SilentProgress()) throws -> Drawn {
        var timer = StageTimer()
        defer { timer.mark("step 5: preparation sheets and lists drawn, written and hashed") }
        let coachees = Set(schedule.sessions.map(\.candidate.nip))
        let window = PerformanceWindow(records: inputs.records, layout: inputs.layout, periode: periode, coachees: coachees)
        var recommendations: [NIP: [Recommendation]] = [:]
        for r in inputs.recommendations where r.periode == periode && coachees.contains(r.nip) { recommendations[r.nip, default: []].append(r) }
        let base = "\(folder)/\(BatchLayout.preparationFolder)"
        try staging.makeFolder(base)
        let width = schedule.sessions.count
        let names = schedule.sessions.map { BatchLayout.minutesName(session: $0.number, sessions: width) + ".html" }
        let (configuration, sheet, earlier, recs) = (self.configuration, self.sheet, self.earlier, recommendations)
        let counter = ProgressCounter(.preparationSheets, total: names.count, reporter: progress)
        defer { counter.end() }
        let drawn = Array(zip(schedule.sessions, names)).parallelMap(minimumPerThread: 64) { session, name in
            Result { () throws -> HashedFile in
                let document = PreparationSheetDocument(
                    session: session, jadwalNumber: jadwalNumber, window: window.window,
                    series: window.series(of: session.candidate.nip, team: session.candidate.tim),
                    recommendations: recs[session.candidate.nip] ?? [], earlier: earlier[session.candidate.nip] ?? [], configuration: configuration)
                let bytes = try sheet.render(document.value, sizeHint: 24_576)
                try staging.write([("\(base)/\(name)", bytes)])
                counter.advance()
                return HashedFile(path: "\(base)/\(name)", bytes: bytes)
            }
        }
        var files = try drawn.map { try $0.get() }
        // One list per Quality Assessor, in the order the settings name them.
        var lists: [(String, [UInt8])] = []
        for assessor in configuration.people.qualityAssessors {
            let theirs = zip(schedule.sessions, names).filter { $0.0.assessor == assessor }.map { (session: $0.0, sheet: $0.1) }
            guard !theirs.isEmpty, let nip = assessor.nip else { continue }
            let value = AssessorListDocument(assessor: assessor, sessions: theirs, jadwalNumber: jadwalNumber, configuration: configuration).value
            lists.append(("\(base)/qa-\(nip).html", try list.render(value, sizeHint: 16_384)))
        }
        try staging.write(lists)
        files += lists.map { HashedFile(path: $0.0, bytes: $0.1) }
        return Drawn(files: files, summary: "\(names.count) lembar persiapan, \(lists.count) daftar Quality Assessor")
    }

    /// The coachees' sessions in earlier batches: their approved (or later) Berita Acara, as
    /// the register holds them (files whose hash no longer matches are passed over). Their
    /// commitments are judged on `today` by the analysis' own judgement
    /// (``EffectivenessEstimator/commitments(history:sessions:today:)``: on the commitment's
    /// aspect, against its minimum and baseline) over the coachees' rows of the report.
    static func earlierSessions(commits: CommitPath, inputs: LoadedInputs, coachees: Set<NIP>, configuration: Configuration,
                                today: CivilDate) -> [NIP: [EarlierSession]] {
        guard let documents = try? commits.read({ try $0.approvedMinutes(of: coachees.map(\.description).sorted()) }) else { return [:] }
        var read: [(nip: NIP, record: BeritaAcaraReader.Record, session: CoachedSession)] = []
        for d in documents {
            guard case .valid(let nip, _) = NIP.validate(Array(d.nip.utf8), isPPPK: true), coachees.contains(nip) else { continue }
            let url = commits.root.appendingPathComponent(d.xmlPath, isDirectory: false)
            guard let bytes = try? BatchFiles.contents(url.path), SHA256Digest.hex(bytes) == d.xmlSHA256 else { continue }
            var log = DiagnosticLog()
            guard let record = BeritaAcaraReader.read(InputFile(name: url.path, source: MemoryByteSource(bytes)), validate: false, language: .id, log: &log) else { continue }
            let notes = record.item.notes, entry = record.item.entry
            read.append((nip, record, CoachedSession(
                beritaAcara: d.number.description, batch: d.batch.description, nip: nip, date: notes.heldOn ?? entry.date, coach: entry.coach.name,
                aspects: entry.focus.map(\.aspect), commitments: notes.commitments.map { .init(text: $0.text, target: $0.target) },
                source: SourceLocation(file: d.xmlPath))))
        }
        // The coachees' rows only: a small history, judged as the analysis judges.
        var history = ReportHistory()
        history.add(inputs.records.lazy.filter { coachees.contains($0.nip) }, name: inputs.reportFile, layout: inputs.layout)
        _ = history.finish()
        let judged = EffectivenessEstimator(options: configuration.effectiveness, rules: configuration.rules)
            .commitments(history: history, sessions: read.map(\.session), today: today)
        var next = judged.makeIterator()
        var found: [NIP: [EarlierSession]] = [:]
        for (nip, record, session) in read {
            let notes = record.item.notes
            // In session order, each session's commitments in their order.
            let commitments = session.commitments.map { c in
                EarlierSession.Commitment(text: c.text, target: c.target,
                                          outcome: next.next().map { EarlierSession.outcome($0, session: session.date, names: configuration.names) } ?? "")
            }
            found[nip, default: []].append(EarlierSession(
                number: session.beritaAcara, date: session.date, attended: notes.attendance == .held, discussion: notes.discussion,
                commitments: commitments))
        }
        for key in found.keys { found[key]!.sort { $0.date < $1.date } }
        return found
    }
}
