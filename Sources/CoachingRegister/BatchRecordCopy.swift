import CoachingCore
import Foundation

/// The batch's own copy of its part of the register, kept in the batch folder (`register/`)
/// and rewritten with every change the register commits for the batch: the batch row, its
/// documents (in the archive package's `dokumen.csv` form), the hashes of its other files, the
/// printed and signed copies of its documents (`salinan.csv`) and its audit lines.
///
/// It is what `coaching register rebuild` reconstructs a lost register from, so that document
/// numbers are never given twice and every approval and receipt is kept. It is a copy, not the
/// record: the register stays the authority while it exists, and nothing else reads the copy.
package struct BatchRecordCopy: Sendable, Equatable {
    /// The folder inside the batch folder.
    package static let folder = "register"
    static let batchFile = "batch.csv", documentsFile = "dokumen.csv", filesFile = "berkas.csv", auditFile = "audit.csv",
               copiesFile = "salinan.csv"
    static let batchColumns = ["batch", "ditugaskan", "batas_waktu", "notulen", "diarsipkan", "paket"]
    static let fileColumns = ["berkas", "sha256", "ukuran"]
    static let copyColumns = ["berkas", "sumber", "nomor", "bentuk", "sha256", "ukuran", "dasar", "penanda_tangan", "id_penanda_tangan",
                              "ditandatangani", "kepercayaan", "dicatat"]

    /// One file of the batch that is not a numbered document, relative to the output root.
    package struct File: Sendable, Equatable {
        package var path: String
        package var sha256: String
        package var size: Int
    }

    package var batch: RegisteredBatch
    package var documents: [RegisteredDocument]
    package var files: [File]
    /// The printed and signed copies of its documents.
    package var copies: [DocumentCopy]
    /// The audit lines of the batch, with the ids the register gave them (their order).
    package var audit: [AuditEntry]

    package init(batch: RegisteredBatch, documents: [RegisteredDocument], files: [File], copies: [DocumentCopy] = [], audit: [AuditEntry]) {
        self.batch = batch
        self.documents = documents
        self.files = files
        self.copies = copies
        self.audit = audit
    }

    /// The copy's files, relative to the output root.
    package func encoded() -> [(String, [UInt8])] {
        let csv = CSVWriter(), prefix = batch.folder
        var batchBytes: [UInt8] = []
        csv.append(Self.batchColumns, to: &batchBytes)
        csv.append([batch.id.description, batch.assignedOn.description, batch.deadline.description, batch.minutesOn?.description ?? "",
                    batch.archivedOn?.description ?? "", batch.package ?? ""], to: &batchBytes)
        var fileBytes: [UInt8] = []
        csv.append(Self.fileColumns, to: &fileBytes)
        for file in files.sorted(by: { $0.path < $1.path }) {
            csv.append([RegisterExtract.relative(file.path, prefix), file.sha256, String(file.size)], to: &fileBytes)
        }
        var copyBytes: [UInt8] = []
        csv.append(Self.copyColumns, to: &copyBytes)
        for c in copies.sorted(by: { $0.path < $1.path }) {
            csv.append([RegisterExtract.relative(c.path, prefix), RegisterExtract.relative(c.source, prefix), c.number, c.form.rawValue, c.sha256,
                        String(c.size), c.basis, c.signer ?? "", c.signerID ?? "", c.signedAt ?? "", c.trust ?? "", c.recordedOn], to: &copyBytes)
        }
        let base = "\(prefix)/\(Self.folder)/"
        return [(base + Self.batchFile, batchBytes),
                (base + Self.documentsFile, RegisterExtract.documents(documents, prefix: prefix)),
                (base + Self.filesFile, fileBytes),
                (base + Self.copiesFile, copyBytes),
                (base + Self.auditFile, RegisterExtract.audit(audit))]
    }

    /// Reads the copy in `batchFolder` (the batch `id`'s folder); nil when there is none.
    /// Whatever does not read back is an error in `log`, named by file and line.
    /// Problems are said in `language`.
    package static func read(_ batchFolder: URL, id: BatchID, language: Language, log: inout DiagnosticLog) -> BatchRecordCopy? {
        let base = batchFolder.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: base.appendingPathComponent(batchFile).path) else { return nil }
        var reading = CopyReading(base: base, prefix: id.folder, language: language)
        let copy = reading.read(id)
        for d in reading.log.diagnostics { log.add(d) }
        return reading.log.errorCount == 0 ? copy : nil
    }
}

/// Reads the four files of a ``BatchRecordCopy`` back, every field typed.
private struct CopyReading {
    let base: URL
    let prefix: String
    let language: Language
    var log = DiagnosticLog()

    mutating func read(_ id: BatchID) -> BatchRecordCopy? {
        guard let batch = readBatch(id) else { return nil }
        let documents = readDocuments(id)
        let files = rows(BatchRecordCopy.filesFile, BatchRecordCopy.fileColumns).compactMap { row, at -> BatchRecordCopy.File? in
            guard let size = Int(row[2]), row[1].count == 64 else { log.error(at, language.text(.copyFileUnreadable, ["path": row[0]])); return nil }
            return BatchRecordCopy.File(path: "\(prefix)/\(row[0])", sha256: row[1], size: size)
        }
        let audit = rows(BatchRecordCopy.auditFile, ["no", "waktu", "pelaku", "tindakan", "nomor", "keterangan", "sha256"]).compactMap { row, at -> AuditEntry? in
            guard let no = Int64(row[0]) else { log.error(at, language.text(.copyAuditNumber, ["value": row[0]])); return nil }
            return AuditEntry(id: no, at: row[1], actor: row[2], action: row[3], batch: id.description, number: row[4], detail: row[5], sha256: row[6])
        }
        // A copy written before printed copies existed has no salinan.csv: none were made.
        let copies = FileManager.default.fileExists(atPath: base.appendingPathComponent(BatchRecordCopy.copiesFile).path)
            ? rows(BatchRecordCopy.copiesFile, BatchRecordCopy.copyColumns).compactMap { row, at in readCopy(row, at, id) } : []
        return BatchRecordCopy(batch: batch, documents: documents, files: files, copies: copies, audit: audit)
    }

    private mutating func readCopy(_ row: [String], _ at: SourceLocation, _ id: BatchID) -> DocumentCopy? {
        guard let form = DocumentCopy.Form(rawValue: row[3]), let size = Int(row[5]), row[4].count == 64 else {
            log.error(at, language.text(.copyCopyUnreadable, ["path": row[0]]))
            return nil
        }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        return DocumentCopy(path: "\(prefix)/\(row[0])", batch: id, source: "\(prefix)/\(row[1])", number: row[2], form: form, sha256: row[4],
                            size: size, basis: row[6], signer: optional(row[7]), signerID: optional(row[8]), signedAt: optional(row[9]),
                            trust: optional(row[10]), recordedOn: row[11])
    }

    private mutating func readBatch(_ id: BatchID) -> RegisteredBatch? {
        guard let (row, at) = rows(BatchRecordCopy.batchFile, BatchRecordCopy.batchColumns).first else { return nil }
        guard row[0] == id.description else {
            log.error(at, language.text(.copyOtherBatch, ["batch": row[0], "folder": "\(id)"]))
            return nil
        }
        guard let assigned = CivilDate(parsing: row[1]), let deadline = CivilDate(parsing: row[2]) else {
            log.error(at, language.text(.copyBatchDates))
            return nil
        }
        var batch = RegisteredBatch(id: id, assignedOn: assigned, deadline: deadline)
        batch.minutesOn = date(row[3], at)
        batch.archivedOn = date(row[4], at)
        batch.package = row[5].isEmpty ? nil : row[5]
        return batch
    }

    private mutating func readDocuments(_ id: BatchID) -> [RegisteredDocument] {
        rows(BatchRecordCopy.documentsFile, RegisterExtract.documentColumns).compactMap { row, at -> RegisteredDocument? in
            guard let number = DocumentNumber(parsing: row[0]), number.kind.rawValue == row[1], let session = Int(row[4]),
                  let status = DocumentStatus(rawValue: row[6]), let revision = Int(row[7]), let drafted = CivilDate(parsing: row[12]) else {
                log.error(at, language.text(.copyDocumentUnreadable, ["number": row[0]]))
                return nil
            }
            var d = RegisteredDocument(number: number, batch: id, session: session, nip: row[5], htmlPath: "\(prefix)/\(row[8])",
                                       xmlPath: "\(prefix)/\(row[9])", htmlSHA256: row[10], xmlSHA256: row[11], draftedOn: drafted)
            d.status = status
            d.revision = revision
            d.approvedOn = date(row[13], at)
            d.approvedBy = row[14].isEmpty ? nil : row[14]
            d.receivedOn = date(row[15], at)
            d.receivedBy = row[16].isEmpty ? nil : row[16]
            d.archivedOn = date(row[17], at)
            return d
        }
    }

    /// An optional date: empty is none, anything else must read back.
    private mutating func date(_ text: String, _ at: SourceLocation) -> CivilDate? {
        if text.isEmpty { return nil }
        guard let date = CivilDate(parsing: text) else { log.error(at, language.text(.copyNotDate, ["value": text])); return nil }
        return date
    }

    /// The rows of `name` after its header, which must be `columns`.
    private mutating func rows(_ name: String, _ columns: [String]) -> [([String], SourceLocation)] {
        let url = base.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(SourceLocation(file: url.path), language.text(.copyFileMissing))
            return []
        }
        let reader = CSVReader(source: MemoryByteSource([UInt8](data)), file: url.path, delimiter: UInt8(ascii: ","), language: language)
        defer { for d in reader.log.diagnostics { log.add(d) } }
        guard reader.nextRecord(), (0..<reader.fieldCount).map({ reader.string($0) }) == columns else {
            reader.log.error(reader.recordLocation, language.text(.copyHeader, ["columns": columns.joined(separator: ",")]))
            return []
        }
        var rows: [([String], SourceLocation)] = []
        while reader.nextRecord() {
            guard reader.fieldCount == columns.count else {
                reader.log.error(reader.recordLocation, language.text(.rowWidthShort, ["fields": "\(reader.fieldCount)", "width": "\(columns.count)"]))
                continue
            }
            rows.append(((0..<columns.count).map { reader.string($0) }, reader.recordLocation))
        }
        return rows
    }
}
