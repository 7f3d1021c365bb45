/// Decides the language from the command line and the environment, before anything is parsed
/// (argument-parser's help texts are static, so the choice must come first).
public enum LanguageChoice {
    /// The environment variable that chooses the language when `--lang` is not given.
    public static let variable = "COACHING_LANG"

    /// Why the language asked for cannot be used: the value and where it came from.
    public struct Problem: Error, Sendable, Equatable {
        /// `--lang` or `COACHING_LANG`.
        public var source: String
        public var value: String

        public init(source: String, value: String) {
            self.source = source
            self.value = value
        }

        /// Said once, in Indonesian, the language a run speaks when none (or none known) is chosen.
        public var message: String {
            Language.id.text(.languageUnknown, ["source": source, "value": value, "accepted": LanguageChoice.acceptedCodes])
        }
    }

    /// `id, en`.
    public static var acceptedCodes: String { Language.allCases.map(\.code).joined(separator: ", ") }

    /// `--lang X` or `--lang=X` among `arguments` wins, then `COACHING_LANG`, then Indonesian.
    /// Arguments after `--` are values, not options.
    public static func resolve(arguments: [String], environment: [String: String]) throws(Problem) -> Language {
        var index = 0
        var given: String?
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang" {
                given = index + 1 < arguments.count ? arguments[index + 1] : ""
                index += 1
            } else if argument.hasPrefix("--lang=") {
                given = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        if let given {
            guard let language = Language(code: given) else { throw Problem(source: "--lang", value: given) }
            return language
        }
        if let value = environment[variable], !value.isEmpty {
            guard let language = Language(code: value) else { throw Problem(source: variable, value: value) }
            return language
        }
        return .id
    }
}
