import CoachingRegister
import CoachingCore
import Foundation

/// `coaching approve`: the Kepala Seksi PKL approves the Jadwal (step 4) or Berita Acara (step 8).
public struct ApprovalRequest: Sendable {
    public enum Document: Sendable { case jadwal, beritaAcara }

    /// The batch: its id (`2026-001`) or its folder.
    public var batch: String
    public var document: Document
    /// Only these sessions' Berita Acara; every draft when empty.
    public var sessions: [Int]
    /// The NIP given as `--by`, checked against the batch's settings.
    public var by: String
    public var on: CivilDate

    public init(batch: String, document: Document, sessions: [Int] = [], by: String, on: CivilDate) {
        self.batch = batch
        self.document = document
        self.sessions = sessions
        self.by = by
        self.on = on
    }
}

/// What an approval or a receipt recorded.
public struct LifecycleOutcome: Sendable {
    /// Numbers of the documents approved or received now.
    public var done: [String]
    /// What was left alone and why (already approved, not yet approved …).
    public var notes: [String]
    /// The name the batch's settings give the person who acted.
    public var actorName: String
    public var folder: URL
    /// Warnings from reading the batch.
    public var notices: [String]
}

extension Workflow {
    /// Records the approval and writes the final documents, drawn again from the drafts
    /// without KONSEP and dated. Only the Kepala Seksi PKL the batch's settings name.
    public func approve(_ request: ApprovalRequest) throws(WorkflowError) -> LifecycleOutcome {
        let (opened, lifecycle) = try lifecycle(of: request.batch)
        let outcome = try Lifecycle.run(notices: opened.notices, language: environment.language) {
            try sameTemplates(request.document, as: opened)
            switch request.document {
            case .jadwal:
                return try lifecycle.approveJadwal(
                    on: request.on, by: request.by,
                    html: try environment.templates.document(BatchLayout.jadwalHTML, schema: JadwalDocument.schema, language: environment.language),
                    xml: try environment.templates.document(BatchLayout.jadwalXML, schema: JadwalDocument.schema, language: environment.language),
                    notice: try environment.templates.document(BatchLayout.noticeTemplate, schema: TeamLeaderNoticeDocument.schema, language: environment.language),
                    stamp: environment.clock.utcStamp)
            case .beritaAcara:
                return try lifecycle.approveMinutes(
                    request.sessions, on: request.on, by: request.by,
                    html: try environment.templates.document("berita-acara-coaching.html", schema: BeritaAcaraDocument.schema, language: environment.language),
                    xml: try environment.templates.document("berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema, language: environment.language),
                    rekap: try environment.templates.document(BatchLayout.rekap, schema: RekapDocument.schema, language: environment.language))
            }
        }
        return LifecycleOutcome(done: outcome.done, notes: outcome.notes, actorName: opened.configuration.people.kepalaSeksiPKL.name,
                                folder: opened.folder, notices: opened.notices)
    }
}

extension Workflow {
    /// Refuses to approve with templates other than those the drafts were drawn with.
    private func sameTemplates(_ document: ApprovalRequest.Document, as opened: OpenedBatch) throws {
        let (set, number): (TemplateSet.Document, String) = document == .jadwal ? (.jadwal, opened.jadwal.number) : (.beritaAcara, environment.language.text(.templatesChangedMinutes, ["batch": opened.batch.id.description]))
        let audit = try opened.commits.read { try $0.auditLog(batch: opened.batch.id, action: TemplateSet.action) }
        if let refusal = TemplateSet(set, templates: environment.templates).refusal(against: TemplateSet.recorded(set, in: audit), number: number, language: environment.language) {
            throw Lifecycle.Refusal(description: refusal)
        }
    }

    /// The batch opened, and the rules of its lifecycle dated now.
    func lifecycle(of batch: String) throws(WorkflowError) -> (OpenedBatch, Lifecycle) {
        let opened = try OpenedBatch.open(batch, root: environment.outputRoot, language: environment.language)
        try opened.checkedRecord()
        return (opened, Lifecycle(commits: opened.commits, batch: opened.batch, jadwal: opened.jadwal, configuration: opened.configuration,
                                  now: environment.clock.timestamp, today: environment.clock.today))
    }
}

extension Lifecycle {
    /// Runs a lifecycle step, its refusals turned into the workflow's errors (other errors said in `language`).
    static func run(notices: [String], language: Language, _ step: () throws -> Outcome) throws(WorkflowError) -> Outcome {
        do {
            return try step()
        } catch let refusal as Refusal {
            throw WorkflowError(refusal.isUsage ? .usage : .refused, notices + ["error: \(refusal.description)"])
        } catch let error as WorkflowError {
            throw error
        } catch {
            throw WorkflowError(.register, notices + ["error: " + language.describe(error)])
        }
    }
}
