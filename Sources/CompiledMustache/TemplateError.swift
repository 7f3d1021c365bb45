/// A problem in a template, at its place: `Templates/berita-acara.html:42:17: unknown name 'penerima.nip'`.
///
/// `problem` says what is wrong as a value; `message` is its English wording. This module knows
/// no catalogue of messages, so the tool words `problem` in the reader's language where it
/// shows it (`TemplateError+Language.swift` in CoachingCore).
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, one case per check.
    public enum Problem: Sendable, Equatable {
        /// A partial includes itself, through `chain` (the partials in order, ending with it).
        case partialIncludesItself(name: String, chain: [String])
        case noPartial(String)
        /// A name the data of the document does not provide.
        case unknownName(String)
        /// Partials nested deeper than the limit while rendering.
        case partialsTooDeep(Int)
        case tagNeverClosed
        /// A tag not closed with the closing delimiter given.
        case tagNotClosedWith(String)
        case setDelimiterMalformed
        case tagHasNoName
        case partialOutsideFolder(String)
        /// `{{/name}}` without a section open.
        case closesUnopened(String)
        /// `{{/name}}` while the section `open`, started on `line`, is the one open.
        case closesOther(name: String, open: String, line: Int)
        /// A section opened here and never closed.
        case sectionNeverClosed(String)
        /// No template of that name, neither the office's nor a built-in one.
        case noTemplate(String)
        /// Anything else, in its own words.
        case other(String)

        /// The English wording.
        public var english: String {
            switch self {
            case .partialIncludesItself(let name, let chain): "partial '\(name)' includes itself (\(chain.joined(separator: " → ")))"
            case .noPartial(let name): "there is no partial named '\(name)'"
            case .unknownName(let name): "unknown name '\(name)'"
            case .partialsTooDeep(let depth): "partials nest more than \(depth) deep; a partial includes itself without end"
            case .tagNeverClosed: "a tag is opened but never closed"
            case .tagNotClosedWith(let closer): "the tag is never closed with \(closer)"
            case .setDelimiterMalformed: "a set-delimiter tag needs two delimiters separated by a space, like {{=<% %>=}}"
            case .tagHasNoName: "the tag has no name"
            case .partialOutsideFolder(let name): "partial '\(name)' points outside the template folder; name a file inside it"
            case .closesUnopened(let name): "'{{/\(name)}}' closes a section that was never opened"
            case .closesOther(let name, let open, let line): "'{{/\(name)}}' closes '\(open)' opened on line \(line)"
            case .sectionNeverClosed(let name): "'\(name)' is opened here but never closed"
            case .noTemplate(let name): "there is no template named '\(name)'"
            case .other(let text): text
            }
        }
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var problem: Problem
    /// The problem in English.
    public var message: String { problem.english }

    public init(file: String, line: Int, column: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// A problem in its own words.
    public init(file: String, line: Int, column: Int, message: String) {
        self.init(file: file, line: line, column: column, problem: .other(message))
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A place in a template source.
struct SourcePosition: Sendable, Equatable {
    var file: String
    var line: Int
    var column: Int

    func error(_ problem: TemplateError.Problem) -> TemplateError {
        TemplateError(file: file, line: line, column: column, problem: problem)
    }
}
