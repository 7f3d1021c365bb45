import CoachingCore
import Foundation
import GRDB
import GRDBSQLite

/// A line for the audit log, before it has its place.
package struct AuditLine: Sendable {
    package var at, actor, action, batch, number, detail, sha256: String

    /// A line as it was read back (batch and number as text).
    init(at: String, actor: String, action: String, batch: String, number: String, detail: String, sha256: String) {
        self.at = at
        self.actor = actor
        self.action = action
        self.batch = batch
        self.number = number
        self.detail = detail
        self.sha256 = sha256
    }

    package init(at: String, actor: String, action: String, batch: BatchID, number: DocumentNumber? = nil, detail: String = "", sha256: String = "") {
        self.at = at
        self.actor = actor
        self.action = action
        self.batch = batch.description
        self.number = number?.description ?? ""
        self.detail = detail
        self.sha256 = sha256
    }
}

/// What a command may do with the register inside one transaction.
package struct RegisterTransaction {
    let db: Database
    /// The batches this transaction changed: their copies of the record are rewritten with it.
    package let touched = TouchedBatches()

    /// The next number of `kind` in `year`. Counters only go up, so a number is never reused;
    /// taken inside the transaction that records the document, a failed run skips none.
    package func nextSequence(_ kind: DocumentKind, year: Int) throws -> Int {
        try nextSequences(kind, year: year, count: 1).lowerBound
    }

    /// The next `count` numbers of `kind` in `year`, taken at once.
    package func nextSequences(_ kind: DocumentKind, year: Int, count: Int) throws -> ClosedRange<Int> {
        precondition(count > 0)
        try db.execute(sql: "INSERT OR IGNORE INTO counter (kind, year, last) VALUES (?, ?, 0)", arguments: [kind.rawValue, year])
        try db.execute(sql: "UPDATE counter SET last = last + ? WHERE kind = ? AND year = ?", arguments: [count, kind.rawValue, year])
        let last = try Int.fetchOne(db, sql: "SELECT last FROM counter WHERE kind = ? AND year = ?", arguments: [kind.rawValue, year])!
        return (last - count + 1)...last
    }

    package func batches() throws -> [RegisteredBatch] {
        try RegisteredBatch.fetchAll(db, sql: "SELECT * FROM batch ORDER BY id")
    }

    package func batch(_ id: BatchID) throws -> RegisteredBatch? {
        try RegisteredBatch.fetchOne(db, sql: "SELECT * FROM batch WHERE id = ?", arguments: [id.description])
    }

    package func insert(_ batch: RegisteredBatch) throws { touched.add(batch.id); try batch.insert(db) }
    package func update(_ batch: RegisteredBatch) throws { touched.add(batch.id); try batch.update(db) }

    package func documents(batch id: BatchID, kind: DocumentKind? = nil) throws -> [RegisteredDocument] {
        let batch = id.description
        if let kind {
            return try RegisteredDocument.fetchAll(db, sql: "SELECT \(RegisteredDocument.columns) FROM document WHERE batch = ? AND kind = ? ORDER BY session",
                                                   arguments: [batch, kind.rawValue])
        }
        return try RegisteredDocument.fetchAll(db, sql: "SELECT \(RegisteredDocument.columns) FROM document WHERE batch = ? ORDER BY kind DESC, session", arguments: [batch])
    }

    /// Documents of every batch by person, number and date (the session's, or the Jadwal's
    /// drafting), oldest first: what the records office looks things up by.
    package func find(nip: String?, number: String?, from: CivilDate?, to: CivilDate?) throws -> [RegisteredDocument] {
        var conditions: [String] = [], arguments: [any DatabaseValueConvertible] = []
        if let nip { conditions.append("nip = ?"); arguments.append(nip) }
        if let number { conditions.append("number = ? COLLATE NOCASE"); arguments.append(number) }
        if let from { conditions.append("draftedOn >= ?"); arguments.append(from.description) }
        if let to { conditions.append("draftedOn <= ?"); arguments.append(to.description) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try RegisteredDocument.fetchAll(db, sql: "SELECT \(RegisteredDocument.columns) FROM document \(filter) ORDER BY draftedOn, kind DESC, year, sequence",
                                               arguments: StatementArguments(arguments))
    }

    /// The approved (or received, or archived) Berita Acara of the people `nips`, as their
    /// rows stand (a revision replaces its row, so each is the latest), oldest first. Filtered
    /// here, in SQL, so a large register is not read whole for a batch of a few people; the
    /// NIPs are bound 500 at a time, below SQLite's limit on variables.
    package func approvedMinutes(of nips: [String]) throws -> [RegisteredDocument] {
        let statuses = DocumentStatus.allCases.filter { $0 >= .disetujui }.map(\.rawValue)
        var found: [RegisteredDocument] = []
        var start = 0
        while start < nips.count {
            let chunk = Array(nips[start..<min(start + 500, nips.count)])
            start += chunk.count
            let marks = (statuses.map { _ in "?" }.joined(separator: ", "), chunk.map { _ in "?" }.joined(separator: ", "))
            found += try RegisteredDocument.fetchAll(
                db, sql: "SELECT \(RegisteredDocument.columns) FROM document WHERE kind = ? AND status IN (\(marks.0)) AND nip IN (\(marks.1))",
                arguments: StatementArguments([DocumentKind.beritaAcara.rawValue] + statuses + chunk))
        }
        return found.sorted { ($0.draftedOn, $0.year, $0.sequence) < ($1.draftedOn, $1.year, $1.sequence) }
    }

    package func insert(_ document: RegisteredDocument) throws { try insert([document]) }

    /// Many documents at once: minutes come twenty thousand at a time.
    package func insert(_ documents: [RegisteredDocument]) throws {
        for d in documents { touched.add(d.batch) }
        try insertRows("document", ["kind", "year", "sequence", "number", "batch", "session", "nip", "status", "revision", "htmlPath",
                                    "xmlPath", "htmlSHA256", "xmlSHA256", "draftedOn", "approvedOn", "approvedBy", "receivedOn",
                                    "receivedBy", "archivedOn"], count: documents.count) { row, bind in
            let d = documents[row]
            bind.text(d.kind.rawValue); bind.int(d.year); bind.int(d.sequence); bind.text(d.number.description); bind.text(d.batch.description)
            bind.int(d.session); bind.text(d.nip); bind.text(d.status.rawValue); bind.int(d.revision); bind.text(d.htmlPath)
            bind.text(d.xmlPath); bind.text(d.htmlSHA256); bind.text(d.xmlSHA256); bind.text(d.draftedOn.description)
            bind.text(d.approvedOn?.description); bind.text(d.approvedBy); bind.text(d.receivedOn?.description); bind.text(d.receivedBy)
            bind.text(d.archivedOn?.description)
        }
    }

    /// Binds one row's values in column order, straight into SQLite.
    struct RowBinder {
        let statement: OpaquePointer
        var index: Int32 = 1
        // SQLite copies the text before the call returns (SQLITE_TRANSIENT).
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        init(_ statement: OpaquePointer) { self.statement = statement }

        mutating func text(_ value: String?) {
            if let value {
                var value = value
                value.withUTF8 { bytes in
                    _ = bytes.withMemoryRebound(to: CChar.self) { sqlite3_bind_text(statement, index, $0.baseAddress, Int32(bytes.count), Self.transient) }
                }
            } else {
                sqlite3_bind_null(statement, index)
            }
            index += 1
        }

        mutating func int(_ value: Int) {
            sqlite3_bind_int64(statement, index, sqlite3_int64(value))
            index += 1
        }
    }

    /// Rows inserted one prepared statement at a time, bound through SQLite's C API: GRDB's
    /// arguments box every value, which took a second for the rows of 20,000 minutes.
    private func insertRows(_ table: String, _ columns: [String], count: Int, bind: (Int, inout RowBinder) -> Void) throws {
        guard count > 0 else { return }
        let statement = try db.makeStatement(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")")
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        for row in 0..<count {
            sqlite3_reset(raw)
            var binder = RowBinder(raw)
            bind(row, &binder)
            let code = sqlite3_step(raw)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                    sql: statement.sql)
            }
        }
    }
    package func update(_ document: RegisteredDocument) throws { touched.add(document.batch); try document.update(db) }

    /// Appends to the audit log (never changed afterwards: triggers refuse updates and deletes).
    package func audit(at: String, actor: String, action: String, batch: BatchID, number: DocumentNumber? = nil, detail: String = "", sha256: String = "") throws {
        try audit([AuditLine(at: at, actor: actor, action: action, batch: batch, number: number, detail: detail, sha256: sha256)])
    }

    /// Appends many lines at once: a batch of minutes adds tens of thousands. Each is linked
    /// into the audit log's hash chain (``AuditChain``).
    package func audit(_ lines: [AuditLine]) throws {
        guard !lines.isEmpty else { return }
        for line in lines { if let id = BatchID(parsing: line.batch) { touched.add(id) } }
        try insertRows("audit", ["at", "actor", "action", "batch", "number", "detail", "sha256"], count: lines.count) { row, bind in
            let a = lines[row]
            bind.text(a.at); bind.text(a.actor); bind.text(a.action); bind.text(a.batch); bind.text(a.number); bind.text(a.detail)
            bind.text(a.sha256)
        }
        // AUTOINCREMENT: the lines of one statement inside one transaction have consecutive ids.
        let last = db.lastInsertedRowID
        try AuditChain.extend(db, ids: (0..<Int64(lines.count)).map { last - Int64(lines.count) + 1 + $0 }, lines: lines)
    }

    /// The first line of the audit log that does not follow its hash chain; nil when all hold.
    package func auditChainBreak() throws -> Message? { try AuditChain.firstBreak(db) }

    package func auditLog(batch id: BatchID? = nil) throws -> [AuditEntry] {
        if let batch = id?.description { return try AuditEntry.fetchAll(db, sql: "SELECT \(AuditEntry.columns) FROM audit WHERE batch = ? ORDER BY id", arguments: [batch]) }
        return try AuditEntry.fetchAll(db, sql: "SELECT \(AuditEntry.columns) FROM audit ORDER BY id")
    }

    /// Where each audit line of `batch` sits in the hash chain: its link, and the link of the
    /// line before it in the whole log.
    package func auditLinks(batch id: BatchID) throws -> [Int64: AuditLink] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.link, coalesce((SELECT p.link FROM audit_chain p WHERE p.id < c.id ORDER BY p.id DESC LIMIT 1), ?)
            FROM audit a JOIN audit_chain c ON c.id = a.id WHERE a.batch = ?
            """, arguments: [AuditChain.start, id.description])
        var links: [Int64: AuditLink] = [:]
        while let row = try rows.next() { links[row[0]] = AuditLink(previous: row[2], link: row[1]) }
        return links
    }

    /// The audit lines of `batch` with `action`, in order.
    package func auditLog(batch id: BatchID, action: String) throws -> [AuditEntry] {
        try AuditEntry.fetchAll(db, sql: "SELECT \(AuditEntry.columns) FROM audit WHERE batch = ? AND action = ? ORDER BY id",
                                arguments: [id.description, action])
    }

    /// The last audit line with `action`, of any batch.
    package func lastAuditLine(action: String) throws -> AuditEntry? {
        try AuditEntry.fetchOne(db, sql: "SELECT \(AuditEntry.columns) FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1", arguments: [action])
    }

    /// Records what `files` (path relative to the output root → bytes) hash to, as files of
    /// `batch`; a path recorded before takes the new hash.
    package func recordFiles(_ files: [(path: String, sha256: String, size: Int)], batch: BatchID) throws {
        if !files.isEmpty { touched.add(batch) }
        for file in files {
            try db.execute(sql: "INSERT OR REPLACE INTO batch_file (path, batch, sha256, size) VALUES (?, ?, ?, ?)",
                           arguments: [file.path, batch.description, file.sha256, file.size])
        }
    }

    /// The files of `batch` recorded with ``recordFiles(_:batch:)``: path → SHA-256.
    package func files(batch: BatchID) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT path, sha256 FROM batch_file WHERE batch = ?", arguments: [batch.description])
        return Dictionary(rows.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
    }

    /// Records that the files staged in `staging` (relative to the root) must be moved into
    /// place; committed with the documents, finished by `StagedFiles.finish`.
    package func addPendingMove(_ staging: String) throws {
        try db.execute(sql: "INSERT INTO pending_move (staging) VALUES (?)", arguments: [staging])
    }

    package func pendingMoves() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT staging FROM pending_move ORDER BY staging")
    }

    package func removePendingMove(_ staging: String) throws {
        try db.execute(sql: "DELETE FROM pending_move WHERE staging = ?", arguments: [staging])
    }
}

extension RegisterTransaction {
    /// Raw SQL, for maintenance and for tests that prove what the database itself refuses.
    package func execute(_ sql: String) throws { try db.execute(sql: sql) }
}

/// The batches a transaction changed, gathered as it goes (the transaction is a value passed
/// around; its one connection is used from one thread at a time).
package final class TouchedBatches: @unchecked Sendable {
    private(set) var ids: Set<BatchID> = []
    func add(_ id: BatchID) { ids.insert(id) }
    /// In batch order.
    package var sorted: [BatchID] { ids.sorted() }
}

/// A line's place in the audit log's hash chain.
package struct AuditLink: Sendable, Equatable {
    /// The link of the line before it (``AuditChain/start`` for the first line).
    package var previous: String
    package var link: String
}
