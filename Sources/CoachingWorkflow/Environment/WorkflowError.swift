/// Why a step stopped, in the words the person at the desk reads on standard error.
///
/// `lines` are printed as they are, in order: the collected diagnostics first (each already
/// `file:line:column: error: …`), then the sentence that says what happened to the output.
/// The command line decides the exit code from `kind`; the library never exits.
public struct WorkflowError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The inputs, notes, settings or templates have problems: fix them and run again.
        case invalidInput
        /// The step is not allowed now, or not for this person (an approval by the wrong NIP).
        case refused
        /// The register or the batch folder cannot be used as they are.
        case register
        /// A value on the command line is malformed (a NIP that is not 18 digits).
        case usage
    }

    public var kind: Kind
    public var lines: [String]

    public init(_ kind: Kind, _ lines: [String]) {
        self.kind = kind
        self.lines = lines
    }

    public init(_ kind: Kind, _ line: String) { self.init(kind, [line]) }

    /// A refusal or failure stated as one `error: …` line.
    public static func error(_ kind: Kind, _ message: String) -> WorkflowError { WorkflowError(kind, "error: \(message)") }

    public var description: String { lines.joined(separator: "\n") }
}
