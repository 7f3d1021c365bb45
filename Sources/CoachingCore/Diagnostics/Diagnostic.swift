/// One problem found in an input or configuration file.
///
/// Recoverable problems are collected as diagnostics so a clerk sees every problem of every
/// file in one run; only problems that make going on pointless are thrown.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// Errors block the run; warnings are shown and never block.
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// Plain words, no jargon: what is wrong and, where possible, what would be right.
    public var message: String
    /// The column or configuration key the problem is about, if any.
    public var field: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, field: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.field = field
    }

    /// `file:line:column: error: message (field)`, the form compilers use, which editors can follow.
    /// In a workbook: `lembar-kerja.xlsx: cell E3: error: message (field)`.
    public var formatted: String {
        var text = location.file
        if let cell = location.cellText {
            text += ": \(cell)"
        } else if location.line > 0 {
            text += ":\(location.line)"
            if location.column > 0 { text += ":\(location.column)" }
        }
        text += ": \(severity.rawValue): \(message)"
        if let field { text += " (\(field))" }
        return text
    }
}
