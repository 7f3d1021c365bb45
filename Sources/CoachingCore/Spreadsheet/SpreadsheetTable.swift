/// The first sheet of a workbook as read: its cells by row and column, with their values as
/// the file holds them.
public struct SpreadsheetTable: Sendable, Equatable {
    /// A cell's value as stored.
    public enum Value: Sendable, Equatable {
        case text(String)
        /// A number as the file writes it (`1.98607282015092E+17`), so that no digit is lost
        /// to a conversion; `date` when its format shows a date or time.
        case number(String, date: Bool)
        case bool(Bool)
        /// An error value such as `#N/A`.
        case error(String)
    }

    public struct Row: Sendable, Equatable {
        /// 1-based, as the sheet shows it.
        public var number: Int
        /// By column, 1-based; missing columns are empty cells.
        public var cells: [Int: Value]
    }

    /// The sheet's name.
    public var sheet: String
    /// Rows that have at least one cell, in order.
    public var rows: [Row]
    /// How the workbook counts days.
    public var dateSystem: DateSystem
}
