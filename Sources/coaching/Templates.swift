import ArgumentParser
import CoachingCore
import CompiledMustache
import CoachingWorkflow
import Foundation

/// `coaching templates check|copy`
struct Templates: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: say(.helpTemplates),
        subcommands: [CheckTemplates.self, CopyTemplates.self]
    )
}

/// `coaching templates check [DIR]`
struct CheckTemplates: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: say(.helpTemplatesCheck),
        discussion: say(.helpTemplatesCheckDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optTemplateDir), valueName: "dir"))
    var directory: String?

    func run() throws {
        let folder = try templateFolder(directory)
        var problems: [TemplateError] = []
        for (file, schema) in DocumentSchemas.templates {
            problems += folder.problems(file, schema: schema)
        }
        for problem in problems { print(problem.located(CLI.language)) }
        let checked = DocumentSchemas.templates.map(\.file).joined(separator: ", ")
        if problems.isEmpty {
            print(say(.templatesOK, ["checked": checked]))
        } else {
            print(say(.templatesProblems, ["problems": CLI.language.count(problems.count, .nounProblemPlain), "checked": checked]))
            throw ExitCode(1)
        }
    }
}

/// `coaching templates copy DIR`
struct CopyTemplates: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: say(.helpTemplatesCopy),
        discussion: say(.helpTemplatesCopyDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optWriteDir), valueName: "dir"))
    var directory: String

    @Flag(help: ArgumentHelp(say(.optForceFiles)))
    var force = false

    func run() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written = 0, kept = 0
        for (name, text) in EmbeddedTemplates.files.sorted(by: { $0.key < $1.key }) {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path) && !force { kept += 1; continue }
            let sink = try AtomicFileSink(path: path)
            do {
                try sink.write(Array(text.utf8))
                try sink.commit()
            } catch {
                sink.discard()
                throw error
            }
            written += 1
        }
        print(say(.templatesCopied, ["templates": CLI.language.count(written, .nounTemplate), "folder": directory, "kept": kept > 0 ? say(.templatesKept, ["count": "\(kept)"]) : ""]))
    }
}
