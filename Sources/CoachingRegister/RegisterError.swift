import CoachingCore

/// A problem with the register that stops a command, in words for the person at the desk.
/// `description` is English; `message`, where there is one, is said in the reader's language
/// (``Language/describe(_:path:)``).
package struct RegisterError: MessageCarryingError, Sendable, Equatable, CustomStringConvertible {
    package var description: String
    package var message: Message?
    package init(_ description: String) { self.description = description }

    package init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        let message = Message(key, arguments)
        self.description = message.text(.en)
        self.message = message
    }

    /// The message in `language`.
    package func text(_ language: Language) -> String { message?.text(language) ?? description }
}

extension RegisterError {
    /// A row that does not read back as the tool wrote it: edited by hand, or damaged.
    static func damagedRow(_ what: String, _ why: String) -> RegisterError {
        RegisterError("the register's row for \(what) cannot be read: \(why); it was changed outside coaching or is damaged. Restore the register from a backup or an archive package")
    }

    /// A column's text read as a value, or the error that names it.
    static func read<T>(_ text: String, as parse: (String) -> T?, what: String) throws -> T {
        guard let value = parse(text) else { throw damagedRow(what, "'\(text)' is not valid there") }
        return value
    }

    static func readOptional<T>(_ text: String?, as parse: (String) -> T?, what: String) throws -> T? {
        guard let text else { return nil }
        return try read(text, as: parse, what: what)
    }
}
