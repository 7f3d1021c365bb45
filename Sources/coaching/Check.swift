import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching check FILE…`
struct Check: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        abstract: say(.helpCheck),
        discussion: say(.helpCheckDiscussion)
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp(say(.optInputFiles), valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp(say(.optFormatTextJSON)))
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp(say(.optDelimiter), valueName: "delimiter"))
    var delimiter: String?

    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError(say(.usageCheckFiles)) }
        if let delimiter, !["auto", ",", ";", "tab"].contains(delimiter) {
            throw ValidationError(say(.usageDelimiter))
        }
    }

    func run() throws {
        var configuration = try settings.load().configuration
        switch delimiter {
        case "auto"?: configuration.input.delimiter = nil
        case "tab"?: configuration.input.delimiter = 0x09
        case let d?: configuration.input.delimiter = d.utf8.first
        case nil: break
        }
        var inputs: [InputFile] = []
        var unreadable: [FileCheck] = []
        for path in files {
            do {
                inputs.append(InputFile(name: path, source: try FileByteSource(path: path)))
            } catch {
                var log = DiagnosticLog()
                log.error(SourceLocation(file: path), CLI.language.describe(error, path: path))
                unreadable.append(FileCheck(file: path, summary: InputSummary(kind: nil, format: "?"), log: log))
            }
        }
        let results = unreadable + InputChecker(configuration: configuration, today: try OutputOptions.clock().today).check(inputs)
        let report = CheckReport(results: results, language: CLI.language)
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(report.json)
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}
