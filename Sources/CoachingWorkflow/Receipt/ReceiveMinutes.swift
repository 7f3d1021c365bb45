import CoachingRegister
import CoachingCore
import Foundation

/// `coaching receive`: the Kepala Kantor receives the approved Berita Acara (step 9).
public struct ReceiptRequest: Sendable {
    /// The batch: its id (`2026-001`) or its folder.
    public var batch: String
    /// Only these sessions' Berita Acara; every approved one when empty.
    public var sessions: [Int]
    /// The NIP given as `--by`, checked against the batch's settings.
    public var by: String
    public var on: CivilDate

    public init(batch: String, sessions: [Int] = [], by: String, on: CivilDate) {
        self.batch = batch
        self.sessions = sessions
        self.by = by
        self.on = on
    }
}

extension Workflow {
    /// Records the receipt in the register; the documents do not change (they were final at
    /// approval). Only the Kepala Kantor the batch's settings name, not before the approval.
    public func receive(_ request: ReceiptRequest) throws(WorkflowError) -> LifecycleOutcome {
        let (opened, lifecycle) = try lifecycle(of: request.batch)
        let outcome = try Lifecycle.run(notices: opened.notices, language: environment.language) {
            try lifecycle.receive(request.sessions, on: request.on, by: request.by, templates: Lifecycle.ReceiptTemplates(
                html: try environment.templates.document(BatchLayout.receiptHTML, schema: TandaTerimaDocument.schema, language: environment.language),
                xml: try environment.templates.document(BatchLayout.receiptXML, schema: TandaTerimaDocument.schema, language: environment.language),
                rekap: try environment.templates.document(BatchLayout.rekap, schema: RekapDocument.schema, language: environment.language)))
        }
        return LifecycleOutcome(done: outcome.done, notes: outcome.notes, actorName: opened.configuration.people.kepalaKantor.name,
                                folder: opened.folder, notices: opened.notices)
    }
}
