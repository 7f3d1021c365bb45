/// The language the tool speaks to people: Bahasa Indonesia unless English is asked for.
///
/// Chosen once, on the command line (`--lang en`) or in the environment (`COACHING_LANG=en`),
/// and passed in to whatever writes messages. The system locale (`LANG`, `LC_ALL`) never
/// chooses it: office machines often run an English locale for people who read Indonesian.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Bahasa Indonesia, the office's language: the default.
    case id
    /// English, on request.
    case en

    /// The text of `key` in this language, with each `{name}` replaced by `arguments[name]`.
    public func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        Catalogue.fill(Catalogue.template(key, in: self), arguments)
    }

    /// `3 kesalahan` / `3 errors`: a count with its noun, singular or plural as the language wants.
    /// The noun's entry holds `one|many` in English and one form in Indonesian.
    public func count(_ n: Int, _ noun: MessageKey) -> String {
        let forms = Catalogue.template(noun, in: self).split(separator: "|", omittingEmptySubsequences: false)
        let word = n == 1 || forms.count == 1 ? forms[0] : forms[1]
        return "\(n.grouped(self)) \(word)"
    }

    /// The noun alone, singular or plural for `n`: `column` / `columns`, `kolom`.
    public func noun(_ n: Int, _ noun: MessageKey) -> String {
        let forms = Catalogue.template(noun, in: self).split(separator: "|", omittingEmptySubsequences: false)
        return String(n == 1 || forms.count == 1 ? forms[0] : forms[1])
    }

    /// The value of `--lang` or `COACHING_LANG` that names this language.
    public var code: String { rawValue }

    /// Reads `id` or `en` (letter case and spaces ignored).
    public init?(code: String) {
        let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
        guard let language = Language(rawValue: trimmed) else { return nil }
        self = language
    }
}

extension Int {
    /// `1.206` in Indonesian, `1,206` in English: thousands grouped as each language writes them.
    public func grouped(_ language: Language) -> String {
        let digits = String(self.magnitude)
        guard digits.count > 3 else { return self < 0 ? "-" + digits : digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .id ? "." : ",") }
            out.append(c)
        }
        return self < 0 ? "-" + out : out
    }
}

import Foundation
