import ArgumentParser
import CoachingCore
import Foundation

/// `--config`, shared by the commands that read settings.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Settings file.", discussion: "Default: coaching.toml in the current folder if there is one, else built-in defaults.", valueName: "file"))
    var config: String?

    /// Loads the settings, printing any problems; throws exit 1 when they cannot be used.
    func load() throws -> Configuration { try loadWithText().configuration }

    /// The settings and the text they were read from (the annotated defaults when there is no
    /// file), so a batch can keep the exact settings it was made with.
    func loadWithText() throws -> (configuration: Configuration, text: String) {
        let path: String
        if let config { path = config }
        else if FileManager.default.fileExists(atPath: "coaching.toml") { path = "coaching.toml" }
        else { return (Configuration(), ConfigurationTemplate.text) }
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read the settings file \(path)")
            throw ExitCode(1)
        }
        let text = String(decoding: data, as: UTF8.self)
        let (configuration, diagnostics) = ConfigurationLoader().load(text: text, file: path)
        for diagnostic in diagnostics { printError(diagnostic.formatted) }
        guard let configuration else {
            printError("The settings in \(path) cannot be used; fix the lines above.")
            throw ExitCode(1)
        }
        return (configuration, text)
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints `value` as JSON for programs: indented, keys sorted, slashes as they are.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
