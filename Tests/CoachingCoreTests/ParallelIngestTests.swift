@testable import CoachingCore
import Testing
import TestSupport

/// The parallel reader must give exactly what the sequential one gives.
@Suite("Reading a report on all cores")
struct ParallelIngestTests {
    private func check(_ text: String, parallel: Bool) -> [FileCheck] {
        var checker = InputChecker(configuration: englishConfiguration, today: testToday)
        checker.parallelMinimumBytes = parallel ? 0 : Int.max
        return checker.check([InputFile(name: "l.csv", source: MemoryByteSource(text))])
    }

    private func bigReport(badRows: [Int: String] = [:]) -> String {
        var lines = [Fixture.header, Fixture.leader]
        var random = SeededRandom(seed: 3)
        for i in 0..<2000 {
            if let bad = badRows[i] { lines.append(bad); continue }
            let day = 1 + i % 28, seq = 1 + i % 999
            let nip = "199001" + (day < 10 ? "0" : "") + "\(day)" + "2015021" + String(repeating: "0", count: 3 - String(seq).count) + "\(seq)"
            lines.append("2026-10,\(nip),\"Agen, \(i)\",Agen Informasi,Tim 1,198609262015051001,\(Int.random(in: 5...9, using: &random)),80,80,300")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func findsTheSameProblemsAtTheSameLinesAsTheSequentialReader() {
        let text = bigReport(badRows: [
            10: "2026-10,198012302010012005,Dewi,Agen Informasi,Tim 1,198609262015051001,7,176,70,410",
            1500: "2026-13,198012302010012005,Dewi,Agen Informasi,Tim 1,198609262015051001,7,76,70,410",
            1999: "2026-10,199001012015021001,Dup,Agen Informasi,Tim 1,198609262015051001,7,76,70,410",
        ])
        let sequential = check(text, parallel: false), parallel = check(text, parallel: true)
        #expect(messages(parallel) == messages(sequential))
        #expect(parallel[0].summary == sequential[0].summary)
        #expect(messages(sequential).contains("l.csv:13:75: error: the quality score must be from 0 to 100, found 176 (nilai_kualitas)"))
        // A repeat of a person from the first part, found when the parts are joined.
        #expect(messages(sequential).contains { $0.hasPrefix("l.csv:2002:") && $0.contains("already has a row for 2026-10 on line 3") })
        #expect(messages(parallel).contains { $0.hasPrefix("l.csv:2002:") && $0.contains("already has a row for 2026-10 on line 3") })
    }

    @Test func aMissingTeamLeaderIsReportedOnceWithEveryRowThatNamesIt() {
        // Rows 100–102 together, 1200 and 1202 in the other part, and 1201 naming another leader
        // in between: the first row is named, and the other four counted.
        let missing = "2026-10,199012312015021%03d,Agen %d,Agen Informasi,Tim 9,197001012000011001,7,76,70,410"
        let text = bigReport(badRows: [
            100: String(format: missing, 901, 100), 101: String(format: missing, 902, 101), 102: String(format: missing, 903, 102),
            1200: String(format: missing, 904, 1200),
            1201: "2026-10,199012312015021905,Agen 1201,Agen Informasi,Tim 9,197001012000011002,7,76,70,410",
            1202: String(format: missing, 906, 1202),
        ])
        let sequential = check(text, parallel: false), parallel = check(text, parallel: true)
        #expect(messages(parallel) == messages(sequential))
        #expect(messages(sequential).contains(
            "l.csv:103:58: error: the team leader named here (and on 4 more rows), 197001012000011001, has no row of their own as Team Leader Informasi in 2026-10 (nip_team_leader)"))
        #expect(messages(sequential).count == 2)
        #expect(messages(sequential).contains { $0.hasPrefix("l.csv:1204:") && $0.contains("named here, 197001012000011002") })
    }

    @Test func aCutInsideAQuotedLineBreakFallsBackToReadingInOrder() throws {
        // A name with 30,000 quoted line breaks sits across the middle of the file, where
        // the cut for the second core falls.
        let rows = bigReport().split(separator: "\n", omittingEmptySubsequences: false)
        let longName = "2026-10,198012302010012009,\"Nama" + String(repeating: "\n-", count: 30_000) + "\",Agen Informasi,Tim 1,198609262015051001,7,76,70,410"
        let text = (rows[..<1000] + [Substring(longName)] + rows[1000...]).joined(separator: "\n")

        let source = MemoryByteSource(text)
        let ingest = CSVIngest(configuration: englishConfiguration, file: "l.csv", today: testToday)
        let reader = CSVReader(source: MemoryByteSource(text), file: "l.csv", language: .en)
        _ = reader.nextRecord()
        var log = DiagnosticLog()
        let header = try #require(CSVHeader.report(reader, aliases: [:], language: .en, log: &log))
        let reportRows = ReportRows(header: header, layout: header.layout!, width: reader.fieldCount, decimalComma: false, keepRecords: false, today: testToday, language: .en)
        let parallel = try #require(ParallelCSVReport(ingest: ingest, rows: reportRows, file: source, head: Array(text.utf8.prefix(8192)),
                                                      delimiter: UInt8(ascii: ","), cores: 2, minimumBytes: 0))
        #expect(parallel.ranges.count == 2)
        var consistency = ReportConsistency(language: .en)
        var sink = RecordSink(periods: .all, each: nil)
        #expect(parallel.read(startLine: 2, log: DiagnosticLog(), consistency: &consistency, into: &sink) == nil)

        let sequential = check(text, parallel: false), both = check(text, parallel: true)
        #expect(messages(both) == messages(sequential))
        #expect(both[0].summary.rows == 2002)
    }
}
