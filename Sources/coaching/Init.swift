import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching init [DIR]`
struct Init: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        abstract: say(.helpInit),
        discussion: say(.helpInitDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optInitDir), valueName: "dir"))
    var directory = "."

    @Flag(help: ArgumentHelp(say(.optInitForce)))
    var force = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(say(.usageNotFolder, ["folder": directory]))
        }
        let path = URL(fileURLWithPath: directory).appendingPathComponent("coaching.toml").path
        if FileManager.default.fileExists(atPath: path) && !force {
            printError(say(.initExists, ["path": path]))
            throw ExitCode(1)
        }
        let sink = try AtomicFileSink(path: path)
        do {
            try sink.write(Array(ConfigurationTemplate.text(CLI.language).utf8))
            try sink.commit()
        } catch {
            sink.discard()
            throw error
        }
        print(say(.initWrote, ["path": path]))
    }
}
