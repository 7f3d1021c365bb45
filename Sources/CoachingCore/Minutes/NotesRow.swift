/// One cell of the notes as read: text from a CSV, a typed value from a workbook.
enum NotesCell: Equatable {
    case text(String)
    /// As the workbook writes it; `date` when its format shows a date.
    case number(String, date: Bool)
    case bool(Bool)
    case error(String)

    init(_ value: SpreadsheetTable.Value) {
        switch value {
        case .text(let t): self = .text(t)
        case .number(let n, let date): self = .number(n, date: date)
        case .bool(let b): self = .bool(b)
        case .error(let e): self = .error(e)
        }
    }

    /// The cell as text, for the columns that hold text: a number as written (a whole number
    /// without `.0`), a date cell as `dd/mm/yyyy`.
    func text(dateSystem: DateSystem) -> String {
        switch self {
        case .text(let t): return t.trimmingASCIIWhitespace()
        case .number(let n, let date):
            if date, let value = Double(n), let day = dateSystem.date(serial: value) {
                return "\(day.day < 10 ? "0" : "")\(day.day)/\(day.month < 10 ? "0" : "")\(day.month)/\(day.year)"
            }
            if let value = Double(n), value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
            return n
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e
        }
    }
}

/// One row of the notes, its cells by column name, each with its place in the file.
struct NotesRow {
    /// The row as a whole.
    var location: SourceLocation
    var cells: [String: (cell: NotesCell, at: SourceLocation)]

    func cell(_ name: String) -> NotesCell { cells[name]?.cell ?? .text("") }
    func at(_ name: String) -> SourceLocation { cells[name]?.at ?? location }
}
