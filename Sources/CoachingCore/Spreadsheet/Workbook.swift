/// A workbook as coaching writes it: a few sheets of cells, each cell with one of the handful
/// of looks the worksheets need. Pure data; ``xlsx(date:)`` turns it into the bytes of an
/// Office Open XML (SpreadsheetML) package, the format Excel and LibreOffice open by double-click.
public struct Workbook: Sendable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }
}

extension Workbook {
    /// One sheet: its rows from row 1 down, each row's cells from column A on.
    public struct Sheet: Sendable {
        /// The tab's name (at most 31 characters, none of `[]:*?/\`).
        public var name: String
        /// Column widths in characters, from column A on; columns beyond keep the default width.
        public var columnWidths: [Double] = []
        public var rows: [[Cell]] = []
        /// Heights in points of the rows that need more than one line, by row number (from 1);
        /// the others keep the default. Spreadsheets do not grow a row to its wrapped text
        /// when they open a file, so a list with long cells says how tall its rows are
        /// (``fitRowHeights()``).
        public var rowHeights: [Int: Double] = [:]
        /// Rows kept in view while scrolling (the header).
        public var frozenRows = 0
        /// Locked cells cannot be changed while the sheet is protected (no password: protection
        /// guards against slips, not against someone who means to change a cell).
        public var isProtected = false
        /// Drop-down lists of allowed values.
        public var lists: [ListValidation] = []
        /// Printed across the page, with the first `printTitleRows` rows on every page.
        public var landscape = false
        public var printTitleRows = 0

        public init(name: String) { self.name = name }
    }

    /// A drop-down list on a block of cells of one column: anything else is refused as it is typed.
    public struct ListValidation: Sendable, Equatable {
        public var column: Int
        public var rows: ClosedRange<Int>
        public var values: [String]
        /// Shown when a value outside the list is typed.
        public var error: String

        public init(column: Int, rows: ClosedRange<Int>, values: [String], error: String) {
            self.column = column
            self.rows = rows
            self.values = values
            self.error = error
        }
    }

    /// A cell's value and look.
    public struct Cell: Sendable, Equatable {
        public enum Value: Sendable, Equatable {
            case empty
            /// Always text, whatever it looks like: a NIP stays 18 digits.
            case text(String)
            case number(Double)
            /// A day, stored as the serial number spreadsheets count days with (1900 date system).
            case date(CivilDate)
        }

        public var value: Value
        public var style: CellStyle

        public init(_ value: Value, _ style: CellStyle = .plain) {
            self.value = value
            self.style = style
        }
    }

    /// How a cell looks and whether it can be changed: the few combinations the worksheets use.
    public struct CellStyle: Sendable, Hashable {
        /// How a value is shown.
        public enum Format: Sendable, Hashable {
            case general
            /// `@`: what is typed stays text (no number, date or formula is made of it).
            case text
            /// `dd/mm/yyyy`, as dates are written in Indonesia.
            case date
            /// `0.0`: a score with one decimal (the spreadsheet shows its own decimal sign).
            case oneDecimal
        }

        public var format: Format
        public var bold = false
        /// A grey background: the cells coaching filled in, not to be changed.
        public var shaded = false
        /// Unchangeable while the sheet is protected.
        public var locked = true
        public var wraps = true
        /// A thin grey line round the cell: every cell of a table has one, running text none.
        public var bordered = true

        public init(format: Format, bold: Bool = false, shaded: Bool = false, locked: Bool = true, wraps: Bool = true, bordered: Bool = true) {
            self.format = format
            self.bold = bold
            self.shaded = shaded
            self.locked = locked
            self.wraps = wraps
            self.bordered = bordered
        }

        /// A cell with no particular look (locked, as every cell is by default).
        public static let plain = CellStyle(format: .general, wraps: false, bordered: false)
        /// A column title.
        public static let header = CellStyle(format: .text, bold: true, shaded: true)
        /// Filled in by coaching: text, grey, locked.
        public static let identity = CellStyle(format: .text, shaded: true)
        /// A day filled in by coaching: grey, locked.
        public static let identityDate = CellStyle(format: .date, shaded: true)
        /// For the Quality Assessor to fill in: text, unlocked.
        public static let input = CellStyle(format: .text, locked: false)
        /// A day for the Quality Assessor to fill in, shown dd/mm/yyyy; unlocked.
        public static let inputDate = CellStyle(format: .date, locked: false)
        /// Running text (the instructions).
        public static let paragraph = CellStyle(format: .text, bordered: false)
        /// A heading in running text.
        public static let heading = CellStyle(format: .text, bold: true, bordered: false)

        // The lists coaching writes for reading, sorting and filtering (the candidates, the
        // `find` extract): white, bordered, not protected.

        /// Text in a list, wrapped; a NIP or a number like `2026-001` stays as written.
        public static let listText = CellStyle(format: .text)
        /// A whole number in a list (a rank, a session).
        public static let listNumber = CellStyle(format: .general, wraps: false)
        /// A score in a list, shown with one decimal.
        public static let listScore = CellStyle(format: .oneDecimal, wraps: false)
        /// A day in a list, shown dd/mm/yyyy.
        public static let listDate = CellStyle(format: .date, wraps: false)
    }
}
