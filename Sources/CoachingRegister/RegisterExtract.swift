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

    package static func audit(_ lines: [AuditEntry]) -> [UInt8] {
        let csv = CSVWriter()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.count * 200)
        csv.append(["no", "waktu", "pelaku", "tindakan", "nomor", "keterangan", "sha256"], to: &bytes)
        for a in lines {
            csv.append([String(a.id), a.at, a.actor, a.action, a.number, a.detail, a.sha256], to: &bytes)
        }
        return bytes
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
    package static func readDocuments(_ source: ByteSource, file: String, rowLimit: Int = .max, log: inout DiagnosticLog) -> [Row] {
        let reader = CSVReader(source: source, file: file, delimiter: UInt8(ascii: ","))
        defer { for d in reader.log.diagnostics { log.add(d) } }
        guard reader.nextRecord() else { return [] }
        let names = (0..<reader.fieldCount).map { reader.string($0) }
        guard names == documentColumns else {
            reader.log.error(reader.recordLocation, "the header is not the register's (\(documentColumns.joined(separator: ",")))")
            return []
        }
        var rows: [Row] = []
        while reader.nextRecord() {
            guard rows.count < rowLimit else {
                reader.log.error(reader.recordLocation, "more than \(rowLimit) documents, more than a package can hold")
                break
            }
            guard reader.fieldCount == documentColumns.count else {
                reader.log.error(reader.recordLocation, "this row has \(reader.fieldCount) fields, the header \(documentColumns.count)")
                continue
            }
            rows.append(Row(number: reader.string(0), kind: reader.string(1), nip: reader.string(5), status: reader.string(6),
                            html: reader.string(8), xml: reader.string(9), htmlSHA256: reader.string(10), xmlSHA256: reader.string(11),
                            session: Int(reader.string(4)) ?? -1, line: reader.recordLine))
        }
        return rows
    }
}
