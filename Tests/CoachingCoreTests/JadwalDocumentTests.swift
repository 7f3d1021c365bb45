import CoachingCore
import CompiledMustache
import Foundation
import LibXML
import Testing
import TestSupport

@Suite("Jadwal Coaching")
struct JadwalDocumentTests {
    private func document(signer: String = "Ratna Kusumawardani") throws -> JadwalDocument {
        try Self.example(signer: signer).document
    }

    /// The example office's schedule for 25 November 2026 and its draft Jadwal. The staff have
    /// NIPs of their own, none of them a coachee's (nobody coaches or accompanies their own session).
    static func example(signer: String = "Ratna Kusumawardani") throws -> (schedule: Schedule, document: JadwalDocument) {
        var c = Configuration()
        c.people.kepalaKantor = .init(name: "Bambang Suryadi", nip: nip("197205141998031002"), position: "Kepala Kantor Layanan Informasi dan Pengaduan")
        c.people.kepalaSeksiPKL = .init(name: signer, nip: nip("197904212005012003"), position: "Kepala Seksi Penjaminan Kualitas Layanan")
        c.people.qualityAssessors = [
            .init(name: "Dewi Lestari", nip: nip("198807152012102001"), position: "Quality Assessor"),
            .init(name: "Rizki Pratama", nip: nip("198503092009031002"), position: "Quality Assessor"),
        ]
        let inputs = try InputLoader(configuration: c, today: testToday).load(
            report: InputFile(name: "lap.csv", source: MemoryByteSource(CandidateTests.report)),
            recommendations: InputFile(name: "rek.csv", source: MemoryByteSource(CandidateTests.recommendations)))
        let list = try #require(CandidateSelector(rules: c.rules).select(inputs))
        let schedule = try Scheduler(configuration: c, calendar: WorkingDayCalendar()).schedule(list.candidates, assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        return (schedule, JadwalDocument(schedule: schedule, configuration: c, number: "JDW-1/KLIP/2026"))
    }


    private func golden(_ name: String, _ rendered: String) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try rendered.write(to: url, atomically: true, encoding: .utf8) }
        #expect(rendered == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }

    @Test func theHTMLAndXMLMatchTheirGoldenFiles() throws {
        let doc = try document()
        try golden("jadwal-coaching.html", try TemplateFolder().load("jadwal-coaching.html", schema: JadwalDocument.schema).renderString(doc.value))
        try golden("jadwal-coaching.xml", try TemplateFolder().load("jadwal-coaching.xml", schema: JadwalDocument.schema).renderString(doc.value))
    }

    @Test func theXMLFollowsItsSchema() throws {
        final class Bytes: XMLByteSource {
            var data: [UInt8]
            init(_ data: [UInt8]) { self.data = data }
            func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
                let n = min(buffer.count, data.count)
                buffer.copyBytes(from: data.prefix(n))
                data.removeFirst(n)
                return n
            }
        }
        let xml = try TemplateFolder().load("jadwal-coaching.xml", schema: JadwalDocument.schema).render(try document().value)
        let schema = try XMLSchema(xsd: EmbeddedSchemas.files["jadwal-coaching.xsd"]!, name: "jadwal-coaching.xsd")
        let reader = try #require(StreamingXMLReader(source: Bytes(xml), name: "jadwal-coaching.xml", schema: schema))
        var elements = 0
        while reader.next() { if reader.kind == .element { elements += 1 } }
        #expect(reader.issues.map(\.message) == [])
        #expect(reader.isValid)
        // Root, penugasan, penandatangan; five sessions of five elements; focus areas: two with one
        // recommendation (fokus, rekomendasi, temuan, saran) and one without.
        #expect(elements == 3 + 5 * 5 + 2 * 4 + 1)
    }

    /// What every session shares is stated once; with two coaches (a stand-in) the coach is
    /// a column again. A batch with stand-ins was once refused for "a coach has no name".
    @Test func theCoachIsStatedOnceOrPerSessionWhenTheyDiffer() throws {
        let (schedule, document) = try Self.example()
        let folder = TemplateFolder()
        let template = try folder.load("jadwal-coaching.html", schema: JadwalDocument.schema)
        let same = try template.renderString(document.value)
        #expect(same.contains("<tr><td>Pelatih</td><td>: Ratna Kusumawardani, Kepala Seksi Penjaminan Kualitas Layanan</td></tr>"))
        #expect(!same.contains("<th>Pelatih</th>"))
        var twoCoaches = schedule
        twoCoaches.sessions[1].coach = .init(name: "Hendra Wijaya", nip: nip("197811052003121002"), position: "Plh. Kepala Seksi Penjaminan Kualitas Layanan")
        let other = JadwalDocument(schedule: twoCoaches, configuration: document.configuration, number: "JDW-1/KLIP/2026")
        #expect(other.missingValues() == [])
        let html = try template.renderString(other.value)
        #expect(html.contains("<th>Pelatih</th>") && html.contains("<td>Hendra Wijaya</td>"))
        #expect(!html.contains("<tr><td>Pelatih</td>"))
    }

    @Test func anEmptySignerStopsTheDocumentWithAClearMessage() throws {
        #expect(try document(signer: "").missingValues() == [
            "a coach has no name: fill in people.kepala_seksi_pkl or schedule.stand_in_coaches in coaching.toml",
            "the Kepala Seksi PKL has no name: fill in people.kepala_seksi_pkl.name in coaching.toml",
        ])
        #expect(try document().missingValues() == [])
    }

    @Test func theWorksheetOpensInIndonesianExcel() throws {
        let bytes = Worksheet.bytes(for: try Self.example().schedule)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == Worksheet.columns.joined(separator: ";"))
        #expect(lines[1].hasPrefix("1;2026-11-27;07.30;08.15;198012302010012005;Dewi Lestari;Agen Informasi;Tim 1;Ratna Kusumawardani;Dewi Lestari;"))
        #expect(lines[1].hasSuffix(";;;;;;"))
    }
}

@Suite("Coaching history")
struct CoachingHistoryTests {
    @Test func earlierJadwalsGiveTheLastSessionOfEachPerson() throws {
        let xml = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/jadwal-coaching.xml"), encoding: .utf8)
        var history = CoachingHistory()
        var log = DiagnosticLog()
        history.add(InputFile(name: "2026-001/jadwal-coaching.xml", source: MemoryByteSource(xml)), language: .en, log: &log)
        #expect(log.diagnostics.isEmpty)
        #expect(history.lastSession.count == 5)
        #expect(history.lastSession.values.allSatisfy { $0 == CivilDate(year: 2026, month: 11, day: 27) })
        history.add(InputFile(name: "broken.xml", source: MemoryByteSource("<jadwalCoaching/>")), language: .en, log: &log)
        #expect(log.sorted.map(\.formatted) == ["broken.xml: warning: this earlier Jadwal Coaching could not be read, so its sessions do not count for the cool-down"])
    }
}

@Suite("Reading a Jadwal back")
struct JadwalReaderTests {
    /// The golden Jadwal's sessions repeated past a megabyte, so the confirmed reader cuts it
    /// in two; one session near the end has a broken NIP.
    static func largeJadwal() throws -> [UInt8] {
        let golden = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/jadwal-coaching.xml"), encoding: .utf8)
        let start = try #require(golden.range(of: "\n  <sesi ")).lowerBound
        let end = try #require(golden.range(of: "\n</jadwalCoaching>")).lowerBound
        let sessions = golden[start..<end]
        var body = ""
        while body.utf8.count < 1_500_000 { body += sessions }
        let broken = try #require(body.range(of: "<peserta nip=\"", range: body.index(body.startIndex, offsetBy: body.count * 3 / 4)..<body.endIndex))
        body.replaceSubrange(broken, with: "<peserta nip=\"x")
        return Array((golden[..<start] + body + golden[end...]).utf8)
    }

    @Test func aConfirmedJadwalReadInTwoHalvesIsTheSameAsReadWhole() throws {
        let bytes = try Self.largeJadwal()
        var wholeLog = DiagnosticLog(), halvesLog = DiagnosticLog()
        let whole = JadwalReader.read(InputFile(name: "jadwal-coaching.xml", source: MemoryByteSource(bytes)), validate: false, language: .en, log: &wholeLog)
        let halves = JadwalReader.readConfirmed(bytes, name: "jadwal-coaching.xml", language: .en, log: &halvesLog)
        let record = try #require(halves)
        #expect(record.entries.count > 1_000)
        #expect(halves == whole)
        // The broken session is reported once, at the same line, whichever way it was read.
        #expect(halvesLog.sorted.map(\.formatted) == wholeLog.sorted.map(\.formatted))
        #expect(halvesLog.errorCount == 1)
        #expect(halvesLog.sorted.first?.formatted.contains("this session of the Jadwal cannot be read") == true)
    }

    @Test func aJadwalNotLaidOutAsWrittenIsReadWhole() throws {
        // No session boundary where the reader would cut: read whole, same result.
        let bytes = try Self.largeJadwal().map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }
        var wholeLog = DiagnosticLog(), confirmedLog = DiagnosticLog()
        let whole = JadwalReader.read(InputFile(name: "j.xml", source: MemoryByteSource(bytes)), validate: false, language: .en, log: &wholeLog)
        #expect(JadwalReader.readConfirmed(bytes, name: "j.xml", language: .en, log: &confirmedLog) == whole)
        #expect(whole != nil)
    }
}
