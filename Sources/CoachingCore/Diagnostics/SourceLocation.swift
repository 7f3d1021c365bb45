/// A place in an input file, for messages a clerk can follow back to the cell.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in characters; 0 when the problem concerns a whole line or file.
    public var column: Int
    /// True when `line` and `column` are a workbook's row and column: a person finds the place
    /// as `cell E3` (or `row 3`), not as a line of text.
    public var isSpreadsheetCell = false

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `cell E3`, `row 3`, or nothing, for a place in a workbook.
    public var cellText: String? {
        guard isSpreadsheetCell, line > 0 else { return nil }
        return column > 0 ? "cell \(CellReference(column: column, row: line))" : "row \(line)"
    }

    private enum CodingKeys: String, CodingKey { case file, line, column, cell }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        line = try c.decode(Int.self, forKey: .line)
        column = try c.decode(Int.self, forKey: .column)
        isSpreadsheetCell = try c.decodeIfPresent(String.self, forKey: .cell) != nil
    }

    /// `cell` is written only for a place in a workbook, so other output stays as it was.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        if let cellText { try c.encode(cellText, forKey: .cell) }
    }
}
