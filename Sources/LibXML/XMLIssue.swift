import CLibXML2

/// One problem libxml2 reported while reading or validating a document.
public struct XMLIssue: Sendable, Equatable {
    /// How serious libxml2 considers the problem.
    public enum Level: Sendable, Equatable { case warning, error, fatal }

    public var level: Level
    /// 1-based line, 0 when libxml2 did not know it.
    public var line: Int
    /// 1-based column, 0 when libxml2 did not know it.
    public var column: Int
    /// libxml2's message, trimmed, in English.
    public var message: String
    /// True when the issue comes from XSD validation rather than from well-formedness.
    public var isSchemaViolation: Bool

    public init(level: Level, line: Int, column: Int, message: String, isSchemaViolation: Bool) {
        self.level = level
        self.line = line
        self.column = column
        self.message = message
        self.isSchemaViolation = isSchemaViolation
    }

    init(_ error: UnsafePointer<xmlError>) {
        let e = error.pointee
        switch e.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        line = Int(e.line)
        column = Int(e.int2)
        message = e.message.map { String(cString: $0) }?
            .trimmedWhitespace() ?? "unknown XML error"
        isSchemaViolation = e.domain == Int32(XML_FROM_SCHEMASV.rawValue)
    }
}

extension String {
    /// libxml2 ends its messages with a newline; drop surrounding white space.
    func trimmedWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Collects issues from libxml2's structured-error callback.
final class XMLIssueSink {
    var issues: [XMLIssue] = []
    /// Stop collecting after this many, so a hostile file cannot grow memory without bound.
    let limit: Int
    var dropped = 0

    init(limit: Int) { self.limit = limit }

    func add(_ issue: XMLIssue) {
        if issues.count < limit { issues.append(issue) } else { dropped += 1 }
    }

    /// The C callback; `context` is an unretained pointer to the sink.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<XMLIssueSink>.fromOpaque(context).takeUnretainedValue()
        sink.add(XMLIssue(error))
    }
}
