/// A place in an input file, for messages a clerk can follow back to the cell.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in characters; 0 when the problem concerns a whole line or file.
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}
