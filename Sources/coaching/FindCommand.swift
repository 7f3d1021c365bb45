import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching find [--nip NIP] [--number NUMBER] [--from DATE --to DATE]`
struct FindCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: say(.helpFind),
        discussion: say(.helpFindDiscussion)
    )

    @Option(help: ArgumentHelp(say(.optFindNIP), valueName: "nip"))
    var nip: NIP?

    @Option(help: ArgumentHelp(say(.optFindNumber), valueName: "number"))
    var number: String?

    @Option(help: ArgumentHelp(say(.optFrom), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var from: CivilDate?

    @Option(help: ArgumentHelp(say(.optTo), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var to: CivilDate?

    @Option(help: ArgumentHelp(say(.optFormatFind)))
    var format: OutputFormat = .text

    @OptionGroup var destination: OutputFileOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try destination.validate(format)
    }

    func run() throws {
        let workflow = try output.workflow()
        let found = try perform { () throws(WorkflowError) in try workflow.find(FindRequest(nip: nip, number: number, from: from, to: to)) }
        let bytes: [UInt8]
        switch format {
        case .json:
            bytes = Array((try jsonText(found) + "\n").utf8)
        case .csv:
            bytes = Array(FindExtract(found).csv.utf8)
        case .xlsx:
            bytes = try FindExtract(found).xlsx()
        case .text:
            if found.isEmpty {
                print(say(.findNothing, ["root": output.out]))
                throw ExitCode(1)
            }
            bytes = Array((found.map { Self.text($0, CLI.language) + "\n" }.joined() + CLI.language.text(.findTotal, ["documents": CLI.language.count(found.count, .nounDocument)]) + "\n").utf8)
        }
        try destination.deliver(bytes, summary: CLI.language.count(found.count, .nounDocument))
    }

    /// Two or three lines per document: number, kind, batch, session, date, person, status; the file; the package.
    static func text(_ f: FoundDocument, _ language: Language) -> String {
        var line = "\(f.number)  \(f.kind)  "
        line += f.session > 0 ? language.text(.findBatchSession, ["batch": "\(f.batch)", "session": "\(f.session)"]) : "batch \(f.batch)"
        line += "  \(f.date)"
        if f.session > 0 { line += "  \(f.name) (NIP \(f.nip))" }
        line += "  \(f.status)\n    \(f.html)"
        if let by = f.signedBy, let copy = f.signedCopy { line += "\n    " + language.text(.findSignedBy, ["by": "\(by)", "copy": "\(copy)"]) }
        if let scan = f.scan { line += "\n    " + language.text(.findScan, ["scan": "\(scan)"]) }
        if let package = f.package, f.isArchived { line += "\n    " + language.text(.findInPackage, ["package": "\(package)"]) }
        return line
    }
}
