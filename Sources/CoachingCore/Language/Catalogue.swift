/// The two catalogues of messages, `id` (``Catalogue/indonesian(_:)``) and `en`
/// (``Catalogue/english(_:)``), and the filling of their placeholders.
///
/// Each catalogue is a `switch` over ``MessageKey``, so a key missing from either is a compile
/// error; `LanguageCatalogueTests` checks that both texts of a key name the same placeholders.
public enum Catalogue {
    /// The template of `key` in `language`, placeholders unfilled.
    public static func template(_ key: MessageKey, in language: Language) -> String {
        switch language {
        case .id: indonesian(key)
        case .en: english(key)
        }
    }

    /// `template` with every `{name}` replaced by its value; a name without a value stays as it
    /// is, so a forgotten argument shows in the text (and in the tests) rather than vanishing.
    public static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The names of the `{placeholders}` in `template`.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
