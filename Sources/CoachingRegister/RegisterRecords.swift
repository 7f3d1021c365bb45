import GRDB

/// The kinds of numbered documents.
package enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case jadwal
    case beritaAcara = "berita-acara"

    /// Number prefix, as in `BA-12/KLIP/2026`.
    package var prefix: String {
        switch self {
        case .jadwal: "JDW"
        case .beritaAcara: "BA"
        }
    }

    /// In a clerk's words.
    package var title: String {
        switch self {
        case .jadwal: "Jadwal Coaching"
        case .beritaAcara: "Berita Acara Coaching"
        }
    }
}

/// A document's lifecycle: konsep → disetujui → diterima → diarsipkan.
package enum DocumentStatus: String, Codable, Sendable, Comparable, CaseIterable {
    case konsep, disetujui, diterima, diarsipkan

    package static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One numbered document in the register, with where its files are and what they hashed to.
package struct RegisteredDocument: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "document"

    package var kind: DocumentKind
    package var year: Int
    package var sequence: Int
    package var number: String
    /// `2026-001`.
    package var batch: String
    /// The session of a Berita Acara; 0 for a Jadwal.
    package var session: Int
    package var nip: String
    package var status: DocumentStatus
    package var revision: Int
    /// Paths relative to the output root.
    package var htmlPath: String
    package var xmlPath: String
    package var htmlSHA256: String
    package var xmlSHA256: String
    /// ISO dates.
    package var draftedOn: String
    package var approvedOn: String?
    package var approvedBy: String?
    package var receivedOn: String?
    package var receivedBy: String?
    package var archivedOn: String?

    /// The columns in the order `init(row:)` reads them: by position, not through Codable, which
    /// took most of a second for the 20,000 documents of a large batch.
    package static let columns = "kind, year, sequence, number, batch, session, nip, status, revision, htmlPath, xmlPath, "
        + "htmlSHA256, xmlSHA256, draftedOn, approvedOn, approvedBy, receivedOn, receivedBy, archivedOn"

    package init(row: Row) {
        kind = DocumentKind(rawValue: row[0]) ?? .beritaAcara
        year = row[1]
        sequence = row[2]
        number = row[3]
        batch = row[4]
        session = row[5]
        nip = row[6]
        status = DocumentStatus(rawValue: row[7]) ?? .konsep
        revision = row[8]
        htmlPath = row[9]
        xmlPath = row[10]
        htmlSHA256 = row[11]
        xmlSHA256 = row[12]
        draftedOn = row[13]
        approvedOn = row[14]
        approvedBy = row[15]
        receivedOn = row[16]
        receivedBy = row[17]
        archivedOn = row[18]
    }

    package func encode(to container: inout PersistenceContainer) {
        container["kind"] = kind.rawValue
        container["year"] = year
        container["sequence"] = sequence
        container["number"] = number
        container["batch"] = batch
        container["session"] = session
        container["nip"] = nip
        container["status"] = status.rawValue
        container["revision"] = revision
        container["htmlPath"] = htmlPath
        container["xmlPath"] = xmlPath
        container["htmlSHA256"] = htmlSHA256
        container["xmlSHA256"] = xmlSHA256
        container["draftedOn"] = draftedOn
        container["approvedOn"] = approvedOn
        container["approvedBy"] = approvedBy
        container["receivedOn"] = receivedOn
        container["receivedBy"] = receivedBy
        container["archivedOn"] = archivedOn
    }

    package init(kind: DocumentKind, year: Int, sequence: Int, number: String, batch: String, session: Int, nip: String,
                htmlPath: String, xmlPath: String, htmlSHA256: String, xmlSHA256: String, draftedOn: String) {
        self.kind = kind
        self.year = year
        self.sequence = sequence
        self.number = number
        self.batch = batch
        self.session = session
        self.nip = nip
        self.status = .konsep
        self.revision = 0
        self.htmlPath = htmlPath
        self.xmlPath = xmlPath
        self.htmlSHA256 = htmlSHA256
        self.xmlSHA256 = xmlSHA256
        self.draftedOn = draftedOn
    }
}

/// One batch (one Jadwal Coaching and its minutes).
package struct RegisteredBatch: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "batch"

    /// `2026-001`.
    package var id: String
    package var year: Int
    /// Relative to the output root: `2026/2026-001`.
    package var folder: String
    package var assignedOn: String
    package var deadline: String
    /// When the notes were last turned into minutes, ISO date; nil before.
    package var minutesOn: String?
    /// When the batch was archived (step 10), ISO date; nil before.
    package var archivedOn: String?
    /// Where its archive package was written.
    package var package: String?

    package init(id: String, year: Int, folder: String, assignedOn: String, deadline: String) {
        self.id = id
        self.year = year
        self.folder = folder
        self.assignedOn = assignedOn
        self.deadline = deadline
    }
}

/// One line of the append-only audit log.
package struct AuditEntry: Codable, Sendable, Equatable, FetchableRecord {
    package var id: Int64
    /// ISO timestamp, WIB.
    package var at: String
    /// The NIP given with `--by`, else the system user.
    package var actor: String
    package var action: String
    package var batch: String
    package var number: String
    package var detail: String
    /// SHA-256 of what was written, when something was.
    package var sha256: String

    package static let columns = "id, at, actor, action, batch, number, detail, sha256"

    package init(row: Row) {
        id = row[0]
        at = row[1]
        actor = row[2]
        action = row[3]
        batch = row[4]
        number = row[5]
        detail = row[6]
        sha256 = row[7]
    }
}
