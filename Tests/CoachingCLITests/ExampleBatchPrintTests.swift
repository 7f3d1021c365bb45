import CoachingCore
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// The example batch printed the way a reviewer at the office prints it (headless Chromium, A4),
/// each page read back with `pdftotext -layout`, and checked for what would send a document back:
/// a page of signatures alone, a row split over two pages, English words, decimal points.
@Suite("The example batch, printed")
struct ExampleBatchPrintTests {
    static let available = PrintTests.available

    /// One printed document: its pages as text.
    struct Printed {
        var name: String
        var pages: [String]
        var isA4: Bool
        /// The whole text in content order: the turned KONSEP mark only reads whole this way.
        var raw: String
    }

    /// Words that must not stand in an Indonesian document (whole words, any case).
    static let englishWords = ["the", "and", "of", "session", "sessions", "draft", "approved", "received", "schedule", "minutes",
                               "below", "above", "score", "reason", "pending", "coach", "signature", "page", "date"]

    @Test(.enabled(if: available, "chromium, pdfinfo and pdftotext are not installed (.ci/run installs them)"), .timeLimit(.minutes(3)))
    func theExampleBatchPrintsAsTheOfficeSignsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cetak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try Self.exampleBatch(in: folder)
        var printed: [Printed] = []
        for (name, file) in [("jadwal-konsep", folder.appendingPathComponent("jadwal-konsep.html")),
                             ("jadwal", batch.appendingPathComponent("jadwal-coaching.html")),
                             ("ba-terpanjang", batch.appendingPathComponent("berita-acara/sesi-001.html")),
                             ("ba-biasa", batch.appendingPathComponent("berita-acara/sesi-008.html")),
                             ("ba-tidak-hadir", batch.appendingPathComponent("berita-acara/sesi-007.html")),
                             ("tanda-terima", batch.appendingPathComponent("tanda-terima/tanda-terima-1.html")),
                             ("rekap", batch.appendingPathComponent("rekap-coaching.html")),
                             ("indeks", batch.appendingPathComponent("index.html"))] {
            printed.append(try Self.print(file, name: name, in: folder))
        }
        for document in printed {
            #expect(document.isA4, "\(document.name) is not A4")
            #expect(!document.pages.isEmpty)
            for (i, page) in document.pages.enumerated() {
                let number = page.range(of: "-\\s*\(i + 1)\\s*-", options: .regularExpression) != nil
                if document.name != "indeks" { #expect(number == (i > 0), "\(document.name) page \(i + 1): page numbers from page 2 only") }
                #expect(!Self.onlySignatures(page), "\(document.name) page \(i + 1) holds nothing but signatures:\n\(page)")
                for word in Self.englishWords where page.range(of: "\\b\(word)\\b", options: [.regularExpression, .caseInsensitive]) != nil {
                    Issue.record("\(document.name) page \(i + 1) has the English word '\(word)'")
                }
                if let decimal = page.range(of: "\\b\\d{1,3}\\.\\d\\b", options: .regularExpression) {
                    Issue.record("\(document.name) page \(i + 1) writes a number with a decimal point: \(page[decimal])")
                }
            }
        }
        let pages = Dictionary(printed.map { ($0.name, $0.pages) }, uniquingKeysWith: { a, _ in a })
        #expect(pages["ba-biasa"]?.count == 1, "the typical Berita Acara fits one page")
        #expect((pages["ba-terpanjang"]?.count ?? 9) <= 2)
        #expect(pages["ba-tidak-hadir"]?.count == 1)
        #expect(pages["tanda-terima"]?.count == 1, "the receipt of 20 Berita Acara fits one page")
        #expect((pages["jadwal"]?.count ?? 9) <= 3, "20 sessions on at most two pages plus the signature")
        let raw = Dictionary(printed.map { ($0.name, $0.raw) }, uniquingKeysWith: { a, _ in a })
        #expect(raw["jadwal-konsep"]?.contains("KONSEP") == true)
        #expect(raw["jadwal"]?.contains("KONSEP") == false)
        // No row split across pages: a person's name and NIP are printed on the same page.
        let jadwal = try String(contentsOf: batch.appendingPathComponent("jadwal-coaching.xml"), encoding: .utf8)
        let people = jadwal.matches(of: /<peserta nip="(\d{18})" nama="([^"]+)"/).map { (String($0.output.1), String($0.output.2)) }
        #expect(people.count == 20)
        for name in ["jadwal", "rekap", "tanda-terima"] {
            for (nip, nama) in people {
                let withNIP = pages[name]?.indices.filter { pages[name]![$0].contains(nip) } ?? []
                let withName = pages[name]?.indices.filter { pages[name]![$0].contains(nama) } ?? []
                #expect(!withNIP.isEmpty && Set(withNIP).isSubset(of: Set(withName)), "\(name): the row of \(nama) is split across pages")
            }
        }
    }

    /// A page whose text, page number aside, is only signature blocks: place and date, the
    /// words before a position, positions, names and NIPs.
    static func onlySignatures(_ page: String) -> Bool {
        let lines = page.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let body = lines.filter { line in
            !(line.range(of: "^-\\s*\\d+\\s*-$", options: .regularExpression) != nil
              || line.range(of: "NIP \\d{18}", options: .regularExpression) != nil
              || line.hasPrefix("Jakarta, ") || line.hasSuffix(",") || line.split(separator: " ").count <= 4)
        }
        return lines.contains { $0.range(of: "NIP \\d{18}", options: .regularExpression) != nil } && body.isEmpty
    }

    /// The example batch taken through approval, minutes, receipt and archiving; the draft
    /// Jadwal kept as `jadwal-konsep.html` beside it.
    static func exampleBatch(in folder: URL) throws -> URL {
        func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }
        let example = repositoryRoot.appendingPathComponent("Examples")
        let workflow = Workflow(WorkflowEnvironment(outputRoot: folder.appendingPathComponent("Output"), clock: .fixed(day(12, 31)), actor: "penyaji",
                                                    keyFolder: folder.appendingPathComponent("tanpa-kunci"), language: .en))
        let settings = try Settings.load(example.appendingPathComponent("coaching.toml").path, language: .en)
        let outcome = try workflow.schedule(ScheduleRequest(
            reports: example.appendingPathComponent("laporan-kinerja.csv").path, recommendations: example.appendingPathComponent("rekomendasi-perbaikan.csv").path,
            unavailable: nil, assignedOn: day(11, 25), period: nil, allowPartial: false, settings: settings))
        guard case .scheduled(let batch) = outcome.result else { throw WorkflowError(.refused, "not scheduled") }
        try FileManager.default.copyItem(at: batch.folder.appendingPathComponent("jadwal-coaching.html"), to: folder.appendingPathComponent("jadwal-konsep.html"))
        let ratna = "198012302010012005", bambang = "197205141998031002"
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: example.appendingPathComponent("catatan-coaching-lengkap.csv").path))
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: ratna, on: day(12, 11)))
        _ = try workflow.receive(ReceiptRequest(batch: "2026-001", by: bambang, on: day(12, 14)))
        _ = try workflow.archive(ArchiveRequest(batch: "2026-001", on: day(12, 15)))
        return batch.folder
    }

    /// `file` printed to PDF and read back page by page.
    static func print(_ file: URL, name: String, in folder: URL) throws -> Printed {
        let pdf = folder.appendingPathComponent("\(name).pdf")
        try runTool(installedTool("chromium")!, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                                 "--user-data-dir=\(folder.path)/profil", "--print-to-pdf=\(pdf.path)", file.absoluteString])
        let info = try runTool(installedTool("pdfinfo")!, [pdf.path])
        let count = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        let pages = try (0..<count).map { try runTool(installedTool("pdftotext")!, ["-f", "\($0 + 1)", "-l", "\($0 + 1)", "-layout", pdf.path, "-"]) }
        let raw = try runTool(installedTool("pdftotext")!, ["-raw", pdf.path, "-"])
        return Printed(name: name, pages: pages, isA4: info.contains("594.96 x 841.92 pts (A4)"), raw: raw)
    }
}
