import CoachingCore
import GRDB

extension RegisterTransaction {
    /// The batch's part of the register, as its folder keeps a copy of it.
    package func recordCopy(_ id: BatchID) throws -> BatchRecordCopy? {
        guard let batch = try batch(id) else { return nil }
        let files = try Row.fetchAll(db, sql: "SELECT path, sha256, size FROM batch_file WHERE batch = ? ORDER BY path", arguments: [id.description])
            .map { BatchRecordCopy.File(path: $0[0], sha256: $0[1], size: $0[2]) }
        return BatchRecordCopy(batch: batch, documents: try documents(batch: id), files: files, copies: try copies(batch: id),
                               audit: try auditLog(batch: id))
    }

    /// Puts the batches' copies back into an empty register: rows as the copies hold them, the
    /// audit lines in the order they were first written (their old ids), linked into a new
    /// chain, and each counter at the highest number found, so that no number is given twice.
    package func restore(_ copies: [BatchRecordCopy]) throws {
        var highest: [String: (DocumentKind, Int, Int)] = [:]
        for copy in copies.sorted(by: { $0.batch.id < $1.batch.id }) {
            try insert(copy.batch)
            try insert(copy.documents)
            try recordFiles(copy.files.map { ($0.path, $0.sha256, $0.size) }, batch: copy.batch.id)
            try record(copy.copies)
            for d in copy.documents {
                let key = "\(d.kind.rawValue) \(d.year)"
                highest[key] = (d.kind, d.year, max(highest[key]?.2 ?? 0, d.sequence))
            }
        }
        for (kind, year, last) in highest.values {
            try db.execute(sql: "INSERT OR REPLACE INTO counter (kind, year, last) VALUES (?, ?, ?)", arguments: [kind.rawValue, year, last])
        }
        let lines = copies.flatMap(\.audit).sorted { $0.id < $1.id }.map {
            AuditLine(at: $0.at, actor: $0.actor, action: $0.action, batch: $0.batch, number: $0.number, detail: $0.detail, sha256: $0.sha256)
        }
        try audit(lines)
    }
}
