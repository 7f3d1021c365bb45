import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching pdf BATCH [--document NUMBER…]`
struct PdfCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: say(.helpPdf),
        discussion: """
        Writes a PDF beside each document's HTML in the batch folder (jadwal-coaching.pdf, berita-acara/sesi-007.pdf, tanda-terima/tanda-terima-1.pdf, rekap-coaching.pdf), A4 as the documents' own page style says, tagged, with an outline, its title, the office as author and the document number as subject; each PDF is recorded in the register with its SHA-256 and goes into the archive package.

        A PDF whose HTML is unchanged since it was printed is left as it is (sudah ada); one whose HTML changed (the rekap, redrawn at approval and receipt) is printed again, unless a signed copy of it is on record. Drafts print with their KONSEP mark.

        Needs Chromium (apt install chromium), one browser for the whole batch; COACHING_CHROMIUM names another one. No other command needs it.

        Examples:
          coaching pdf 2026-001
          coaching pdf 2026-001 --document BA-12/KLIP/2026 rekap
        """
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optPdfDocuments), valueName: "number"))
    var document: [String] = []

    @Option(help: ArgumentHelp(say(.optTabs), valueName: "n"))
    var tabs: Int = PrintRequest.defaultTabs

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...8).contains(tabs) else { throw ValidationError("--tabs must be 1 to 8") }
    }

    func run() throws {
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in
            let chromium = try ChromiumLocator.locate(environment: ProcessInfo.processInfo.environment).get()
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
