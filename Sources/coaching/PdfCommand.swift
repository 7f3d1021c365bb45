import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching pdf BATCH [--document NUMBER…]`
struct PdfCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: say(.helpPdf),
        discussion: say(.helpPdfDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optPdfDocuments), valueName: "number"))
    var document: [String] = []

    @Option(help: ArgumentHelp(say(.optTabs), valueName: "n"))
    var tabs: Int = PrintRequest.defaultTabs

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...8).contains(tabs) else { throw ValidationError(say(.usageTabs)) }
    }

    func run() throws {
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in
            let chromium = try ChromiumLocator.locate(environment: ProcessInfo.processInfo.environment, language: CLI.language).get()
            return try workflow.printDocuments(PrintRequest(batch: batch, documents: document, chromium: chromium, tabs: tabs))
        }
        printNotices(outcome.notices)
        for d in outcome.printed { print("\(d.replaced ? "dicetak ulang" : "dicetak"): \(d.name) → \(d.path)") }
        for d in outcome.skipped { print("sudah ada: \(d.name) → \(d.path)") }
        for line in outcome.refused { printError("error: \(line)") }
        let summary = say(.pdfSummary, ["printed": "\(outcome.printed.count)", "skipped": "\(outcome.skipped.count)",
                                        "refused": outcome.refused.isEmpty ? "" : say(.pdfRefused, ["count": "\(outcome.refused.count)"])])
        print(summary)
        if !outcome.refused.isEmpty { throw ExitCode(1) }
    }
}
