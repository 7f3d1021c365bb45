import CoachingCore
import GRDB

/// A copy of a registered document in another form: the PDF `coaching pdf` printed from its
/// HTML, a signed PDF that extends that PDF, or a scan of the paper signed in ink.
///
/// The HTML stays the document of record; a copy says what it was made from (`basis`), so a
/// PDF whose HTML has changed since is found, and a signed copy pins the PDF it extends.
package struct DocumentCopy: Sendable, Equatable {
    /// The form of a copy, as the register spells it.
    package enum Form: String, Sendable, CaseIterable {
        /// Printed by `coaching pdf` from the document's HTML.
        case pdf
        /// A signed PDF (PAdES or another incremental signature) that extends the printed PDF.
        case signed = "bertanda-tangan"
        /// A scan of the paper document signed in ink.
        case scan = "pindaian"
    }

    /// Path of the copy, relative to the output root (`2026/2026-001/berita-acara/sesi-007.pdf`).
    package var path: String
    package var batch: BatchID
    /// Path of the HTML it is a copy of, relative to the output root.
    package var source: String
    /// The document number, or empty for an unnumbered document (the rekap).
    package var number: String
    package var form: Form
    package var sha256: String
    package var size: Int
    /// A PDF: SHA-256 of the HTML printed; a signed copy: SHA-256 of the PDF it extends; a scan: empty.
    package var basis: String
    /// Who signed, their NIK or NIP as the certificate states it, when, and whether the chain was checked (signed copies).
    package var signer: String?
    package var signerID: String?
    package var signedAt: String?
    package var trust: String?
    /// When the copy was recorded (ISO timestamp, WIB).
    package var recordedOn: String

    package init(path: String, batch: BatchID, source: String, number: String, form: Form, sha256: String, size: Int, basis: String,
                 signer: String? = nil, signerID: String? = nil, signedAt: String? = nil, trust: String? = nil, recordedOn: String) {
        self.path = path
        self.batch = batch
        self.source = source
        self.number = number
        self.form = form
        self.sha256 = sha256
        self.size = size
        self.basis = basis
        self.signer = signer
        self.signerID = signerID
        self.signedAt = signedAt
        self.trust = trust
        self.recordedOn = recordedOn
    }

    static let columns = "path, batch, source, number, form, sha256, size, basis, signer, signerID, signedAt, trust, recordedOn"

    init(row: Row) throws {
        let path: String = row[0]
        batch = try RegisterError.read(row[1], as: BatchID.init(parsing:), what: Message(.registerRowCopyBatchOf, ["path": path]))
        form = try RegisterError.read(row[4], as: Form.init(rawValue:), what: Message(.registerRowCopyFormOf, ["path": path]))
        self.path = path
        source = row[2]
        number = row[3]
        sha256 = row[5]
        size = row[6]
        basis = row[7]
        signer = row[8]
        signerID = row[9]
        signedAt = row[10]
        trust = row[11]
        recordedOn = row[12]
    }
}

extension RegisterTransaction {
    /// The copies of `batch`'s documents, by path.
    package func copies(batch id: BatchID) throws -> [DocumentCopy] {
        try Row.fetchAll(db, sql: "SELECT \(DocumentCopy.columns) FROM document_copy WHERE batch = ? ORDER BY path", arguments: [id.description])
            .map(DocumentCopy.init(row:))
    }

    /// Records `copies`; a copy recorded before at the same path is replaced.
    package func record(_ copies: [DocumentCopy]) throws {
        for c in copies {
            touched.add(c.batch)
            try db.execute(sql: "INSERT OR REPLACE INTO document_copy (\(DocumentCopy.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [c.path, c.batch.description, c.source, c.number, c.form.rawValue, c.sha256, c.size, c.basis,
                                       c.signer, c.signerID, c.signedAt, c.trust, c.recordedOn])
        }
    }
}
