import CoachingCore
import GRDB

/// The kinds of numbered documents.
package enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case jadwal
    case beritaAcara = "berita-acara"
    /// The Kepala Kantor's receipt of approved Berita Acara (step 9).
    case tandaTerima = "tanda-terima"

    /// Number prefix, as in `BA-12/KLIP/2026`.
    package var prefix: String {
        switch self {
        case .jadwal: "JDW"
        case .beritaAcara: "BA"
        case .tandaTerima: "TT"
        }
    }

    /// In a clerk's words.
    package var title: String {
        switch self {
        case .jadwal: "Jadwal Coaching"
        case .beritaAcara: "Berita Acara Coaching"
        case .tandaTerima: "Tanda Terima Berita Acara Coaching"
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
package struct RegisteredDocument: Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "document"

    package var kind: DocumentKind
    package var number: DocumentNumber
    /// The counter's year and sequence, as in ``number``.
    package var year: Int { number.year }
    package var sequence: Int { number.sequence }
    package var batch: BatchID
    /// The session of a Berita Acara; 0 for a Jadwal; for a Tanda Terima, its place among the
    /// batch's receipts (1, 2, …: the Berita Acara may be received in parts).
    package var session: Int
    /// The coachee's NIP (a Berita Acara) or the Kepala Seksi PKL's (a Jadwal); empty when unknown.
    package var nip: String
    package var status: DocumentStatus
    package var revision: Int
    /// Paths relative to the output root.
    package var htmlPath: String
    package var xmlPath: String
    package var htmlSHA256: String
    package var xmlSHA256: String
    /// The session's day (a Berita Acara) or the drafting's (a Jadwal).
    package var draftedOn: CivilDate
    package var approvedOn: CivilDate?
    /// NIP of who approved and who received.
    package var approvedBy: String?
    package var receivedOn: CivilDate?
    package var receivedBy: String?
    package var archivedOn: CivilDate?

    /// The columns in the order `init(row:)` reads them: by position, not through Codable, which
    /// took most of a second for the 20,000 documents of a large batch.
    package static let columns = "kind, year, sequence, number, batch, session, nip, status, revision, htmlPath, xmlPath, "
        + "htmlSHA256, xmlSHA256, draftedOn, approvedOn, approvedBy, receivedOn, receivedBy, archivedOn"

    /// A row as the register keeps it; a value that does not read back (edited by hand) is an error.
    package init(row: Row) throws {
        let numberText: String = row[3]
        guard let kind = DocumentKind(rawValue: row[0]), let number = DocumentNumber(parsing: numberText), number.kind == kind,
              number.year == row[1] as Int, number.sequence == row[2] as Int else {
            throw RegisterError.damagedRow(Message(.registerRowDocument, ["number": numberText]), Message(.registerWhyDocumentNumber))
        }
        self.kind = kind
        self.number = number
        batch = try RegisterError.read(row[4], as: BatchID.init(parsing:), what: Message(.registerRowBatchOf, ["number": numberText]))
        session = row[5]
        nip = row[6]
        status = try RegisterError.read(row[7], as: DocumentStatus.init(rawValue:), what: Message(.registerRowStatusOf, ["number": numberText]))
        revision = row[8]
        htmlPath = row[9]
        xmlPath = row[10]
        htmlSHA256 = row[11]
        xmlSHA256 = row[12]
        draftedOn = try RegisterError.read(row[13], as: CivilDate.init(parsing:), what: Message(.registerRowDateOf, ["number": numberText]))
        approvedOn = try RegisterError.readOptional(row[14], as: CivilDate.init(parsing:), what: Message(.registerRowApprovalDateOf, ["number": numberText]))
        approvedBy = row[15]
        receivedOn = try RegisterError.readOptional(row[16], as: CivilDate.init(parsing:), what: Message(.registerRowReceiptDateOf, ["number": numberText]))
        receivedBy = row[17]
        archivedOn = try RegisterError.readOptional(row[18], as: CivilDate.init(parsing:), what: Message(.registerRowArchiveDateOf, ["number": numberText]))
    }

    package func encode(to container: inout PersistenceContainer) {
        container["kind"] = kind.rawValue
        container["year"] = year
        container["sequence"] = sequence
        container["number"] = number.description
        container["batch"] = batch.description
        container["session"] = session
        container["nip"] = nip
        container["status"] = status.rawValue
        container["revision"] = revision
        container["htmlPath"] = htmlPath
        container["xmlPath"] = xmlPath
        container["htmlSHA256"] = htmlSHA256
        container["xmlSHA256"] = xmlSHA256
        container["draftedOn"] = draftedOn.description
        container["approvedOn"] = approvedOn?.description
        container["approvedBy"] = approvedBy
        container["receivedOn"] = receivedOn?.description
        container["receivedBy"] = receivedBy
        container["archivedOn"] = archivedOn?.description
    }

    /// A new draft (konsep), revision 0.
    package init(number: DocumentNumber, batch: BatchID, session: Int, nip: String, htmlPath: String, xmlPath: String,
                 htmlSHA256: String, xmlSHA256: String, draftedOn: CivilDate) {
        self.kind = number.kind
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
package struct RegisteredBatch: Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "batch"

    package var id: BatchID
    package var year: Int { id.year }
    /// Relative to the output root: `2026/2026-001`.
    package var folder: String { id.folder }
    /// The day the Kepala Kantor's assignment was received: day 0 of the 14 working days.
    package var assignedOn: CivilDate
    package var deadline: CivilDate
    /// When the notes were last turned into minutes; nil before.
    package var minutesOn: CivilDate?
    /// When the batch was archived (step 10); nil before.
    package var archivedOn: CivilDate?
    /// Where its archive package was written.
    package var package: String?

    package init(id: BatchID, assignedOn: CivilDate, deadline: CivilDate) {
        self.id = id
        self.assignedOn = assignedOn
        self.deadline = deadline
    }

    package init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = BatchID(parsing: idText), id.year == row["year"] as Int, id.folder == row["folder"] as String else {
            throw RegisterError.damagedRow(Message(.registerRowBatch, ["batch": idText]), Message(.registerWhyBatchID))
        }
        self.id = id
        assignedOn = try RegisterError.read(row["assignedOn"], as: CivilDate.init(parsing:), what: Message(.registerRowAssignedOf, ["batch": idText]))
        deadline = try RegisterError.read(row["deadline"], as: CivilDate.init(parsing:), what: Message(.registerRowDeadlineOf, ["batch": idText]))
        minutesOn = try RegisterError.readOptional(row["minutesOn"], as: CivilDate.init(parsing:), what: Message(.registerRowMinutesDateOf, ["batch": idText]))
        archivedOn = try RegisterError.readOptional(row["archivedOn"], as: CivilDate.init(parsing:), what: Message(.registerRowBatchArchivedOf, ["batch": idText]))
        package = row["package"]
    }

    package func encode(to container: inout PersistenceContainer) {
        container["id"] = id.description
        container["year"] = year
        container["folder"] = folder
        container["assignedOn"] = assignedOn.description
        container["deadline"] = deadline.description
        container["minutesOn"] = minutesOn?.description
        container["archivedOn"] = archivedOn?.description
        container["package"] = package
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

    package init(id: Int64, at: String, actor: String, action: String, batch: String, number: String, detail: String, sha256: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.batch = batch
        self.number = number
        self.detail = detail
        self.sha256 = sha256
    }

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
