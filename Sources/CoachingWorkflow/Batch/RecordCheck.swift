import CoachingCore
import CoachingRegister
import Foundation

/// Whether what the register says of a batch's documents is what its audit log recorded, and
/// whether the log's hash chain holds. The register's rows can be edited with any SQLite tool
/// (`UPDATE document SET status = 'disetujui'`); the audit log says who did what to which file,
/// so every state of a document must be explained by it.
enum RecordCheck {
    /// The problems found, first ones first, in `language`; empty when the record holds.
    static func problems(_ documents: [RegisteredDocument], audit: [AuditEntry], chainBreak: Message?, language: Language) -> [String] {
        var found: [String] = []
        if let chainBreak { found.append(chainBreak.text(language)) }
        var lines: [String: [AuditEntry]] = [:]
        for line in audit where !line.number.isEmpty { lines[line.number, default: []].append(line) }
        let archived = audit.contains { $0.action == "diarsipkan" }
        for document in documents {
            found += problems(document, lines[document.number.description] ?? [], batchArchived: archived, language: language)
            if found.count >= 10 { break }
        }
        return found
    }

    private static let drawn: Set<String> = ["konsep", "konsep diperbarui", "revisi", "disetujui"]

    private static func problems(_ d: RegisteredDocument, _ lines: [AuditEntry], batchArchived: Bool, language l: Language) -> [String] {
        var found: [String] = []
        let number = d.number.description
        // Each file's hash is the one its last drawing recorded.
        for (path, hash) in [(d.htmlPath, d.htmlSHA256), (d.xmlPath, d.xmlSHA256)] {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let last = lines.last { drawn.contains($0.action) && $0.detail.hasSuffix(file) }
            if last?.sha256 != hash {
                found.append(l.text(.recordHashDiffers, ["number": number, "file": file]))
            }
        }
        // Approval and receipt as the log records them, after the last revision.
        let sinceRevision = lines.lastIndex { $0.action == "revisi" }.map { Array(lines[($0 + 1)...]) } ?? lines
        let approval = sinceRevision.last { $0.action == "disetujui" }
        let receipt = sinceRevision.last { $0.action == "diterima" }
        if d.status >= .disetujui && approval?.actor != d.approvedBy {
            let logged = approval.map { l.text(.recordApprovalBy, ["actor": $0.actor]) } ?? l.text(.recordNoApproval)
            found.append(l.text(.recordApprovedBy, ["number": number, "by": d.approvedBy ?? l.text(.recordNobody), "logged": logged]))
        }
        if d.status < .disetujui && approval != nil {
            found.append(l.text(.recordDraftApproved, ["number": number, "actor": approval!.actor]))
        }
        if d.status >= .diterima && receipt?.actor != d.receivedBy {
            let logged = receipt.map { l.text(.recordReceiptBy, ["actor": $0.actor]) } ?? l.text(.recordNoReceipt)
            found.append(l.text(.recordReceivedBy, ["number": number, "by": d.receivedBy ?? l.text(.recordNobody), "logged": logged]))
        }
        if d.status == .diarsipkan && !batchArchived {
            found.append(l.text(.recordArchivedNotLogged, ["number": number]))
        }
        return found
    }
}

/// A batch's register rows and audit lines, read once and found to hold.
struct BatchRecord {
    let documents: [RegisteredDocument]
    let audit: [AuditEntry]
}

extension CommitPath {
    /// The first audit line that does not follow the log's hash chain; nil when all hold. The
    /// chain is the whole office's: a command over many batches checks it once.
    func auditChainBreak(language: Language) throws(WorkflowError) -> Message? {
        do { return try read { try $0.auditChainBreak() } } catch { throw .error(.register, language.describe(error)) }
    }
}

extension OpenedBatch {
    /// The batch's record, read once; stops with its first problems, since a step that trusts
    /// the register (approving, receiving, archiving, reporting its status) must not build on
    /// an edited one. `chainBreak`: the chain's check, made by the caller once per command.
    func checkedRecord(chainBreak: Message?) throws(WorkflowError) -> BatchRecord {
        let language = configuration.language
        let record: BatchRecord
        do {
            record = try commits.read { tx in BatchRecord(documents: try tx.documents(batch: batch.id), audit: try tx.auditLog(batch: batch.id)) }
        } catch { throw .error(.register, language.describe(error)) }
        let problems = RecordCheck.problems(record.documents, audit: record.audit, chainBreak: chainBreak, language: language)
        guard !problems.isEmpty else { return record }
        throw WorkflowError(.register, notices + problems.map { "error: \($0)" }
            + [language.text(.recordDoesNotHold, ["batch": "\(batch.id)"])])
    }

    /// ``checkedRecord(chainBreak:)`` for a command on this batch alone.
    @discardableResult
    func checkedRecord() throws(WorkflowError) -> BatchRecord {
        try checkedRecord(chainBreak: try commits.auditChainBreak(language: configuration.language))
    }
}
