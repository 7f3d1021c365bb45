import CoachingCore

/// What `coaching find` found, as a list to keep: CSV for programs, a workbook
/// (``workbook``) for people who open it in a spreadsheet. Both have the same
/// columns, one row per document.
public struct FindExtract: Sendable {
    public let documents: [FoundDocument]

    public init(_ documents: [FoundDocument]) { self.documents = documents }

    /// The columns, with their widths in characters in the workbook.
    static let columns: [(name: String, width: Double)] = [
        ("nomor", 20), ("dokumen", 20), ("batch", 10), ("sesi", 6), ("nip", 21), ("nama", 26), ("tanggal", 12), ("status", 12),
        ("disetujui", 12), ("diterima", 12), ("diarsipkan", 12), ("html", 50), ("xml", 50), ("paket", 50),
        ("ditandatangani_oleh", 36), ("salinan_ttd", 50), ("pindaian", 50),
    ]

    /// Comma-separated, a header and one line per document; a field that a spreadsheet would
    /// run as a formula is written with a leading `'`.
    public var csv: String {
        let csv = CSVWriter(forSpreadsheet: true)
        var text = csv.line(Self.columns.map(\.name))
        for f in documents {
            text += csv.line([f.number, f.kind, f.batch, f.session > 0 ? String(f.session) : "", f.nip, f.name, f.date, f.status,
                              f.approvedOn ?? "", f.receivedOn ?? "", f.archivedOn ?? "", f.html, f.xml, f.package ?? "",
                              f.signedBy ?? "", f.signedCopy ?? "", f.scan ?? ""])
        }
        return text
    }
}
