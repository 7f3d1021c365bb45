import Foundation
import CoachingCore
import CoachingRegister

/// `coaching status`: where one batch, or every open one, stands in the SOP.
public struct StatusRequest: Sendable {
    /// A batch id or folder; nil for every batch not yet finished.
    public var batch: String?
    /// Count the working days up to this day (default: today, WIB).
    public var today: CivilDate?

    public init(batch: String? = nil, today: CivilDate? = nil) {
        self.batch = batch
        self.today = today
    }
}

/// Where the batches stand, and the batches that could not be read.
public struct StatusOutcome: Sendable {
    public var statuses: [BatchStatus]
    /// One line per batch that cannot be read (`warning: batch 2026-003 is left out: …`): the
    /// others are still shown, so one damaged batch does not hide the office's work.
    public var notices: [String]
    /// Every batch asked for: those left out because their last step (archiving) is done, so
    /// that "no open batch" can say they exist and how to see them (issue #19, surprise 5).
    public var archived: [String] = []
    /// The batches that exist but could not be read (each named in `notices`): "no batch" must
    /// not be said when there are some the office cannot see.
    public var leftOut: [String] = []
}

extension Workflow {
    /// The status of the batch asked for, or of every batch whose last step is not done.
    public func status(_ request: StatusRequest) throws(WorkflowError) -> StatusOutcome {
        let day = request.today ?? environment.clock.today
        if let batch = request.batch {
            let opened = try OpenedBatch.open(batch, root: environment.outputRoot, language: environment.language)
            return StatusOutcome(statuses: [try Self.status(of: opened, today: day, chainBreak: try opened.commits.auditChainBreak(language: environment.language))], notices: [])
        }
        // Nothing scheduled yet (no register, no batch folder): no batch to show, which the
        // command line says with what to do, rather than an error about a register.
        let root = environment.outputRoot
        let years = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.filter { $0.count == 4 && Int($0) != nil } ?? []
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent(Register.fileName).path) && years.isEmpty {
            return StatusOutcome(statuses: [], notices: [])
        }
        let commits = try CommitPath.open(environment.outputRoot, create: false, language: environment.language)
        let batches: [RegisteredBatch]
        do { batches = try commits.read { try $0.batches() } } catch { throw .error(.register, environment.language.describe(error)) }
        var outcome = StatusOutcome(statuses: [], notices: [])
        let chainBreak = try commits.auditChainBreak(language: environment.language)
        for batch in batches {
            do {
                let status = try Self.status(of: try OpenedBatch.open(batch.id.description, commits: commits, language: environment.language), today: day, chainBreak: chainBreak)
                if !(status.steps.last?.done ?? false) { outcome.statuses.append(status) } else { outcome.archived.append(status.batch) }
            } catch {
                outcome.leftOut.append(batch.id.description)
                outcome.notices.append(environment.language.text(.statusBatchLeftOut, [
                    "batch": batch.id.description, "reason": error.lines.joined(separator: " ").replacingOccurrences(of: "error: ", with: "")]))
            }
        }
        return outcome
    }

    private static func status(of opened: OpenedBatch, today: CivilDate, chainBreak: Message?) throws(WorkflowError) -> BatchStatus {
        let record = try opened.checkedRecord(chainBreak: chainBreak)
        var status = BatchStatus(batch: opened.batch, documents: record.documents, sessions: opened.jadwal.entries.count,
                           calendar: WorkingDayCalendar(options: opened.configuration.calendar), today: today,
                           people: opened.configuration.people,
                           absent: NoShowRecords(record.documents, root: opened.commits.root).absences(opened.jadwal), audit: record.audit,
                           language: opened.configuration.language)
        status.pdf = try printed(opened, documents: record.documents)
        status.signed = try signedCopies(opened)
        return status
    }

    /// The signed copies and scans on record, in the register's order of paths.
    static func signedCopies(_ opened: OpenedBatch) throws(WorkflowError) -> [BatchStatus.Signed]? {
        do {
            let copies = try opened.commits.read { tx in try tx.copies(batch: opened.batch.id) }.filter { $0.form != .pdf }
            guard !copies.isEmpty else { return nil }
            return copies.map {
                BatchStatus.Signed(document: $0.number.isEmpty ? "rekap" : $0.number, form: $0.form.rawValue, signer: $0.signer, signerID: $0.signerID,
                                   path: $0.path)
            }
        } catch { throw .error(.register, opened.configuration.language.describe(error)) }
    }

    /// The PDFs on record against the documents' HTML as the register holds it.
    private static func printed(_ opened: OpenedBatch, documents: [RegisteredDocument]) throws(WorkflowError) -> BatchStatus.Printed? {
        do {
            return try opened.commits.read { tx in
                let copies = try tx.copies(batch: opened.batch.id).filter { $0.form == .pdf }
                guard !copies.isEmpty else { return nil }
                var html = Dictionary(documents.map { ($0.htmlPath, $0.htmlSHA256) }, uniquingKeysWith: { a, _ in a })
                let rekap = "\(opened.batch.folder)/\(BatchLayout.rekap)"
                if let sha = try tx.files(batch: opened.batch.id)[rekap] { html[rekap] = sha }
                let current = copies.count { html[$0.source] == $0.basis }
                return BatchStatus.Printed(documents: html.count, current: current, outdated: copies.count - current)
            }
        } catch { throw .error(.register, opened.configuration.language.describe(error)) }
    }
}
