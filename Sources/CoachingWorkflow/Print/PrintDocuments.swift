import CoachingCore
import CoachingRegister
import Foundation

/// `coaching pdf`: a PDF of each document of a batch, printed from its HTML by Chromium.
public struct PrintRequest: Sendable {
    /// The batch: its id (`2026-001`) or its folder.
    public var batch: String
    /// Only these documents: numbers (`BA-12/KLIP/2026`) or `rekap`; every one when empty.
    public var documents: [String]
    /// The Chromium to print with (``ChromiumLocator``).
    public var chromium: String
    /// Tabs printing at once in the one browser.
    public var tabs: Int

    public init(batch: String, documents: [String] = [], chromium: String, tabs: Int = PrintRequest.defaultTabs) {
        self.batch = batch
        self.documents = documents
        self.chromium = chromium
        self.tabs = tabs
    }

    /// Measured on this 2-core machine (`Scripts/bench --only pdf`): 60 Berita Acara took 10.5 s
    /// with 2 tabs, 7.9 s with 3, 7.6 s with 4; the example batch 6.6 s with one, 5.2 s with 3.
    /// Three keep the browser's processes busy on both cores while one PDF travels back.
    public static let defaultTabs = 3
}

/// What `coaching pdf` did.
public struct PrintOutcome: Sendable {
    /// One document: its number (or `rekap`) and the PDF's path relative to the output root.
    public struct Document: Sendable, Equatable {
        public var name: String
        public var path: String
        /// Printed again because its HTML changed since (or the PDF on disk was not the one recorded).
        public var replaced: Bool
    }

    public var printed: [Document]
    /// Already printed from the HTML as it is ("sudah ada").
    public var skipped: [Document]
    /// Not printed, each with the reason (a signed copy of the old PDF is on record, the HTML was edited).
    public var refused: [String]
    public var folder: URL
    public var notices: [String]
}

extension Workflow {
    /// Prints each document of the batch (or those asked for) whose PDF is missing or older than
    /// its HTML, with one Chromium, and records the PDFs with their SHA-256 in one commit.
    public func printDocuments(_ request: PrintRequest) throws(WorkflowError) -> PrintOutcome {
        var timer = StageTimer()
        let opened = try OpenedBatch.open(request.batch, root: environment.outputRoot, language: environment.language)
        let record = try opened.checkedRecord()
        let plan: PrintPlan
        do {
            plan = try opened.commits.read { tx in
                try PrintPlan(opened: opened, documents: record.documents, files: try tx.files(batch: opened.batch.id),
                              copies: try tx.copies(batch: opened.batch.id), only: request.documents)
            }
        } catch let error as WorkflowError { throw error } catch { throw .error(.register, environment.language.describe(error)) }
        timer.mark("open the batch, check its record, decide what to print")
        var outcome = PrintOutcome(printed: [], skipped: plan.skipped, refused: plan.refused, folder: opened.folder, notices: opened.notices)
        guard !plan.jobs.isEmpty else { return outcome }
        let now = environment.clock.timestamp, actor = environment.actor
        let author = opened.configuration.office.letterhead.last ?? opened.configuration.office.unitCode
        do {
            let staging = opened.commits.begin()
            var pdfs = [[UInt8]?](repeating: nil, count: plan.jobs.count)
            do {
                for folder in Set(plan.jobs.map { ($0.pdfPath as NSString).deletingLastPathComponent }) { try staging.makeFolder(folder) }
                let printer = try ChromiumPrinter(executable: request.chromium)
                defer {
                    printer.close()
                    timer.mark("stop Chromium")
                }
                let root = opened.commits.root
                let counter = ProgressCounter(.print, total: plan.jobs.count, reporter: environment.progress)
                defer { counter.end() }
                try printer.print(plan.jobs.map { root.appendingPathComponent($0.htmlPath).path }, tabs: request.tabs) { index, bytes in
                    let job = plan.jobs[index]
                    let update = PDFInfoUpdate(title: job.title, author: author, subject: job.subject)
                    let pdf: [UInt8]
                    do { pdf = try update.apply(to: bytes) } catch {
                        throw ChromiumError(.printPDFInfoFailed, ["path": job.htmlPath, "reason": "\(error)"])
                    }
                    try staging.write([(job.pdfPath, pdf)])
                    pdfs[index] = pdf
                    counter.advance()
                }
                timer.mark("print \(plan.jobs.count) documents (Chromium started, \(request.tabs) tabs)")
                try staging.stage([])
            } catch {
                staging.discard()
                throw error
            }
            try opened.commits.commit(staging) { tx in
                var files: [HashedFile] = [], copies: [DocumentCopy] = [], lines: [AuditLine] = []
                for (job, pdf) in zip(plan.jobs, pdfs) {
                    let file = HashedFile(path: job.pdfPath, bytes: pdf!)
                    files.append(file)
                    copies.append(DocumentCopy(path: job.pdfPath, batch: opened.batch.id, source: job.htmlPath, number: job.number?.description ?? "",
                                               form: .pdf, sha256: file.sha256, size: file.size, basis: job.htmlSHA256, recordedOn: now))
                    lines.append(AuditLine(at: now, actor: actor, action: job.replaces ? "pdf dicetak ulang" : "pdf dicetak", batch: opened.batch.id,
                                           number: job.number, detail: (job.pdfPath as NSString).lastPathComponent, sha256: file.sha256))
                }
                try tx.record(files, batch: opened.batch.id)
                try tx.record(copies)
                try tx.audit(lines)
            }
            timer.mark("record and move into place")
        } catch let error as ChromiumError {
            throw WorkflowError(.register, opened.notices + ["error: " + error.text(environment.language), environment.language.text(.attachNothingRecorded)])
        } catch let error as WorkflowError {
            throw error
        } catch {
            throw WorkflowError(.register, opened.notices + ["error: " + environment.language.describe(error), environment.language.text(.attachNothingRecorded)])
        }
        outcome.printed = plan.jobs.map { PrintOutcome.Document(name: $0.name, path: $0.pdfPath, replaced: $0.replaces) }
        return outcome
    }
}
