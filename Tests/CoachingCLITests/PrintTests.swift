import CoachingCore
import CompiledMustache
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// Prints the Jadwal Coaching with headless Chromium (Debian's `chromium`, installed by
/// .ci/run) and reads the PDF back with poppler's pdfinfo and pdftotext.
@Suite("Printing the Jadwal Coaching")
struct PrintTests {
    static let available = installedTool("chromium") != nil && installedTool("pdfinfo") != nil && installedTool("pdftotext") != nil

    @Test(.enabled(if: available, "chromium, pdfinfo and pdftotext are not installed (.ci/run installs them)"),
          .timeLimit(.minutes(2)))
    func printsOnA4WithPageNumbersFromPageTwoAndTheSignatureBlockWhole() throws {
        // A real office's worth of sessions: several pages.
        var options = SampleGenerator.Options()
        options.agents = 120
        let sinks = (0..<4).map { _ in MemoryByteSink() }
        _ = try SampleGenerator(options: options).generate(into: .init(reportCSV: sinks[0], reportXML: sinks[1], recommendationsCSV: sinks[2], recommendationsXML: sinks[3]))
        var c = Configuration()
        let (kasi, qa1, qa2) = (nip("198012302010012005"), nip("199001152015022001"), nip("198609262015051001"))
        c.people.kepalaSeksiPKL = .init(name: "Ratna Kusumawardani", nip: kasi, position: "Kepala Seksi Penjaminan Kualitas Layanan")
        c.people.qualityAssessors = [.init(name: "Dewi Lestari", nip: qa1, position: "Quality Assessor"),
                                     .init(name: "Rizki Pratama", nip: qa2, position: "Quality Assessor")]
        let inputs = try InputLoader(configuration: c, today: testToday).load(report: InputFile(name: "l.csv", source: MemoryByteSource(sinks[0].bytes)),
                                                            recommendations: InputFile(name: "r.csv", source: MemoryByteSource(sinks[2].bytes)))
        let list = try #require(CandidateSelector(rules: c.rules).select(inputs))
        let schedule = try Scheduler(configuration: c, calendar: WorkingDayCalendar()).schedule(list.candidates, assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        let html = try TemplateFolder().load("jadwal-coaching.html", schema: JadwalDocument.schema)
            .render(JadwalDocument(schedule: schedule, configuration: c, number: "JDW-1/KLIP/2026").value)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jadwal-print-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("jadwal-coaching.html"), pdf = folder.appendingPathComponent("jadwal.pdf")
        try Data(html).write(to: page)
        try runTool(installedTool("chromium")!, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                         "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf.path)", page.absoluteString])

        let info = try runTool(installedTool("pdfinfo")!, [pdf.path])
        #expect(info.contains("594.96 x 841.92 pts (A4)"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pages >= 2)
        let texts = try (1...max(pages, 1)).map { try runTool(installedTool("pdftotext")!, ["-f", "\($0)", "-l", "\($0)", "-layout", pdf.path, "-"]) }
        // pdftotext may drop the spaces of "- 2 -".
        func hasNumber(_ text: String, _ n: Int) -> Bool { text.range(of: "-\\s*\(n)\\s*-", options: .regularExpression) != nil }
        #expect(!hasNumber(texts[0], 1))
        if pages >= 2 { #expect(hasNumber(texts[1], 2)) }
        // The signature block (place and date, position, name, NIP) sits whole on one page.
        let block = ["Jakarta, 25 November 2026", "Kepala Seksi Penjaminan Kualitas Layanan,", "Ratna Kusumawardani", "NIP 198012302010012005"]
        let signaturePages = texts.indices.filter { texts[$0].contains("NIP 198012302010012005") && texts[$0].contains("Jakarta, 25 November 2026") }
        #expect(signaturePages.count == 1)
        if let page = signaturePages.first { #expect(block.allSatisfy { texts[page].contains($0) }) }
        // The table header repeats on every page of the table.
        #expect(texts.filter { $0.contains("Pendamping") }.count >= 2)
    }
}
