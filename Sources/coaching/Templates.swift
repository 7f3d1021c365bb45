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
        // A shared partial (kop.html, tanda-tangan.html) is checked once per document that
        // includes it: each distinct problem (file, line, column, message) is shown and counted once.
        var problems: [String] = []
        var seen: Set<String> = []
        for (file, schema) in DocumentSchemas.templates {
            for problem in folder.problems(file, schema: schema) {
                let located = problem.located(CLI.language)
                if seen.insert(located).inserted { problems.append(located) }
            }
        }
        for problem in problems { print(problem) }
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
