import CoachingCore

/// The extract as a workbook: the CSV's columns, typed so that a spreadsheet keeps them.
/// Numbers, batches and NIPs are text (a NIP as a number loses its last three digits, and
/// `2026-001` would be read as a date); the session is a number and the dates are date
/// cells shown dd/mm/yyyy, so both sort.
extension FindExtract {
    /// The sheet's name.
    public static let sheetName = "Dokumen"

    /// One sheet: the header, frozen and bold, and one row per document.
    public var workbook: Workbook {
        var sheet = Workbook.Sheet(name: Self.sheetName)
        sheet.columnWidths = Self.columns.map(\.width)
        sheet.rows = [Self.columns.map { Workbook.Cell(.text($0.name), .header) }]
        for f in documents {
            sheet.rows.append([
                Self.text(f.number), Self.text(f.kind), Self.text(f.batch),
                f.session > 0 ? Workbook.Cell(.number(Double(f.session)), .listNumber) : Workbook.Cell(.empty, .listNumber),
                Self.text(f.nip), Self.text(f.name), Self.date(f.date), Self.text(f.status),
                Self.date(f.approvedOn), Self.date(f.receivedOn), Self.date(f.archivedOn),
                Self.text(f.html), Self.text(f.xml), Self.text(f.package),
                Self.text(f.signedBy), Self.text(f.signedCopy), Self.text(f.scan),
            ])
        }
        sheet.fitRowHeights()
        sheet.frozenRows = 1
        sheet.landscape = true
        sheet.printTitleRows = 1
        return Workbook(sheets: [sheet])
    }

    /// The bytes of the workbook, stamped with the latest date in it (the first day the ZIP
    /// format knows when it has none), not the clock's: the same documents give the same file.
    public func xlsx() throws -> [UInt8] {
        let dates = documents.flatMap { [$0.date, $0.approvedOn, $0.receivedOn, $0.archivedOn] }.compactMap { $0.flatMap { CivilDate(parsing: $0) } }
        return try workbook.xlsx(date: dates.max() ?? CivilDate(year: 1980, month: 1, day: 1)!)
    }

    private static func text(_ value: String?) -> Workbook.Cell {
        guard let value, !value.isEmpty else { return Workbook.Cell(.empty, .listText) }
        return Workbook.Cell(.text(value), .listText)
    }

    /// A date the register wrote (`2026-11-25`) as a date cell; anything else stays text, as written.
    private static func date(_ value: String?) -> Workbook.Cell {
        guard let value, !value.isEmpty else { return Workbook.Cell(.empty, .listDate) }
        guard let day = CivilDate(parsing: value) else { return Workbook.Cell(.text(value), .listText) }
        return Workbook.Cell(.date(day), .listDate)
    }
}
