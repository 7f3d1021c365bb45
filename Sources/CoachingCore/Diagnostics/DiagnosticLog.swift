/// Collects the diagnostics of one file, keeping at most `limit` so a broken million-row
/// file cannot drown the clerk (or the memory); the rest are counted.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Diagnostics found but not kept because of the limit.
    public private(set) var omittedCount = 0
    public let limit: Int

    public init(limit: Int = 100) { self.limit = limit }

    public mutating func add(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
        if diagnostics.count < limit { diagnostics.append(diagnostic) } else { omittedCount += 1 }
    }

    public mutating func error(_ location: SourceLocation, _ message: String, field: String? = nil) {
        add(Diagnostic(.error, at: location, message, field: field))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, field: String? = nil) {
        add(Diagnostic(.warning, at: location, message, field: field))
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// Counts errors found by a component that kept no message for them.
    mutating func countUnlisted(errors: Int) {
        errorCount += errors
        omittedCount += errors
    }

    /// Appends another log's findings (of a later part of the same file), moving their lines
    /// down by `lineOffset`; counts add up even where the limit drops messages.
    mutating func append(_ other: DiagnosticLog, lineOffset: Int) {
        for var diagnostic in other.diagnostics {
            if diagnostic.location.line > 0 { diagnostic.location.line += lineOffset }
            add(diagnostic)
        }
        let errorsNotListed = other.errorCount - other.diagnostics.count(where: { $0.severity == .error })
        let warningsNotListed = other.warningCount - other.diagnostics.count(where: { $0.severity == .warning })
        errorCount += errorsNotListed
        warningCount += warningsNotListed
        omittedCount += errorsNotListed + warningsNotListed
    }

    /// Diagnostics in file order (line, then column); on the same spot, in the order they
    /// were found, whatever their severity.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
