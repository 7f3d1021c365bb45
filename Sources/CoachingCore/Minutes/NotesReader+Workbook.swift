/// The worksheet as a workbook (`lembar-kerja.xlsx`): the first sheet, its first row the
/// column names, as in the CSV. Cells are placed as `cell E3`.
extension NotesReader {
    func readWorkbook(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        var log = DiagnosticLog()
        let bytes: [UInt8]
        do {
            bytes = try Self.readAll(file.source, limit: XLSXPackage.maximumFileBytes)
        } catch {
            log.error(SourceLocation(file: file.name), language.text(.csvReadFailed, ["reason": language.describe(error, path: file.name)]))
            return ([], log)
        }
        guard let table = XLSXReader.read(bytes, file: file.name, language: language, log: &log) else { return ([], log) }
        guard let header = table.rows.first else {
            log.error(SourceLocation(file: file.name), language.text(.workbookEmpty, ["sheet": table.sheet]))
            return ([], log)
        }
        var columns: [Int: String] = [:]
        for (column, value) in header.cells {
            let name = HeaderName.normalize(NotesCell(value).text(dateSystem: table.dateSystem))
            if !name.isEmpty, !columns.values.contains(name) { columns[column] = name }
        }
        let missing = Self.requiredColumns.filter { !columns.values.contains($0) }
        guard missing.isEmpty else {
            log.error(SourceLocation(file: file.name, line: header.number).inSpreadsheet,
                      language.text(.workbookColumnsMissing, ["sheet": table.sheet, "column": language.noun(missing.count, .nounColumn),
                                                              "missing": missing.joined(separator: ", ")]))
            return ([], log)
        }
        var rows: [NotesRow] = []
        for row in table.rows.dropFirst() {
            var notesRow = NotesRow(location: SourceLocation(file: file.name, line: row.number).inSpreadsheet, cells: [:])
            for (column, name) in columns {
                let at = SourceLocation(file: file.name, line: row.number, column: column).inSpreadsheet
                notesRow.cells[name] = (row.cells[column].map(NotesCell.init) ?? .text(""), at)
            }
            // A row with nothing in the worksheet's columns (a note beside the table) is no session.
            if columns.keys.allSatisfy({ row.cells[$0] == nil }) { continue }
            rows.append(notesRow)
        }
        let notes = NotesDecoder(jadwal: jadwal, dateSystem: table.dateSystem, language: language).decode(rows, log: &log)
        return (notes, log)
    }

    /// Everything `source` holds, refusing more than `limit` bytes before reading it all.
    static func readAll(_ source: ByteSource, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { return bytes }
            bytes += buffer[0..<n]
            if bytes.count > limit { throw TooLarge(limit: limit) }
        }
    }

    /// Worded in the reader's language where it is shown (``Language/describe(_:path:)``).
    struct TooLarge: MessageCarryingError, CustomStringConvertible {
        var limit: Int
        var message: Message? { Message(.worksheetTooLarge, ["limit": "\(limit >> 20)"]) }
        var description: String { Language.en.text(.worksheetTooLarge, ["limit": "\(limit >> 20)"]) }
    }
}
