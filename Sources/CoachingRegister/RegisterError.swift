import CoachingCore

/// A problem with the register that stops a command, in words for the person at the desk.
/// `description` is English; `message`, where there is one, is said in the reader's language
/// (``Language/describe(_:path:)``).
package struct RegisterError: MessageCarryingError, Sendable, Equatable, CustomStringConvertible {
    package var description: String
    package var message: Message?
    package init(_ description: String) { self.description = description }

    package init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        self.init(Message(key, arguments))
    }

    package init(_ message: Message) {
        self.description = message.text(.en)
        self.message = message
    }

    /// The message in `language`.
    package func text(_ language: Language) -> String { message?.text(language) ?? description }
}

extension RegisterError {
    /// A row that does not read back as the tool wrote it: edited by hand, or damaged. `what`
    /// and `why` are fragments (``MessageKey/registerRowDocument``…, ``MessageKey/registerWhyValue``…)
    /// worded in the reader's language with the sentence around them.
    static func damagedRow(_ what: Message, _ why: Message) -> RegisterError {
        RegisterError(Message(.registerDamagedRow, parts: ["what": what, "why": why]))
    }

    /// A column's text read as a value, or the error that names it.
    static func read<T>(_ text: String, as parse: (String) -> T?, what: Message) throws -> T {
        // A date column says so: "'besok' is not a valid date", not only "not valid there".
        guard let value = parse(text) else { throw damagedRow(what, Message(T.self == CivilDate.self ? .registerWhyDate : .registerWhyValue, ["value": text])) }
        return value
    }

    static func readOptional<T>(_ text: String?, as parse: (String) -> T?, what: Message) throws -> T? {
        guard let text else { return nil }
        return try read(text, as: parse, what: what)
    }
}
