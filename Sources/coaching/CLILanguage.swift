import ArgumentParser
import CoachingCore

/// The language of this run, decided once in ``Coaching/main()`` from `--lang` and
/// `COACHING_LANG`, before argument-parser reads its help texts (which are static).
/// Only the command line reads it; the workflow and the core are given it.
enum CLI {
    nonisolated(unsafe) static var language: Language = .id
}

/// The text of `key` in the language of this run.
func say(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
    CLI.language.text(key, arguments)
}

/// `--lang id|en`, accepted by every command. Its value was already read (``LanguageChoice``)
/// before parsing; the option is declared so that help shows it and parsing accepts it.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(say(.helpLang), valueName: "id|en"))
    var lang: String?
}
