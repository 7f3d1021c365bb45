import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

extension Workflow {
    /// Steps 1–4 up to the draft: from the report and the recommendations to a new batch with
    /// the draft (KONSEP) Jadwal Coaching, its candidate list and worksheet, numbered in the
    /// register. The batch appears whole or not at all.
    public func schedule(_ request: ScheduleRequest) throws(WorkflowError) -> ScheduleOutcome {
        // Another run may commit a batch between reading the history and taking the register:
        // then the candidates are chosen again, so nobody is scheduled twice.
        for _ in 0..<5 {
            do {
                return try ScheduleBatch(request: request, environment: environment).run()
            } catch is ScheduleBatch.ConcurrentBatch {
                continue
            } catch let error as WorkflowError {
                throw error
            } catch {
                throw .error(.register, environment.language.describe(error))
            }
        }
        throw .error(.register, environment.language.text(.scheduleConcurrent, ["root": environment.shownRoot]))
    }

    /// What `schedule` takes when it is not told: said before it runs, so the person sees it
    /// even when the run stops on an error.
    public func scheduleAssumptions(_ request: ScheduleRequest) -> ScheduleOutcome.Assumptions {
        ScheduleOutcome.Assumptions(assignedOn: request.assignedOn ?? environment.clock.today, assignedOnIsToday: request.assignedOn == nil,
                                    withoutRecommendations: request.recommendations == nil)
    }
}

/// One attempt at scheduling a batch: the stages in order, each a method below.
struct ScheduleBatch {
    /// A batch was committed by another run while this one was choosing its candidates.
    struct ConcurrentBatch: Error {}

    let request: ScheduleRequest
    let environment: WorkflowEnvironment
    var configuration: Configuration { request.settings.configuration }
    var language: Language { environment.language }

    func run() throws -> ScheduleOutcome {
        var timer = StageTimer()
        let assigned = request.assignedOn ?? environment.clock.today
        // Templates first: a template problem stops the run before anything is read or written.
        let consequence = language.text(.templatesErrorNothingWritten)
        let html = try environment.templates.document(BatchLayout.jadwalHTML, schema: JadwalDocument.schema, language: environment.language, consequence: consequence)
        let xml = try environment.templates.document(BatchLayout.jadwalXML, schema: JadwalDocument.schema, language: environment.language, consequence: consequence)
        let sheet = try environment.templates.document(BatchLayout.preparationTemplate, schema: PreparationSheetDocument.schema, language: environment.language, consequence: consequence)
        let assessorList = try environment.templates.document(BatchLayout.assessorListTemplate, schema: AssessorListDocument.schema, language: environment.language, consequence: consequence)
        let inputFiles = [request.reports] + [request.recommendations, request.unavailable].compactMap { $0 }
        // The earlier reports the loop back reads change the candidates as much as the report
        // does: a run after one of them changed is a new batch, not the same one again.
        let earlierReports = EarlierReports(configuration.effectiveness.earlierReports, settingsFile: request.settings.file,
                                            excluding: request.reports, language: language).files
        let fingerprint = try InputFingerprint.of(files: inputFiles + earlierReports, settingsText: request.settings.text, assignedOn: assigned,
                                                  period: request.period, templates: environment.templates)
        timer.mark("settings, templates, fingerprint")
        let batches = BatchFolders(root: environment.outputRoot, year: assigned.year)
        if let same = batches.existing().first(where: {
            (try? String(contentsOf: $0.appendingPathComponent(BatchLayout.fingerprint), encoding: .utf8)) == fingerprint.description + "\n"
        }) {
            return ScheduleOutcome(result: .alreadyScheduled(folder: same), notices: [])
        }

        let commits = try CommitPath.open(environment.outputRoot, create: true, language: environment.language)
        let staging = commits.begin()
        // The inputs are copied into the batch while they are read and checked (the copy and its
        // flush to disk take a second for a large office); discarded unless the batch is committed.
        let copying = Self.copy(inputFiles, into: staging)
        var committed = false
        defer {
            if !committed {
                _ = try? copying.value()
                staging.discard()
            }
        }
        // Read before the history: a batch committed after this makes the commit start over.
        let batchesSeen = try commits.read { try $0.batches().map(\.id) }
        var notices: [String] = []
        let (list, away, inputs) = try candidates(assigned: assigned, commits: commits, notices: &notices)
        timer.mark("read the inputs, history, candidates")
        guard !list.candidates.isEmpty else { return ScheduleOutcome(result: .nobodyToCoach(list), notices: notices) }
        let schedule = try plan(list, assigned: assigned, away: away, notices: &notices)
        timer.mark("schedule")
        let report = CandidateReport(list, names: configuration.names)
        let earlier = PrepareSessions.earlierSessions(commits: commits, inputs: inputs, coachees: Set(schedule.sessions.map(\.candidate.nip)),
                                                      configuration: configuration, today: assigned)
        let preparation = PrepareSessions(schedule: schedule, inputs: inputs, periode: list.periode, configuration: configuration,
                                          sheet: sheet, list: assessorList, earlier: earlier)
        timer.mark("earlier sessions")
        let roster = TeamLeaderRoster(records: inputs.records, periode: list.periode, coachees: Set(schedule.sessions.map(\.candidate.nip)))
        let drawn = Drawing(html: html, xml: xml, candidates: Array(report.csv.utf8), candidatesWorkbook: try report.xlsx(date: schedule.assignedOn),
                            fingerprint: fingerprint, teamLeaders: roster.tsv, preparation: preparation)
        let written = try commits.commit(staging) { tx in
            try record(schedule, drawn, tx: tx, staging: staging, copying: copying, batchesSeen: batchesSeen, notices: notices)
        }
        committed = true
        if let note = written.settingsNote { notices.append(note) }
        timer.mark("register committed, files in place")
        let batch = ScheduleOutcome.NewBatch(
            number: written.number, folder: environment.outputRoot.appendingPathComponent(written.folder), sessions: schedule.sessions.count,
            candidates: list.candidates.count, firstDay: schedule.sessions.map(\.date).min(), lastDay: schedule.sessions.map(\.date).max(),
            windowFirst: schedule.sessionDays.first, windowLast: schedule.sessionDays.last, deadline: schedule.deadline,
            unplacedList: schedule.unplaced.isEmpty ? nil
                : environment.outputRoot.appendingPathComponent(written.folder).appendingPathComponent(UnplacedList.fileName))
        return ScheduleOutcome(result: .scheduled(batch), notices: notices)
    }

    /// Copies the input files into the staging area's `masukan-salinan` in the background,
    /// hashing each as it is copied, for the register.
    private static func copy(_ files: [String], into staging: StagingArea) -> Background<[HashedFile]> {
        Background {
            let target = staging.url(copiesFolder)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            var copies: [HashedFile] = []
            for path in files {
                let source = URL(fileURLWithPath: path), copy = target.appendingPathComponent(source.lastPathComponent)
                copies.append(try HashedFile(path: source.lastPathComponent, copying: path, to: copy.path))
            }
            sync()
            return copies
        }
    }

    private static let copiesFolder = "masukan-salinan"

    /// The checked inputs, the candidates (cool-down included) and who is away.
    private func candidates(assigned: CivilDate, commits: CommitPath, notices: inout [String]) throws(WorkflowError) -> (CandidateList, [Unavailability], LoadedInputs) {
        let (inputs, inputNotices) = try InputReading.load(
            reports: request.reports, recommendations: request.recommendations, period: request.period, configuration: configuration,
            today: environment.clock.today, consequence: language.text(.inputsErrorNothingWritten))
        notices += inputNotices
        var away: [Unavailability] = []
        if let unavailable = request.unavailable {
            let source: FileByteSource
            do { source = try FileByteSource(path: unavailable) } catch { throw .error(.invalidInput, FileProblem(error, path: unavailable).text(language)) }
            let (entries, log) = UnavailabilityReader(language: language).read(InputFile(name: unavailable, source: source))
            notices += log.sorted.map(\.formatted)
            guard !log.hasErrors else { throw WorkflowError(.invalidInput, notices) }
            away = entries
        }
        let (list, historyNotices) = CandidateSelection(configuration: configuration, today: assigned, outputRoot: environment.outputRoot,
                                                        settingsFile: request.settings.file, commits: commits)
            .select(inputs, period: request.period)
        notices += historyNotices
        guard let list else { throw WorkflowError(.invalidInput, notices + [language.text(.scheduleNoRows)]) }
        return (list, away, inputs)
    }

    /// The sessions; candidates that do not fit stop the step unless `allowPartial`.
    private func plan(_ list: CandidateList, assigned: CivilDate, away: [Unavailability],
                      notices: inout [String]) throws(WorkflowError) -> Schedule {
        let schedule: Schedule
        do {
            schedule = try Scheduler(configuration: configuration, calendar: WorkingDayCalendar(options: configuration.calendar))
                .schedule(list.candidates, assignedOn: assigned, unavailable: away)
        } catch {
            throw WorkflowError(.invalidInput, notices + ["error: " + environment.language.describe(error)])
        }
        for year in schedule.provisionalYears {
            notices.append(language.text(.provisionalHolidays, ["year": "\(year)"]))
        }
        guard !schedule.unplaced.isEmpty else { return schedule }
        // A summary, not a line per person: a large office short of coaches has a thousand (issue #19, surprise 4).
        notices += UnplacedList.summary(schedule.unplaced, of: list.candidates.count, severity: request.allowPartial ? "warning" : "error",
                                        language: language)
        guard request.allowPartial else {
            // Nothing is written, so the first few are named here; the batch would hold the whole list.
            let named = schedule.unplaced.prefix(10).map { language.text(.unplacedOne, ["name": $0.candidate.nama, "nip": $0.candidate.nip.description]) }
            let more = schedule.unplaced.count > 10 ? [language.text(.andMore, ["count": (schedule.unplaced.count - 10).grouped(language)]).trimmingCharacters(in: .whitespaces)] : []
            throw WorkflowError(.invalidInput, notices + [language.text(.unplacedFirst)] + named + more.map { "    " + $0 }
                                + [language.text(.unplacedRefused, ["file": UnplacedList.fileName])])
        }
        return schedule
    }

    /// The templates and what the batch's files are made from, besides the schedule.
    struct Drawing {
        let html: Template
        let xml: Template
        let candidates: [UInt8]
        /// `kandidat.xlsx`, stamped with the assignment day like the worksheet.
        let candidatesWorkbook: [UInt8]
        let fingerprint: Fingerprint
        /// Who leads each coachee's team, for the distribution at the approval.
        let teamLeaders: [UInt8]
        /// The preparation sheets (step 5), drawn once the Jadwal has its number.
        let preparation: PrepareSessions
    }

    /// Inside the register's transaction: the batch's id and the Jadwal's number, its files
    /// drawn and staged, and the batch, the document and the audit lines recorded. Two runs at
    /// once take turns, and a failed run takes no number and leaves no batch.
    private func record(_ schedule: Schedule, _ drawing: Drawing, tx: RegisterTransaction, staging: StagingArea,
                        copying: Background<[HashedFile]>, batchesSeen: [BatchID], notices: [String]) throws -> (folder: String, number: String, settingsNote: String?) {
        guard try tx.batches().map(\.id) == batchesSeen else { throw ConcurrentBatch() }
        let year = schedule.assignedOn.year
        let batchID = try nextBatchID(year: year, tx: tx)
        let folder = batchID.folder
        let number = DocumentNumber(kind: .jadwal, sequence: try tx.nextSequence(.jadwal, year: year), unit: configuration.office.unitCode, year: year)
        let document = JadwalDocument(schedule: schedule, configuration: configuration, number: number.description)
        let value = document.value
        let missing = document.missingValues(in: value)
        guard missing.isEmpty else {
            throw WorkflowError(.invalidInput, notices + missing.map { "error: \($0)" } + [language.text(.jadwalCannotBeSigned)])
        }
        let htmlBytes = try drawing.html.render(value, sizeHint: 16_384), xmlBytes = try drawing.xml.render(value, sizeHint: 16_384)
        let copies = try copying.value()
        try staging.makeFolder(folder)
        try FileManager.default.moveItem(at: staging.url(Self.copiesFolder), to: staging.url("\(folder)/\(BatchLayout.inputsFolder)"))
        let files: [(String, [UInt8])] = [
            (BatchLayout.candidates, drawing.candidates), (BatchLayout.candidatesWorkbook, drawing.candidatesWorkbook),
            (BatchLayout.worksheet, Worksheet.bytes(for: schedule, names: configuration.names)),
            (BatchLayout.worksheetWorkbook, try Worksheet.xlsx(for: schedule, names: configuration.names)),
            (BatchLayout.settings, Array(request.settings.text.utf8)), (BatchLayout.fingerprint, Array((drawing.fingerprint.description + "\n").utf8)),
            (BatchLayout.teamLeaders, drawing.teamLeaders),
        ] + (schedule.unplaced.isEmpty ? [] : [(UnplacedList.fileName, UnplacedList.csv(schedule.unplaced))])
        let others = files.map { ("\(folder)/\($0.0)", $0.1) }
        let prepared = try drawing.preparation.draw(folder: folder, jadwalNumber: number.description, staging: staging, progress: environment.progress)
        try staging.stage([("\(folder)/\(BatchLayout.jadwalHTML)", htmlBytes), ("\(folder)/\(BatchLayout.jadwalXML)", xmlBytes)] + others)
        try tx.insert(RegisteredBatch(id: batchID, assignedOn: schedule.assignedOn, deadline: schedule.deadline))
        // Every other file of the batch is hashed too, so an edit is found by name later.
        try tx.record(others.map { HashedFile(path: $0.0, bytes: $0.1) }
                      + copies.map { HashedFile(path: "\(folder)/\(BatchLayout.inputsFolder)/\($0.path)", sha256: $0.sha256, size: $0.size) }
                      + prepared.files, batch: batchID)
        let htmlHash = SHA256Digest.hex(htmlBytes), xmlHash = SHA256Digest.hex(xmlBytes)
        try tx.insert(RegisteredDocument(number: number, batch: batchID, session: 0, nip: configuration.people.kepalaSeksiPKL.nip?.description ?? "",
                                         htmlPath: "\(folder)/\(BatchLayout.jadwalHTML)", xmlPath: "\(folder)/\(BatchLayout.jadwalXML)",
                                         htmlSHA256: htmlHash, xmlSHA256: xmlHash, draftedOn: schedule.assignedOn))
        let now = environment.clock.timestamp
        try tx.audit([
            AuditLine(at: now, actor: environment.actor, action: "konsep", batch: batchID, number: number,
                      detail: "\(schedule.sessions.count) sesi; \(BatchLayout.jadwalHTML)", sha256: htmlHash),
            AuditLine(at: now, actor: environment.actor, action: "konsep", batch: batchID, number: number,
                      detail: BatchLayout.jadwalXML, sha256: xmlHash),
            AuditLine(at: now, actor: environment.actor, action: PrepareSessions.action, batch: batchID, number: number, detail: prepared.summary),
        ])
        let settings = SettingsRecord(request.settings).line(after: try tx.lastAuditLine(action: SettingsRecord.action), batch: batchID,
                                                            at: now, actor: environment.actor, language: language)
        if let settings { try tx.audit([settings.line]) }
        try tx.audit([TemplateSet(.jadwal, templates: environment.templates).line(batch: batchID, at: now, actor: environment.actor)])
        return (folder, number.description, settings?.note)
    }

    /// The next batch of `year`: one past the highest in the register or on disk (a folder
    /// left by a register that was replaced is never reused).
    private func nextBatchID(year: Int, tx: RegisterTransaction) throws -> BatchID {
        let registered = try tx.batches().map(\.id).filter { $0.year == year }.map(\.sequence)
        let onDisk = BatchFolders(root: environment.outputRoot, year: year).existing().compactMap { BatchID(parsing: $0.lastPathComponent)?.sequence }
        return BatchID(year: year, sequence: ((registered + onDisk).max() ?? 0) + 1)
    }
}
