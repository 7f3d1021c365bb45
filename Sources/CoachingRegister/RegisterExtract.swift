import CoachingCore

/// The register's entries and audit log of one batch as CSV, for the archive package: the
/// records office can read them in a spreadsheet, and `verify` checks the documents against them.
package enum RegisterExtract {
    package static let documentsPath = "register/dokumen.csv"
    package static let auditPath = "register/audit.csv"

    static let documentColumns = ["nomor", "jenis", "tahun", "urut", "sesi", "nip", "status", "revisi", "html", "xml",
                                  "sha256_html", "sha256_xml", "konsep", "disetujui", "disetujui_oleh", "diterima",
                                  "diterima_oleh", "diarsipkan"]

    /// Paths relative to the batch folder (`prefix` is the batch folder relative to the output root).
    package static func documents(_ documents: [RegisteredDocument], prefix: String) -> [UInt8] {
        let csv = CSVWriter()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(documents.count * 320)
        csv.append(documentColumns, to: &bytes)
        for d in documents {
            let dates: [String] = [d.draftedOn.description, d.approvedOn?.description ?? "", d.approvedBy ?? "",
                                   d.receivedOn?.description ?? "", d.receivedBy ?? "", d.archivedOn?.description ?? ""]
            let identity: [String] = [d.number.description, d.kind.rawValue, String(d.year), String(d.sequence), String(d.session), d.nip,
                                      d.status.rawValue, String(d.revision)]
            let files: [String] = [relative(d.htmlPath, prefix), relative(d.xmlPath, prefix), d.htmlSHA256, d.xmlSHA256]
            csv.append(identity + files + dates, to: &bytes)
        }
        return bytes
    }

    static let auditColumns = ["no", "waktu", "pelaku", "tindakan", "nomor", "keterangan", "sha256"]
    /// With the hash chain: each line's link and the link of the line before it in the whole
    /// register (which may be another batch's), so a reader can recompute every link.
    static let chainColumns = ["rantai_sebelum", "rantai"]

    /// The audit lines as CSV; with `links` (the package's extract), two more columns carry
    /// each line's place in the hash chain.
    package static func audit(_ lines: [AuditEntry], links: [Int64: AuditLink]? = nil) -> [UInt8] {
        let csv = CSVWriter()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.count * (links == nil ? 200 : 340))
        csv.append(auditColumns + (links == nil ? [] : chainColumns), to: &bytes)
        for a in lines {
            var fields = [String(a.id), a.at, a.actor, a.action, a.number, a.detail, a.sha256]
            if let links { fields += [links[a.id]?.previous ?? "", links[a.id]?.link ?? ""] }
            csv.append(fields, to: &bytes)
        }
        return bytes
    }

    /// Reads a package's `register/audit.csv` (with its chain columns) of batch `batch` line by
    /// line and recomputes every link: each line must give its recorded link after the link
    /// before it, and a line that follows the one before it in the log (the next number) must
    /// start from that line's link. The first line that does not hold, in words; nil when all do.
    /// Said in `language`.
    package static func firstChainBreak(_ source: ByteSource, file: String, batch: String, language: Language, log: inout DiagnosticLog) -> String? {
        let reader = CSVReader(source: source, file: file, delimiter: UInt8(ascii: ","), language: language)
        defer { for d in reader.log.diagnostics { log.add(d) } }
        let columns = auditColumns + chainColumns
        guard reader.nextRecord() else { return language.text(.extractAuditEmpty, ["file": file]) }
        let header = (0..<reader.fieldCount).map { reader.string($0) }
        // Packages made before the chain went into them carry the lines alone: nothing to recompute.
        if header == auditColumns { return nil }
        guard header == columns else {
            return language.text(.extractAuditHeader, ["file": file, "columns": columns.joined(separator: ",")])
        }
        var buffer: [UInt8] = [], previous: (id: Int64, link: String)?
        buffer.reserveCapacity(512)
        while reader.nextRecord() {
            let at = "\(file):\(reader.recordLine)"
            guard reader.fieldCount == columns.count, let id = Int64(reader.string(0)) else {
                return language.text(.extractAuditWidth, ["at": at, "fields": "\(reader.fieldCount)", "width": "\(columns.count)"])
            }
            let line = AuditLine(at: reader.string(1), actor: reader.string(2), action: reader.string(3), batch: batch,
                                 number: reader.string(4), detail: reader.string(5), sha256: reader.string(6))
            let before = reader.string(7), link = reader.string(8)
            if let previous, id <= previous.id {
                return language.text(.extractAuditOrder, ["at": at, "id": "\(id)", "previous": "\(previous.id)"])
            }
            if let previous, previous.id + 1 == id, previous.link != before {
                return language.text(.extractAuditGap, ["at": at, "id": "\(id)", "previous": "\(previous.id)"])
            }
            guard AuditChain.link(after: before, id: id, line, buffer: &buffer) == link else {
                return language.text(.extractAuditChanged, ["at": at, "id": "\(id)", "action": line.action, "number": line.number, "time": line.at])
            }
            previous = (id, link)
        }
        return nil
    }

    package static func relative(_ path: String, _ prefix: String) -> String {
        path.hasPrefix(prefix + "/") ? String(path.dropFirst(prefix.count + 1)) : path
    }

    /// One document row as `verify` reads it back.
    package struct Row: Sendable, Equatable {
        package var number, kind, nip, status, html, xml, htmlSHA256, xmlSHA256: String
        package var session: Int
        package var line: Int
    }

    /// Reads `register/dokumen.csv` back, streamed; problems go to `log`. Rows past `rowLimit`
    /// are refused where they start, so what the file holds never decides what is kept.
    /// Problems are said in `language`.
    package static func readDocuments(_ source: ByteSource, file: String, rowLimit: Int = .max, language: Language, log: inout DiagnosticLog) -> [Row] {
        let reader = CSVReader(source: source, file: file, delimiter: UInt8(ascii: ","), language: language)
        defer { for d in reader.log.diagnostics { log.add(d) } }
        guard reader.nextRecord() else { return [] }
        let names = (0..<reader.fieldCount).map { reader.string($0) }
        guard names == documentColumns else {
            reader.log.error(reader.recordLocation, language.text(.extractDocumentsHeader, ["columns": documentColumns.joined(separator: ",")]))
            return []
        }
        var rows: [Row] = []
        while reader.nextRecord() {
            guard rows.count < rowLimit else {
                reader.log.error(reader.recordLocation, language.text(.extractTooManyDocuments, ["limit": "\(rowLimit)"]))
                break
            }
            guard reader.fieldCount == documentColumns.count else {
                reader.log.error(reader.recordLocation, language.text(.rowWidthShort, ["fields": "\(reader.fieldCount)", "width": "\(documentColumns.count)"]))
                continue
            }
            rows.append(Row(number: reader.string(0), kind: reader.string(1), nip: reader.string(5), status: reader.string(6),
                            html: reader.string(8), xml: reader.string(9), htmlSHA256: reader.string(10), xmlSHA256: reader.string(11),
                            session: Int(reader.string(4)) ?? -1, line: reader.recordLine))
        }
        return rows
    }
}
