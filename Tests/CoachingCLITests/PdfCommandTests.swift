import CoachingCore
import CoachingRegister
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// `coaching pdf` as the office runs it: one Chromium for the batch, each PDF with the office as
/// author and the number as subject, A4, tagged, with an outline; skipped when its HTML is
/// unchanged, printed again when it changed, never replaced under a signed copy.
@Suite("coaching pdf", .serialized)
struct PdfCommandTests {
    static let available = installedTool("chromium") != nil && installedTool("pdfinfo") != nil && installedTool("pdftotext") != nil
    static let ratna = "198012302010012005", bambang = "197205141998031002"
    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// A working folder whose `Output` holds the example batch with its minutes drawn (drafts),
    /// and the workflow over it.
    static func batchWithMinutes() throws -> (URL, Workflow) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let example = repositoryRoot.appendingPathComponent("Examples")
        let workflow = Workflow(WorkflowEnvironment(outputRoot: folder.appendingPathComponent("Output"), clock: .fixed(day(12, 31)), actor: "penyaji",
                                                    keyFolder: folder.appendingPathComponent("tanpa-kunci"), language: .en))
        let settings = try Settings.load(example.appendingPathComponent("coaching.toml").path, language: .en)
        _ = try workflow.schedule(ScheduleRequest(
            reports: example.appendingPathComponent("laporan-kinerja.csv").path, recommendations: example.appendingPathComponent("rekomendasi-perbaikan.csv").path,
            unavailable: nil, assignedOn: day(11, 25), period: nil, allowPartial: false, settings: settings))
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: example.appendingPathComponent("catatan-coaching-lengkap.csv").path))
        return (folder, workflow)
    }

    /// Runs the program in `folder` with `environment` added.
    static func coaching(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:]) throws -> WorkflowTests.Run {
        let process = Process()
        guard let program = WorkflowTests.program else { throw WorkflowTests.ProgramMissing() }
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["COACHING_KEYS"] = folder.appendingPathComponent("kunci-bawaan").path
        environment["COACHING_TODAY"] = "2026-12-31"
        // The English texts this suite was written with.
        environment["COACHING_LANG"] = "en"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return WorkflowTests.Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    static func info(_ pdf: URL) throws -> String { try runTool(installedTool("pdfinfo")!, [pdf.path]) }

    @Test(.enabled(if: available, "chromium, pdfinfo and pdftotext are not installed (.ci/run installs them): coaching pdf is not tested"), .timeLimit(.minutes(5)))
    func everyDocumentIsPrintedWithItsMetadataThenLeftAsItIs() throws {
        let (folder, workflow) = try Self.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: Self.ratna, on: Self.day(12, 11)))
        _ = try workflow.receive(ReceiptRequest(batch: "2026-001", by: Self.bambang, on: Self.day(12, 14)))
        let batch = folder.appendingPathComponent("Output/2026/2026-001")

        let run = try Self.coaching(["pdf", "2026-001"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        // The Jadwal, 20 Berita Acara (no-show records among them), the Tanda Terima, the rekap.
        #expect(run.output.hasSuffix("PDF: 23 printed, 0 already there.\n"), "\(run.output)")
        #expect(run.output.hasPrefix("dicetak: JDW-1/KLIP/2026 → 2026/2026-001/jadwal-coaching.pdf\ndicetak: BA-1/KLIP/2026 → 2026/2026-001/berita-acara/sesi-001.pdf\n"))
        #expect(run.output.contains("dicetak: TT-1/KLIP/2026 → 2026/2026-001/tanda-terima/tanda-terima-1.pdf\ndicetak: rekap → 2026/2026-001/rekap-coaching.pdf\n"))
        let office = "KANTOR LAYANAN INFORMASI DAN PENGADUAN"
        for (file, title, subject) in [("jadwal-coaching.pdf", "JADWAL COACHING JDW-1/KLIP/2026", "JDW-1/KLIP/2026"),
                                       ("berita-acara/sesi-008.pdf", "BERITA ACARA COACHING BA-8/KLIP/2026", "BA-8/KLIP/2026"),
                                       ("berita-acara/sesi-007.pdf", "BERITA ACARA KETIDAKHADIRAN COACHING BA-7/KLIP/2026", "BA-7/KLIP/2026"),
                                       ("tanda-terima/tanda-terima-1.pdf", "TANDA TERIMA BERITA ACARA COACHING TT-1/KLIP/2026", "TT-1/KLIP/2026"),
                                       ("rekap-coaching.pdf", "REKAPITULASI PELAKSANAAN COACHING 2026-001", "Rekap Coaching 2026-001")] {
            let pdf = batch.appendingPathComponent(file)
            let info = try Self.info(pdf)
            #expect(info.contains("Title:           \(title)\n"), "\(file): \(info)")
            #expect(info.contains("Author:          \(office)\n"), "\(file)")
            #expect(info.contains("Subject:         \(subject)\n"), "\(file)")
            #expect(info.contains("Tagged:          yes\n"), "\(file)")
            #expect(info.contains("594.96 x 841.92 pts (A4)"), "\(file)")
            let bytes = try Data(contentsOf: pdf)
            #expect(bytes.range(of: Data("/Outlines".utf8)) != nil, "\(file) has no outline")
            if subject.contains("/") {
                #expect(try runTool(installedTool("pdftotext")!, [pdf.path, "-"]).contains(subject), "\(file) does not show its number")
            }
            if let qpdf = installedTool("qpdf") {
                #expect(try runTool(qpdf, ["--check", pdf.path]).contains("No syntax or stream encoding errors found"), "\(file)")
            }
        }
        // Recorded: each PDF's SHA-256 as a file of the batch and as a copy of its HTML.
        let register = try Register(root: folder.appendingPathComponent("Output"), create: false)
        let id = BatchID(parsing: "2026-001")!
        let copies = try register.read { try $0.copies(batch: id) }
        let files = try register.read { try $0.files(batch: id) }
        #expect(copies.count == 23 && copies.allSatisfy { $0.form == .pdf })
        for copy in copies {
            let bytes = try BatchFiles.contents(folder.appendingPathComponent("Output/\(copy.path)").path)
            #expect(SHA256Digest.hex(bytes) == copy.sha256 && files[copy.path] == copy.sha256 && copy.size == bytes.count)
        }
        #expect(try register.read { try $0.auditLog(batch: id, action: "pdf dicetak") }.count == 23)

        // Again: nothing changed, nothing printed.
        let before = try Data(contentsOf: batch.appendingPathComponent("berita-acara/sesi-008.pdf"))
        let again = try Self.coaching(["pdf", "2026-001"], in: folder)
        #expect(again.status == 0)
        #expect(again.output.contains("sudah ada: BA-8/KLIP/2026 → 2026/2026-001/berita-acara/sesi-008.pdf\n"))
        #expect(again.output.hasSuffix("PDF: 0 printed, 23 already there.\n"))
        #expect(try Data(contentsOf: batch.appendingPathComponent("berita-acara/sesi-008.pdf")) == before)

        let status = try Self.coaching(["status", "2026-001"], in: folder)
        #expect(status.output.contains("  PDF: 23 of 23 documents\n"), "\(status.output)")

        // The package holds the PDFs, listed in the manifest as such, and verifies.
        let archive = try Self.coaching(["archive", "2026-001", "--on", "2026-12-15"], in: folder)
        #expect(archive.status == 0, "\(archive.errors)")
        let verify = try Self.coaching(["verify", "Output/arsip/arsip-coaching-2026-001.zip"], in: folder)
        #expect(verify.status == 0, "\(verify.output)\(verify.errors)")
        let unpacked = folder.appendingPathComponent("unpacked")
        try runTool("/usr/bin/unzip", ["-q", folder.appendingPathComponent("Output/arsip/arsip-coaching-2026-001.zip").path, "-d", unpacked.path])
        let manifest = try String(contentsOf: unpacked.appendingPathComponent("2026-001/manifest.xml"), encoding: .utf8)
        #expect(manifest.matches(of: /jenis="pdf"/).count == 23, "\(manifest.prefix(2000))")
        #expect(manifest.contains("berita-acara/sesi-008.pdf"))
    }

    @Test(.enabled(if: available, "chromium, pdfinfo and pdftotext are not installed (.ci/run installs them): coaching pdf is not tested"), .timeLimit(.minutes(5)))
    func aChangedHTMLIsPrintedAgainUnlessASignedCopyExtendsItsPDF() throws {
        let (folder, workflow) = try Self.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.coaching(["pdf", "2026-001", "--document", "BA-8/KLIP/2026", "ba-9/klip/2026", "rekap"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == """
            dicetak: BA-8/KLIP/2026 → 2026/2026-001/berita-acara/sesi-008.pdf
            dicetak: BA-9/KLIP/2026 → 2026/2026-001/berita-acara/sesi-009.pdf
            dicetak: rekap → 2026/2026-001/rekap-coaching.pdf
            PDF: 3 printed, 0 already there.

            """)
        // A draft prints with its KONSEP mark.
        let draft = folder.appendingPathComponent("Output/2026/2026-001/berita-acara/sesi-008.pdf")
        #expect(try runTool(installedTool("pdftotext")!, ["-raw", draft.path, "-"]).contains("KONSEP"))

        // A signed copy of the rekap's PDF comes back (as part B records it).
        let root = folder.appendingPathComponent("Output")
        let id = BatchID(parsing: "2026-001")!
        let register = try Register(root: root, create: false)
        let rekapPDF = try #require(try register.read { try $0.copies(batch: id) }.first { $0.number.isEmpty })
        try register.transaction { tx in
            try tx.record([DocumentCopy(path: "2026/2026-001/rekap-coaching-ttd.pdf", batch: id, source: rekapPDF.source, number: "", form: .signed,
                                        sha256: String(repeating: "0", count: 64), size: 1, basis: rekapPDF.sha256, signer: "Ratna Sari",
                                        recordedOn: "2026-12-12T09:00:00+07:00")])
        }
        // The approval draws the Berita Acara final and the rekap again.
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: Self.ratna, on: Self.day(12, 11)))
        let second = try Self.coaching(["pdf", "2026-001", "--document", "BA-8/KLIP/2026", "BA-9/KLIP/2026", "rekap"], in: folder)
        #expect(second.status == 1)
        #expect(second.output == """
            dicetak ulang: BA-8/KLIP/2026 → 2026/2026-001/berita-acara/sesi-008.pdf
            dicetak ulang: BA-9/KLIP/2026 → 2026/2026-001/berita-acara/sesi-009.pdf
            PDF: 2 printed, 0 already there, 1 not printed.

            """)
        #expect(second.errors == "error: Output/2026/2026-001/rekap-coaching.pdf (rekap) is not printed again although its HTML changed since it was printed: the signed copy Output/2026/2026-001/rekap-coaching-ttd.pdf (signed by Ratna Sari) extends it. Restore the PDF from a copy or an archive package\n")
        #expect(!(try runTool(installedTool("pdftotext")!, ["-raw", draft.path, "-"]).contains("KONSEP")))
        let copies = try register.read { try $0.copies(batch: id) }
        let html = try register.read { try $0.documents(batch: id) }.first { $0.number.description == "BA-8/KLIP/2026" }!.htmlSHA256
        #expect(copies.first { $0.number == "BA-8/KLIP/2026" }?.basis == html)
        #expect(copies.first { $0.path.hasSuffix("rekap-coaching.pdf") } == rekapPDF)
        #expect(try register.read { try $0.auditLog(batch: id, action: "pdf dicetak ulang") }.map(\.number) == ["BA-8/KLIP/2026", "BA-9/KLIP/2026"])

        let status = try Self.coaching(["status", "2026-001"], in: folder)
        #expect(status.output.contains("  PDF: 2 of 22 documents, 1 older than their HTML (coaching pdf 2026-001 prints them again)\n"), "\(status.output)")

        let unknown = try Self.coaching(["pdf", "2026-001", "--document", "BA-99/KLIP/2026"], in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.errors.hasPrefix("error: batch 2026-001 has no document BA-99/KLIP/2026; its documents are JDW-1/KLIP/2026, BA-1/KLIP/2026,"))
    }

    @Test func withoutChromiumTheCommandSaysWhatToInstall() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = try Self.coaching(["pdf", "2026-001"], in: folder, environment: ["COACHING_CHROMIUM": "/nonexistent"])
        #expect(named.status == 1)
        #expect(named.output == "")
        #expect(named.errors == "error: COACHING_CHROMIUM names /nonexistent, which is not an executable file; coaching pdf prints with Chromium. Install it with: sudo apt install chromium-headless-shell (or set COACHING_CHROMIUM to its path)\n")
        let none = try Self.coaching(["pdf", "2026-001"], in: folder, environment: ["PATH": folder.path])
        #expect(none.status == 1)
        #expect(none.errors == "error: coaching pdf prints with Chromium, and none was found (chromium-headless-shell, chrome-headless-shell, chromium, chromium-browser and google-chrome are not on PATH, COACHING_CHROMIUM is not set). Install it with: sudo apt install chromium-headless-shell\n")
    }

    /// The headless shell is preferred to the full browser (a third of the CPU time a document,
    /// the same pixels); the full browser is still found when it is the only one.
    @Test func theHeadlessShellIsPreferredToTheFullBrowser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        let early = folder.appendingPathComponent("early"), late = folder.appendingPathComponent("late")
        for bin in [early, late] { try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: folder) }
        func executable(_ url: URL) throws {
            try "#!/bin/sh\n".write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        try executable(early.appendingPathComponent("chromium"))
        let path = "\(early.path):\(late.path)"
        #expect(try ChromiumLocator.locate(environment: ["PATH": path], language: .en).get() == early.appendingPathComponent("chromium").path)
        try executable(late.appendingPathComponent("chromium-headless-shell"))
        #expect(try ChromiumLocator.locate(environment: ["PATH": path], language: .en).get() == late.appendingPathComponent("chromium-headless-shell").path)
        #expect(try ChromiumLocator.locate(environment: ["PATH": path, "COACHING_CHROMIUM": early.appendingPathComponent("chromium").path], language: .en).get()
            == early.appendingPathComponent("chromium").path)
    }

    @Test(.enabled(if: available, "chromium, pdfinfo and pdftotext are not installed (.ci/run installs them): coaching pdf is not tested"))
    func aChromiumThatDiesIsAClearErrorAndNothingIsRecorded() throws {
        let (folder, _) = try Self.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A "browser" that exits at once, as a crashed Chromium would.
        let fake = folder.appendingPathComponent("chromium-mati")
        try "#!/bin/sh\necho 'no display' >&2\nexit 3\n".write(to: fake, atomically: true, encoding: .utf8)
        chmod(fake.path, 0o755)
        let run = try Self.coaching(["pdf", "2026-001"], in: folder, environment: ["COACHING_CHROMIUM": fake.path])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: Chromium stopped while printing: it "), "\(run.errors)")
        #expect(run.errors.contains("no display"))
        #expect(run.errors.hasSuffix("Nothing was recorded; the batch folder is as it was.\n"))
        let pdfs = try BatchFiles.list(folder.appendingPathComponent("Output/2026/2026-001")).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.isEmpty)
    }
}
