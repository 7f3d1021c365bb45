import CoachingCore
import LibXML
import Foundation
import Testing
import TestSupport

private let ns = "urn:x-klip-djp:coaching:1"

private func report(_ rows: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <laporanKinerja xmlns="\(ns)">
      <kolom><aspek kode="etika_bertelepon"/><kpi kode="aht_detik"/></kolom>
    \(rows)
    </laporanKinerja>
    """
}

private let leaderRow = """
  <pegawai periode="2026-10" nip="198609262015051001" nama="Rizki Pratama" jabatan="Team Leader Informasi" tim="Tim 1" jumlahPenilaian="8" nilaiKualitas="88.5"><aspek kode="etika_bertelepon" nilai="90"/><kpi kode="aht_detik" nilai="300"/></pegawai>
"""

@Suite("XML inputs")
struct XMLInputTests {
    @Test func readsAValidReportLikeTheCSV() {
        let agent = """
          <pegawai periode="2026-10" nip="198012302010012005" nama="Dewi &amp; Co" jabatan="Agen Informasi" tim="Tim 1" nipTeamLeader="198609262015051001" jumlahPenilaian="7" nilaiKualitas="76"/>
        """
        let results = checkFiles([("l.xml", report(leaderRow + "\n" + agent))])
        #expect(messages(results) == [])
        #expect(results[0].summary.rows == 2)
        #expect(results[0].summary.format == "xml")
    }

    @Test func reportsSchemaViolationsWithLineAndColumn() {
        let bad = """
          <pegawai periode="2026-10" nip="198012302010012005" nama="Dewi" jabatan="Agen Informasi" tim="Tim 1" nipTeamLeader="198609262015051001" jumlahPenilaian="7" nilaiKualitas="105"/>
        """
        let results = checkFiles([("l.xml", report(leaderRow + "\n" + bad))])
        #expect(messages(results) == [
            "l.xml:5: error: does not follow the schema: Element 'pegawai', attribute 'nilaiKualitas': [facet 'maxInclusive'] The value '105' is greater than the maximum value allowed ('100').",
        ])
    }

    @Test func checksWhatTheSchemaCannotSay() {
        let agent = """
          <pegawai periode="2026-10" nip="198613262015051001" nama="Dewi" jabatan="Agen Informasi" tim="Tim 1" nipTeamLeader="199001152015022001" jumlahPenilaian="7" nilaiKualitas="76"><aspek kode="menyanyi" nilai="50"/></pegawai>
        """
        let results = checkFiles([("l.xml", report(leaderRow + "\n" + agent))])
        #expect(messages(results) == [
            "l.xml:5: error: aspect 'menyanyi' is not declared in <kolom> at the top of the file (aspek)",
            "l.xml:5: error: the first 8 digits of a NIP are the birth date (YYYYMMDD), and 19861326 is not a date (nip)",
        ])
    }

    /// Issue #15: the XML path refuses NIPs dated after today (31 December 2026) as the CSV path does.
    @Test func nipsDatedAfterTodayAreRefused() {
        let agent = """
          <pegawai periode="2026-10" nip="199001152027012001" nama="Ani" jabatan="Agen Informasi" tim="Tim 1" nipTeamLeader="198609262015051001" jumlahPenilaian="6" nilaiKualitas="81"/>
        """
        let recs = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rekomendasiPerbaikan xmlns="\(ns)">
              <butir periode="2026-10" nip="202701022027011003" aspek="etika_bertelepon" prioritas="tinggi"><temuan>Salam</temuan><rekomendasi>Latihan</rekomendasi></butir>
            </rekomendasiPerbaikan>
            """
        #expect(messages(checkFiles([("l.xml", report(leaderRow + "\n" + agent)), ("r.xml", recs)])) == [
            "l.xml:5: error: digits 9–14 of a NIP are the start of service (YYYYMM), and 202701 is after this month (2026-12) (nip)",
            "r.xml:3: error: the first 8 digits of a NIP are the birth date (YYYYMMDD), and 20270102 is after today (2026-12-31) (nip)",
        ])
    }

    @Test func refusesADoctypeAndNeverReadsExternalEntities() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-secret-\(getpid()).txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE laporanKinerja [ <!ENTITY x SYSTEM "file://\(secret.path)"> ]>
            <laporanKinerja xmlns="\(ns)"><kolom/><pegawai periode="2026-10" nip="198609262015051001" nama="&x;" jabatan="Team Leader Informasi" tim="T" jumlahPenilaian="1" nilaiKualitas="1"/></laporanKinerja>
            """
        let text = messages(checkFiles([("xxe.xml", xxe)])).joined(separator: "\n")
        #expect(!text.contains("TOP-SECRET"))
        #expect(text == "xxe.xml:2:1: error: the file declares a DOCTYPE, which is refused for safety (it can make a reader fetch files or expand entities without end); remove the <!DOCTYPE …> line")
    }

    @Test func refusesAnExternalDTD() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE laporanKinerja SYSTEM \"http://example.invalid/evil.dtd\">\n<laporanKinerja xmlns=\"\(ns)\"><kolom/></laporanKinerja>"
        let text = messages(checkFiles([("dtd.xml", xml)]))
        #expect(text.contains { $0.contains("DOCTYPE, which is refused for safety") })
    }

    @Test(.timeLimit(.minutes(1)))
    func survivesBillionLaughsAndQuadraticBlowUpQuickly() {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let previous = i == 1 ? "lol" : "lol\(i - 1)"
            laughs += "<!ENTITY lol\(i) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        laughs += "]>\n<laporanKinerja xmlns=\"\(ns)\"><kolom/><pegawai nama=\"&lol9;\"/></laporanKinerja>"
        let big = String(repeating: "x", count: 100_000)
        let quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE q [<!ENTITY a \"\(big)\">]>\n<laporanKinerja xmlns=\"\(ns)\"><kolom/><pegawai nama=\"" + String(repeating: "&a;", count: 10_000) + "\"/></laporanKinerja>"
        for (name, xml) in [("laughs.xml", laughs), ("quadratic.xml", quadratic)] {
            let results = checkFiles([(name, xml)])
            #expect(results[0].log.errorCount >= 1)
            #expect(results[0].log.sorted[0].message.contains("DOCTYPE"))
        }
    }

    @Test func schemaProblemsBeyondTheLimitStillCount() {
        var configuration = Configuration()
        configuration.input.maxProblemsPerFile = 3
        let bad = (0..<10).map { _ in
            "<pegawai periode=\"2026-10\" nip=\"198012302010012005\" nama=\"Dewi\" jabatan=\"Agen Informasi\" tim=\"Tim 1\" nipTeamLeader=\"198609262015051001\" jumlahPenilaian=\"7\" nilaiKualitas=\"105\"/>"
        }.joined(separator: "\n")
        let results = checkFiles([("l.xml", report(leaderRow + "\n" + bad))], configuration: configuration)
        #expect(results[0].log.diagnostics.count == 3)
        #expect(results[0].log.errorCount >= 10)
    }

    @Test func namesSyntaxErrorsPlainly() {
        let results = checkFiles([("broken.xml", "<?xml version=\"1.0\"?>\n<laporanKinerja xmlns=\"\(ns)\"><kolom></laporanKinerja>")])
        #expect(messages(results) == ["broken.xml:2:75: error: this is not well-formed XML: Opening and ending tag mismatch: kolom line 2 and laporanKinerja"])
    }

    @Test func saysWhenTheRootIsWrong() {
        let results = checkFiles([("r.xml", "<?xml version=\"1.0\"?>\n<laporan xmlns=\"\(ns)\"/>")])
        #expect(messages(results) == [
            "r.xml:1: error: cannot tell which input this is: the root element must be <laporanKinerja> or <rekomendasiPerbaikan> in namespace urn:x-klip-djp:coaching:1",
        ])
    }

    @Test func readsRecommendationsWithTextContent() {
        let recs = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rekomendasiPerbaikan xmlns="\(ns)">
              <butir periode="2026-10" nip="198609262015051001" aspek="etika_bertelepon" prioritas="tinggi">
                <temuan>Salam &lt;tidak&gt; lengkap</temuan>
                <rekomendasi>Latihan skrip</rekomendasi>
              </butir>
              <butir periode="2026-10" nip="198609262015051001" aspek="etika_bertelepon" prioritas="tinggi">
                <temuan>Salam &lt;tidak&gt; lengkap</temuan>
                <rekomendasi>Lagi</rekomendasi>
              </butir>
            </rekomendasiPerbaikan>
            """
        let results = checkFiles([("l.xml", report(leaderRow)), ("r.xml", recs)])
        #expect(messages(results) == [
            "r.xml:7: error: has the same period, NIP, aspect and finding as line 3; it is listed twice (temuan)",
        ])
        #expect(results[1].summary.rows == 2)
    }
}

@Suite("Hardened libxml2 reader")
struct StreamingXMLReaderTests {
    final class Bytes: XMLByteSource {
        var data: [UInt8]
        init(_ text: String) { data = Array(text.utf8) }
        func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
            let n = min(buffer.count, data.count)
            buffer.copyBytes(from: data.prefix(n))
            data.removeFirst(n)
            return n
        }
    }

    @Test func neverOpensAFileNamedByAnExternalEntity() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-reader-\(getpid()).txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [ <!ENTITY x SYSTEM \"file://\(secret.path)\"> ]>\n<a>&x;</a>"
        let reader = try #require(StreamingXMLReader(source: Bytes(xml), name: "x.xml", schema: nil))
        var text = ""
        while reader.next() { text += String(decoding: reader.valueBytes, as: UTF8.self) }
        #expect(!text.contains("TOP-SECRET"))
        #expect(reader.refusedDocumentType)
        #expect(reader.issues.map { "\($0.line):\($0.column) \($0.message)" } == ["2:1 document type declarations (DOCTYPE) are not allowed"])
        #expect(!reader.isValid)
    }

    @Test func doesNotGunzipItsInput() throws {
        let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xB3, 0x49, 0xB4, 0xB7, 0xD3, 0x4F, 0xB4, 0x03, 0x00]
        let source = Bytes("")
        source.data = gzip
        let reader = try #require(StreamingXMLReader(source: source, name: "z.xml", schema: nil))
        #expect(reader.next() == false)
        #expect(!reader.isValid)
    }
}
