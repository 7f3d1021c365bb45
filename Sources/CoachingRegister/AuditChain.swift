import CoachingCore
import Crypto
import GRDB

/// The audit log as a hash chain: each line's link is the SHA-256 of the link before it and of
/// the line itself, kept in `audit_chain`. A line changed or removed (after dropping the
/// database's append-only triggers) breaks every link after it, and ``firstBreak(_:)`` names
/// the first line that no longer follows. The chain has no key: it finds edits made by hand,
/// not a forger who recomputes every link (see docs/security.md).
package enum AuditChain {
    /// The link before the first line.
    package static let start = String(repeating: "0", count: 64)

    /// The link of `line` after `previous`: the SHA-256 of the fields, each followed by U+001F.
    /// `buffer` is reused from line to line (a batch of minutes links tens of thousands).
    package static func link(after previous: String, id: Int64, _ line: AuditLine, buffer: inout [UInt8]) -> String {
        buffer.removeAll(keepingCapacity: true)
        for field in [previous, String(id), line.at, line.actor, line.action, line.batch, line.number, line.detail, line.sha256] {
            buffer += field.utf8
            buffer.append(0x1F)
        }
        return SHA256Digest.hex(buffer)
    }

    /// The last link of the chain, or ``start`` for an empty log.
    static func last(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT link FROM audit_chain ORDER BY id DESC LIMIT 1") ?? start
    }

    /// Links the lines with ids `ids` (just inserted, in order) to the chain.
    static func extend(_ db: Database, ids: [Int64], lines: [AuditLine]) throws {
        var previous = try last(db), buffer: [UInt8] = []
        buffer.reserveCapacity(512)
        for (id, line) in zip(ids, lines) {
            previous = link(after: previous, id: id, line, buffer: &buffer)
            try db.execute(sql: "INSERT INTO audit_chain (id, link) VALUES (?, ?)", arguments: [id, previous])
        }
    }

    /// The first line of the log that does not follow the chain, in words; nil when all hold.
    package static func firstBreak(_ db: Database) throws -> Message? {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT audit.id, at, actor, action, batch, number, detail, sha256, link
            FROM audit LEFT JOIN audit_chain ON audit_chain.id = audit.id ORDER BY audit.id
            """)
        var previous = start, buffer: [UInt8] = [], count = 0
        buffer.reserveCapacity(512)
        while let row = try rows.next() {
            count += 1
            let id: Int64 = row[0]
            let line = AuditLine(at: row[1], actor: row[2], action: row[3], batch: row[4], number: row[5], detail: row[6], sha256: row[7])
            let recorded: String? = row[8]
            let expected = link(after: previous, id: id, line, buffer: &buffer)
            guard recorded == expected else {
                return Message(.auditLineBroken, ["id": "\(id)", "action": line.action, "number": line.number.isEmpty ? line.batch : line.number, "at": line.at])
            }
            previous = expected
        }
        let links = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_chain") ?? 0
        if links > count { return Message(.auditLinesLost, ["count": "\(links - count)"]) }
        return nil
    }
}
