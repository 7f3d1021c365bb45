import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `--out`: the output root, where the register and the batch folders are.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(say(.optOut), valueName: "dir"))
    var out = "Output"

    /// The workflow over this output root, with the built-in templates unless `templates` says otherwise.
    func workflow(templates: TemplateOptions? = nil) throws -> Workflow {
        var environment = WorkflowEnvironment(outputRoot: URL(fileURLWithPath: out), clock: try Self.clock(), templates: try templates?.folder() ?? TemplateFolder(),
                                              toolVersion: "coaching \(Coaching.configuration.version)", language: CLI.language)
        environment.progress = ProgressDisplay.standardError
        return Workflow(environment)
    }

    /// The WIB clock; `COACHING_TODAY=2026-12-15` takes that day as today (to walk the example
    /// or a training batch through dates still to come; the audit log keeps the real time).
    static func clock() throws -> WIBClock {
        guard let text = ProcessInfo.processInfo.environment["COACHING_TODAY"], !text.isEmpty else { return .system }
        guard let day = CivilDate(parsing: text) else {
            printError(say(.todayVariableInvalid, ["value": text, "forms": say(.dateForms)]))
            throw ExitCode(ExitPolicy.code(for: .usage))
        }
        return WIBClock.system.takingAsToday(day)
    }
}

/// `--templates`: an office's own templates, replacing the built-in ones file by file.
struct TemplateOptions: ParsableArguments {
    @Option(help: ArgumentHelp(say(.optTemplates), valueName: "dir"))
    var templates: String?

    func folder() throws -> TemplateFolder { try templateFolder(templates) }
}

/// `--config`, shared by the commands that read settings.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(say(.optConfig), discussion: say(.optConfigDiscussion), valueName: "file"))
    var config: String?

    /// The settings and their text; their warnings are printed, and errors stop with exit 1.
    func load() throws -> Settings {
        let settings = try perform { () throws(WorkflowError) in try Settings.load(config, language: CLI.language) }
        printNotices(settings.notices)
        return settings
    }
}

/// `--format`: text for people, csv for programs, json for programs, xlsx for spreadsheets
/// (a file, so it needs `--output`; see ``OutputFileOptions``).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json, xlsx
}

/// The built-in templates, under the files of `directory` when given.
func templateFolder(_ directory: String?) throws -> TemplateFolder {
    guard let directory else { return TemplateFolder() }
    return try perform { () throws(WorkflowError) in try TemplateFolder.office(directory, language: CLI.language) }
}
