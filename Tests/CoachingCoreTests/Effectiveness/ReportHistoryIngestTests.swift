@testable import CoachingCore
import Testing
import TestSupport

/// `efektivitas` reads the reports through the strict ingest straight into its compact
/// history (no ``PerformanceRecord`` per row): the same errors, word for word, as the ingest
/// of `coaching check`, and the same history as the records would give.
@Suite("Reading the reports for efektivitas")
struct ReportHistoryIngestTests {
    private func load(_ files: [(String, String)], parallel: Bool = false,
                      configuration: Configuration = englishConfiguration) throws -> (history: ReportHistory, checks: [FileCheck]) {
        var loader = ReportHistoryLoader(configuration: configuration, today: testToday)
        loader.parallelMinimumBytes = parallel ? 0 : Int.max
        return try loader.load(files.map { InputFile(name: $0.0, source: MemoryByteSource($0.1)) })
    }

    private func check(_ text: String, parallel: Bool) -> [FileCheck] {
        var checker = InputChecker(configuration: englishConfiguration, today: testToday)
        checker.parallelMinimumBytes = parallel ? 0 : Int.max
        return checker.check([InputFile(name: "l.csv", source: MemoryByteSource(text))])
    }

    /// About 2,400 rows over three periods and several teams, with `bad` rows put in by index.
    private func report(bad: [Int: String] = [:]) -> String {
        var lines = [Fixture.header]
        var i = 0
        for month in 8...10 {
            lines.append("2026-\(month < 10 ? "0" : "")\(month),198609262015051001,Rizki Pratama,Team Leader Informasi,Tim 1,,8,88.5,90,300")
            for agent in 0..<800 {
                defer { i += 1 }
                if let row = bad[i] { lines.append(row); continue }
                let day = 1 + agent % 28, seq = 1 + agent % 999
                let nip = "199001" + (day < 10 ? "0" : "") + "\(day)" + "2015021" + String(repeating: "0", count: 3 - String(seq).count) + "\(seq)"
                let score = agent % 7 == 0 ? "" : "\(60 + (agent * 7 + month) % 40).5"
                lines.append("2026-\(month < 10 ? "0" : "")\(month),\(nip),\"Agen, \(agent)\",Agen Informasi,Tim \(1 + agent / 150),198609262015051001,\(3 + agent % 6),\(70 + month),\(score),\(300 + agent)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let badRows = [
        10: "2026-08,19900111201502101X,Agen X,Agen Informasi,Tim 1,198609262015051001,5,78,70,300",
        900: "2026-13,199001172015021101,Agen 100,Agen Informasi,Tim 1,198609262015051001,5,79,70,300",
        1700: "2026-10,199001172015021101,Agen 100,Agen Informasi,Tim 1,198609262015051001,5,80,7x,300",
        2300: "2026-10,199001012015021701,Agen 700,Agen Informasi,Tim 1,198609262015051001,5,80,70",
    ]

    @Test("Bad rows get the strict ingest's messages, word for word, read in order or in parts")
    func badRowsGetTheSameMessages() throws {
        let text = report(bad: Self.badRows)
        for parallel in [false, true] {
            let loaded = try load([("l.csv", text)], parallel: parallel)
            #expect(messages(loaded.checks) == messages(check(text, parallel: parallel)))
            #expect(messages(loaded.checks) == [
                "l.csv:13:9: error: a NIP has digits only (nip)",
                "l.csv:904:1: error: '2026-13' is not a period; write the month as YYYY-MM, e.g. 2026-10 (periode)",
                "l.csv:1705:82: error: the score for etika_bertelepon must be a number from 0 to 100, found '7x' (aspek_etika_bertelepon)",
                "l.csv:2305: error: this row has 9 fields but the header has 10; check for a missing or extra ',', or a value that needs quotes",
            ])
        }
    }

    @Test("The same person and period in two files is an error naming both places, in the run's language")
    func repeatedPeriodAcrossFiles() throws {
        let first = [Fixture.header, Fixture.leader, Fixture.agent].joined(separator: "\n") + "\n"
        let second = [Fixture.header, Fixture.leader].joined(separator: "\n") + "\n"
        let english = try load([("a.csv", first), ("b.csv", second)])
        #expect(messages(english.checks) == ["b.csv:2: error: this person's period is already at a.csv:2; give each period of a person once (periode)"])
        let indonesian = try load([("a.csv", first), ("b.csv", second)], configuration: Configuration())
        #expect(messages(indonesian.checks) == [
            "b.csv:2: error: periode pegawai ini sudah tercantum di a.csv:2; cantumkan setiap periode seorang pegawai sekali saja (periode)"])
    }

    @Test("Good rows give the history the records give, in order or in parts, with the lines of the file")
    func goodRowsGiveTheRecordsHistory() throws {
        let text = report()
        var records: [PerformanceRecord] = []
        var consistency = ReportConsistency(language: .en)
        var log = DiagnosticLog()
        let summary = CSVIngest(configuration: englishConfiguration, file: "l.csv", today: testToday, parallelMinimumBytes: Int.max)
            .readReport(MemoryByteSource(text), consistency: &consistency, log: &log, each: { records.append($0) })
        #expect(!log.hasErrors)
        #expect(records.count == 2403)
        let aspects = summary.aspectCodes ?? []
        for parallel in [false, true] {
            let (history, checks) = try load([("l.csv", text)], parallel: parallel)
            #expect(messages(checks).isEmpty)
            #expect(history.rows.count == records.count)
            #expect(history.aspectCodes == [ReportHistory.qualityCode] + aspects)
            #expect(history.rowsByPerson.count == Set(records.map(\.nip)).count)
            var teamsInOrder: [String] = []
            for record in records where !teamsInOrder.contains(record.tim) { teamsInOrder.append(record.tim) }
            #expect(history.teams == teamsInOrder)
            let firstName = Dictionary(records.map { ($0.nip, $0.nama) }, uniquingKeysWith: { first, _ in first })
            var mismatches = 0
            for record in records {
                guard let row = history.row(of: record.nip, in: record.periode) else { mismatches += 1; continue }
                let r = history.rows[row]
                let same = history.location(of: row) == SourceLocation(file: "l.csv", line: record.line)
                    && Int(r.jumlahPenilaian) == record.jumlahPenilaian && r.jabatan == record.jabatan
                    && history.teams[Int(r.team)] == record.tim && history.names[record.nip] == firstName[record.nip]
                    && history.score(row: row, aspect: 0) == record.nilaiKualitas
                    && (0..<aspects.count).allSatisfy { history.score(row: row, aspect: $0 + 1) == record.aspectScores[$0] }
                if !same { mismatches += 1 }
            }
            #expect(mismatches == 0, "read \(parallel ? "in parts" : "in order")")
        }
    }
}
