/// A problem in a template, at its place: `Templates/berita-acara.html:42:17: unknown name 'penerima.nip'`.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A place in a template source.
struct SourcePosition: Sendable, Equatable {
    var file: String
    var line: Int
    var column: Int

    func error(_ message: String) -> TemplateError {
        TemplateError(file: file, line: line, column: column, message: message)
    }
}
