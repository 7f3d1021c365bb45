/// A message not yet put into words: its key and the values of its placeholders. Core stages
/// that cannot know the language return these, and the caller renders them.
public struct Message: Sendable, Hashable {
    public var key: MessageKey
    public var arguments: [String: String]

    public init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { language.text(key, arguments) }
}
