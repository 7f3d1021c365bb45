/// A message not yet put into words: its key and the values of its placeholders. Core stages
/// that cannot know the language return these, and the caller renders them.
public struct Message: Sendable, Hashable {
    public var key: MessageKey
    public var arguments: [String: String]
    /// Placeholders whose values are themselves messages (a fragment such as "the date of
    /// BA-7/…"), worded in the same language as the message around them.
    public var parts: [String: Message]

    public init(_ key: MessageKey, _ arguments: [String: String] = [:], parts: [String: Message] = [:]) {
        self.key = key
        self.arguments = arguments
        self.parts = parts
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        guard !parts.isEmpty else { return language.text(key, arguments) }
        return language.text(key, arguments.merging(parts.mapValues { $0.text(language) }) { given, _ in given })
    }
}

/// An error from a module that does not know the reader's language: it carries its message
/// unworded, and ``Language/describe(_:path:)`` words it in the language of whoever shows it.
public protocol MessageCarryingError: Error {
    /// The message, or nil when the error has only its own (English) words.
    var message: Message? { get }
}
