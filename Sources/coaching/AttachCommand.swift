import ArgumentParser
import CoachingWorkflow
import Foundation

/// `coaching lampirkan BATCH FILE… [--scan NUMBER]`
struct AttachCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "lampirkan",
        abstract: say(.helpAttach),
        discussion: """
        After `coaching pdf`, the office signs the PDFs in SRIKANDI or the BSrE service; lampirkan takes the signed files back. Each is matched to the PDF of the batch it extends (a signature appends to the PDF, so the printed PDF's bytes must be its beginning), and its signature is checked: one signature, covering the whole file, its digest and its signature valid. Accepted files are copied into the batch (ttd/berita-acara/sesi-007-ttd.pdf) and recorded with the signer's name, NIK or NIP and the signing time; status, find and the archive show them.

        The signer's certificate chain is checked against the root certificates in the folder signatures.trust_roots names in coaching.toml; without that setting it is not checked, and lampirkan says so.

        The good files are recorded; each refused file is listed with its reasons, and the exit status is then 1. A file already on record changes nothing.

        --scan NUMBER takes one file, a scan (PDF, JPEG or PNG) of that document's paper signed in ink, kept as evidence.

        Examples:
          coaching lampirkan 2026-001 ~/Unduhan/sesi-*-signed.pdf
          coaching lampirkan 2026-001 --scan BA-12/KLIP/2026 pindai-ba-12.jpg
        """,
        aliases: ["attach"]
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Argument(help: ArgumentHelp(say(.optAttachFiles), valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp(say(.optScan), valueName: "number"))
    var scan: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name the signed PDF files to attach") }
        if scan != nil, files.count != 1 { throw ValidationError("--scan takes one file, the scan of that document (\(files.count) were given)") }
    }

    func run() throws {
        let workflow = try output.workflow()
        let loaded = try settings.load()
        let outcome = try perform { () throws(WorkflowError) in
            try workflow.attach(AttachRequest(batch: batch, files: files, scanOf: scan, settings: loaded))
        }
        printNotices(outcome.notices)
        for a in outcome.attached {
            print("dilampirkan: \(a.document) ← \(a.file) → \(a.path)")
            for line in a.lines { print("  \(line)") }
        }
        for a in outcome.alreadyOnRecord { print(say(.attachAlready, ["document": a.document, "file": a.file, "path": a.path])) }
        for r in outcome.refused {
            printError("ditolak: \(r.file)")
            for line in r.lines { printError("  \(line)") }
        }
        if scan == nil { print(outcome.trust) }
        print(say(.attachSummary, ["attached": "\(outcome.attached.count)", "already": "\(outcome.alreadyOnRecord.count)", "refused": "\(outcome.refused.count)"]))
        if !outcome.refused.isEmpty { throw ExitCode(1) }
    }
}
