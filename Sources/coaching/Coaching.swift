import ArgumentParser
import CoachingCore
import Foundation

@main
struct Coaching: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    /// Chooses the language before anything is parsed, then runs the command line as
    /// argument-parser's own `main` does, but with file-system errors that escape a command said
    /// as what happened and what to do (issue #19, surprise 8), not "NSCocoaErrorDomain Code=516".
    static func main() {
        do {
            CLI.language = try LanguageChoice.resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                                      environment: ProcessInfo.processInfo.environment)
        } catch {
            printError("error: " + error.message)
            Foundation.exit(ExitPolicy.code(for: .usage))
        }
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let described = CLI.language.describe(error)
            if error is FileProblem || described != "\(error)" {
                printError("error: " + described)
                Foundation.exit(1)
            }
            // Help and command-line errors in the run's language; a completion script, the
            // version and the help dump (read by programs) exactly as the library makes them.
            let isHelp = error is CleanExit && "\(error)" == "--help"
            guard isHelp || !(error is CleanExit || error is ExitCode) else { exit(withError: error) }
            let code = exitCode(for: error)
            let text = ArgumentParserWords.say(fullMessage(for: error), in: CLI.language)
            if code == .success { print(text) } else { printError(text) }
            Foundation.exit(code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "coaching",
        abstract: say(.helpCoaching),
        discussion: say(.helpCoachingDiscussion),
        version: "0.1.0",
        subcommands: [Check.self, Candidates.self, ScheduleCommand.self, MinutesCommand.self, ApproveCommand.self, ReceiveCommand.self, PdfCommand.self, AttachCommand.self, StatusCommand.self, ArchiveCommand.self, VerifyCommand.self, FindCommand.self, RegisterCommand.self, KeygenCommand.self, CalendarCommand.self, EffectivenessCommand.self, Init.self, Sample.self, Templates.self]
    )
}
