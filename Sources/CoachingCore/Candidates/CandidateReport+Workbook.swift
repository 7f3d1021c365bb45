/// The candidate list as a workbook, `kandidat.xlsx`: the columns of ``CandidateReport/csv``,
/// typed so that a spreadsheet keeps them. The NIP and the period are text (as numbers a
/// spreadsheet keeps 15 of a NIP's 18 digits, and reads `2026-10` as a date); the rank is a
/// number and the score a number shown with one decimal, so both sort; each reason and each
/// focus area is a line of its wrapped cell, where the CSV joins them with "; ".
extension CandidateReport {
    /// The sheet's name.
    public static let sheetName = "Kandidat"

    /// The columns, as the CSV names them, with their widths in characters.
    static let columns: [(name: String, width: Double)] = [
        ("peringkat", 10), ("nip", 21), ("nama", 26), ("jabatan", 22), ("tim", 10), ("periode", 9),
        ("nilai_kualitas", 15), ("alasan", 70), ("fokus", 30),
    ]

    /// One sheet: the header, frozen and bold, and one row per candidate, as tall as its reasons.
    public var workbook: Workbook {
        var sheet = Workbook.Sheet(name: Self.sheetName)
        sheet.columnWidths = Self.columns.map(\.width)
        sheet.rows = [Self.columns.map { Workbook.Cell(.text($0.name), .header) }]
        for c in list.candidates {
            sheet.rows.append([
                Workbook.Cell(.number(Double(c.rank)), .listNumber), Workbook.Cell(.text(c.nip.description), .listText),
                Workbook.Cell(.text(c.nama), .listText), Workbook.Cell(.text(c.jabatan.rawValue), .listText),
                Workbook.Cell(.text(c.tim), .listText), Workbook.Cell(.text(c.periode.description), .listText),
                Workbook.Cell(.number(c.nilaiKualitas), .listScore),
                Workbook.Cell(Self.lines(c.reasons.map(\.text)), .listText),
                Workbook.Cell(Self.lines(c.focus.map { names.name($0.aspect) }), .listText),
            ])
        }
        sheet.fitRowHeights()
        sheet.frozenRows = 1
        sheet.landscape = true
        sheet.printTitleRows = 1
        return Workbook(sheets: [sheet])
    }

    /// One item per line of the cell; nothing is an empty cell, not an empty text.
    static func lines(_ items: [String]) -> Workbook.Cell.Value {
        items.isEmpty ? .empty : .text(items.joined(separator: "\n"))
    }

    /// The bytes of `kandidat.xlsx`, stamped with `date` (the batch's assignment day, never the
    /// clock's): the same list gives the same file.
    public func xlsx(date: CivilDate) throws -> [UInt8] {
        try workbook.xlsx(date: date)
    }
}
