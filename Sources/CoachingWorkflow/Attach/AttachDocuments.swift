import CoachingCore
import CoachingRegister
import Foundation
import PDFSignature

extension Workflow {
    /// Takes signed PDFs back into a batch: each is matched to the registered PDF it extends,
    /// checked (`SignedPDFCheck`), and, when accepted, copied into the batch and recorded as a
    /// signed copy, all the accepted ones in one commit. A refused file changes nothing and is
    /// listed with its reasons; the good ones handed in with it are still recorded.
    /// With `scanOf`, the one file is a scan of that document, recorded as evidence.
    public func attach(_ request: AttachRequest) throws(WorkflowError) -> AttachOutcome {
        var timer = StageTimer()
        guard !request.files.isEmpty else { throw .error(.usage, environment.language.text(.attachNoFiles)) }
        if request.scanOf != nil, request.files.count != 1 {
            throw .error(.usage, environment.language.text(.attachScanOneFile, ["count": "\(request.files.count)"]))
        }
        let opened = try OpenedBatch.open(request.batch, root: environment.outputRoot, language: environment.language)
        let record = try opened.checkedRecord()
        let roots = try OfficeTrustRoots(request.settings, language: environment.language)
        let copies: [DocumentCopy]
        var html = Dictionary(record.documents.map { ($0.htmlPath, $0.htmlSHA256) }, uniquingKeysWith: { a, _ in a })
        do {
            copies = try opened.commits.read { tx in try tx.copies(batch: opened.batch.id) }
            let rekap = "\(opened.batch.folder)/\(BatchLayout.rekap)"
            if let sha = try opened.commits.read({ try $0.files(batch: opened.batch.id)[rekap] }) { html[rekap] = sha }
        } catch { throw .error(.register, environment.language.describe(error)) }
        timer.mark("open the batch, check its record, read the trust roots")
        var outcome = AttachOutcome(trust: roots.text(environment.language), folder: opened.folder, notices: opened.notices)
        let decided: [AttachDecision]
        if let number = request.scanOf {
            decided = [try AttachDecision.scan(request.files[0], of: number, opened: opened, documents: record.documents, copies: copies,
                                               now: environment.clock.timestamp, language: environment.language)]
        } else {
            decided = AttachDecision.signed(request.files, opened: opened, copies: copies, html: html,
                                            drafts: Set(record.documents.filter { $0.status == .konsep }.map(\.htmlPath)), roots: roots.certificates,
                                            now: environment.clock.now, recordedOn: environment.clock.timestamp, language: environment.language)
        }
        timer.mark("check \(request.files.count) file\(request.files.count == 1 ? "" : "s")")
        var accepted: [AttachDecision.Accepted] = []
        for decision in decided {
            switch decision {
            case .accepted(let a): accepted.append(a)
            case .onRecord(let a): outcome.alreadyOnRecord.append(a)
            case .refused(let r): outcome.refused.append(r)
            }
        }
        guard !accepted.isEmpty else { return outcome }
        try commit(accepted, opened: opened)
        timer.mark("record and move into place")
        outcome.attached = accepted.map(\.shown)
        return outcome
    }

    /// Stages the accepted files and records them, their copies and the audit lines in one commit.
    private func commit(_ accepted: [AttachDecision.Accepted], opened: OpenedBatch) throws(WorkflowError) {
        let now = environment.clock.timestamp, actor = environment.actor
        do {
            try opened.commits.commit { tx, staging in
                try staging.stage(accepted.map { ($0.copy.path, $0.bytes) })
                try tx.record(accepted.map { HashedFile(path: $0.copy.path, sha256: $0.copy.sha256, size: $0.copy.size) }, batch: opened.batch.id)
                try tx.record(accepted.map(\.copy))
                try tx.audit(accepted.map { a in
                    AuditLine(at: now, actor: actor, action: a.copy.form == .scan ? "pindaian dilampirkan" : "ttd dilampirkan", batch: opened.batch.id,
                              number: DocumentNumber(parsing: a.copy.number), detail: a.auditDetail, sha256: a.copy.sha256)
                })
            }
        } catch let error as WorkflowError {
            throw error
        } catch {
            throw WorkflowError(.register, opened.notices + ["error: " + environment.language.describe(error), environment.language.text(.attachNothingRecorded)])
        }
    }
}
