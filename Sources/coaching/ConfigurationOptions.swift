import ArgumentParser
import CoachingCore
import Foundation

/// `--config`, shared by the commands that read settings.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Settings file.", discussion: "Default: coaching.toml in the current folder if there is one, else built-in defaults.", valueName: "file"))
    var config: String?

    /// Loads the settings, printing any problems; throws exit 1 when they cannot be used.
    func load() throws -> Configuration {
        let path: String
        if let config { path = config }
        else if FileManager.default.fileExists(atPath: "coaching.toml") { path = "coaching.toml" }
        else { return Configuration() }
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read the settings file \(path)")
            throw ExitCode(1)
        }
        let (configuration, diagnostics) = ConfigurationLoader().load(text: String(decoding: data, as: UTF8.self), file: path)
        for diagnostic in diagnostics { printError(diagnostic.formatted) }
        guard let configuration else {
            printError("The settings in \(path) cannot be used; fix the lines above.")
            throw ExitCode(1)
        }
        return configuration
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
