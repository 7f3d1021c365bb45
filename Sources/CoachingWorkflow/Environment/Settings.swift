import CoachingCore
import Foundation

/// The settings a step runs with, and the exact text they were read from (a new batch keeps a
/// copy, and the text is part of its fingerprint).
public struct Settings: Sendable {
    public var configuration: Configuration
    public var text: String
    /// Warnings found while reading them, formatted `file:line: warning: …`.
    public var notices: [String]
    /// The file they were read from; nil for the built-in defaults. Paths in the settings
    /// (`signatures.trust_roots`) are relative to its folder.
    public var file: String?

    /// Reads `path`; without one, `coaching.toml` in the current folder if there is one, else
    /// the built-in defaults (whose text is the annotated template `coaching init` writes in
    /// `language`).
    /// `language`: the language of the messages, also put into the configuration.
    public static func load(_ path: String?, language: Language) throws(WorkflowError) -> Settings {
        let file: String
        if let path { file = path }
        else if FileManager.default.fileExists(atPath: "coaching.toml") { file = "coaching.toml" }
        else {
            var configuration = Configuration()
            configuration.language = language
            return Settings(configuration: configuration, text: ConfigurationTemplate.text(language), notices: [], file: nil)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .error(.invalidInput, language.text(.settingsUnreadable, ["file": file]))
        }
        let text = String(decoding: data, as: UTF8.self)
        let (configuration, diagnostics) = ConfigurationLoader(language: language).load(text: text, file: file)
        let notices = diagnostics.map(\.formatted)
        guard var configuration else {
            throw WorkflowError(.invalidInput, notices + [language.text(.settingsUnusable, ["file": file])])
        }
        configuration.language = language
        return Settings(configuration: configuration, text: text, notices: notices, file: file)
    }
}
