@testable import CoachingCore
import Foundation
import Testing
import TestSupport

/// `kandidat.xlsx`: the candidate list as a workbook, its NIPs text, its scores numbers.
@Suite("The candidate list as a workbook")
struct CandidateWorkbookTests {
    static let day = CivilDate(year: 2026, month: 11, day: 25)!

    /// The candidates of ``CandidateTests``, one score with a decimal.
    static func report() throws -> CandidateReport {
        let report = CandidateTests.report.replacingOccurrences(of: "Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,76,",
                                                                with: "Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,76.4,")
        let inputs = try InputLoader(configuration: Configuration(), today: testToday).load(
            report: InputFile(name: "lap.csv", source: MemoryByteSource(report)),
            recommendations: InputFile(name: "rek.csv", source: MemoryByteSource(CandidateTests.recommendations)))
        return CandidateReport(try #require(CandidateSelector(rules: Configuration().rules).select(inputs)))
    }

    @Test func theSheetMatchesItsGoldenFile() throws {
        let bytes = try Self.report().xlsx(date: Self.day)
        let sheet = try #require(try WorkbookTests.parts(bytes)["xl/worksheets/sheet1.xml"])
        let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/kandidat-sheet1.xml")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try sheet.write(to: url, atomically: true, encoding: .utf8) }
        #expect(sheet == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func theSameListGivesTheSameBytesStampedWithTheDayGiven() throws {
        let report = try Self.report()
        let bytes = try report.xlsx(date: Self.day)
        #expect(try report.xlsx(date: Self.day) == bytes)
        #expect(try report.xlsx(date: CivilDate(year: 2026, month: 11, day: 26)!) != bytes, "the entries carry the date given")
    }

    /// Read back by the reader `minutes` uses: every NIP is text with its 18 digits, the score
    /// a number with the one-decimal format, the reasons one per line.
    @Test func theCellsReadBackWithTheirTypes() throws {
        let report = try Self.report()
        let bytes = try report.xlsx(date: Self.day)
        var log = DiagnosticLog()
        let table = try #require(XLSXReader.read(bytes, file: "kandidat.xlsx", language: .en, log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(table.sheet == "Kandidat")
        #expect(table.rows.first?.cells.keys.sorted().map { table.rows[0].cells[$0]! }
                == ["peringkat", "nip", "nama", "jabatan", "tim", "periode", "nilai_kualitas", "alasan", "fokus"].map { .text($0) })
        #expect(table.rows.count == report.list.candidates.count + 1)
        for (row, candidate) in zip(table.rows.dropFirst(), report.list.candidates) {
            #expect(row.cells[1] == .number(String(candidate.rank), date: false))
            #expect(row.cells[2] == .text(candidate.nip.description))
            #expect(candidate.nip.description.count == 18)
            #expect(row.cells[6] == .text("2026-10"), "a period stays text: a spreadsheet would read 2026-10 as a date")
            #expect(row.cells[8] == .text(candidate.reasons.map(\.text).joined(separator: "\n")))
        }
        let first = table.rows[1].cells
        #expect(first[7] == .number("76.4", date: false))
        #expect(first[9] == .text("Etika Bertelepon"))
        let parts = try WorkbookTests.parts(bytes)
        #expect(try #require(parts["xl/styles.xml"]).contains("<numFmt numFmtId=\"165\" formatCode=\"0.0\"/>"))
        let styles = WorkbookStyles(report.workbook)
        #expect(try #require(parts["xl/worksheets/sheet1.xml"]).contains("<c r=\"G2\" s=\"\(styles.index(of: .listScore))\">\n        <v>76.4</v>"))
    }

    /// The worksheet has no score: its styles part has no one-decimal format (its bytes are as before).
    @Test func aWorkbookWithoutScoresHasNoScoreFormat() throws {
        let (_, bytes) = try WorkbookTests.workbook()
        let styles = try #require(try WorkbookTests.parts(bytes)["xl/styles.xml"])
        #expect(styles.contains("<numFmts count=\"1\">") && !styles.contains("formatCode=\"0.0\""))
    }
}
