import CoachingCore
import CompiledMustache
import Foundation
import LibXML
import Testing
import TestSupport

/// The Kepala Kantor's receipt as a document of its own.
@Suite("Tanda Terima Berita Acara Coaching")
struct TandaTerimaDocumentTests {
    static func document() throws -> TandaTerimaDocument {
        let configuration = try JadwalDocumentTests.example().document.configuration
        func day(_ d: Int) -> CivilDate { CivilDate(year: 2026, month: 11, day: d)! }
        return TandaTerimaDocument(number: "TT-1/KLIP/2026", jadwalNumber: "JDW-1/KLIP/2026", receivedOn: CivilDate(year: 2026, month: 12, day: 14)!,
                                   received: [
                                       .init(number: "BA-1/KLIP/2026", session: 1, nip: "198012302010012005", name: "Dewi Lestari", date: day(27),
                                             approvedOn: CivilDate(year: 2026, month: 12, day: 11)!, isNoShow: false),
                                       .init(number: "BA-2/KLIP/2026", session: 3, nip: "199001152015022001", name: "Ani Wulan", date: day(27),
                                             approvedOn: CivilDate(year: 2026, month: 12, day: 11)!, isNoShow: true),
                                   ], configuration: configuration)
    }

    private func golden(_ name: String, _ rendered: String) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try rendered.write(to: url, atomically: true, encoding: .utf8) }
        #expect(rendered == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }

    @Test func theHTMLAndXMLMatchTheirGoldenFilesAndTheXMLItsSchema() throws {
        let value = try Self.document().value
        let folder = TemplateFolder()
        let html = try folder.load("tanda-terima-coaching.html", schema: TandaTerimaDocument.schema).renderString(value)
        let xml = try folder.load("tanda-terima-coaching.xml", schema: TandaTerimaDocument.schema).renderString(value)
        try golden("tanda-terima-coaching.html", html)
        try golden("tanda-terima-coaching.xml", xml)
        #expect(html.contains("Pada hari ini Senin tanggal empat belas bulan Desember tahun dua ribu dua puluh enam, Kepala Kantor Layanan Informasi dan Pengaduan telah menerima dari Kepala Seksi Penjaminan Kualitas Layanan 2 (dua) Berita Acara <i>Coaching</i>"))
        let check = XMLFileCheck.check(Array(xml.utf8), name: "tanda-terima-1.xml", language: .en)
        #expect(check.problems == [])
        #expect(check.number == "TT-1/KLIP/2026")
        #expect(TandaTerimaDocument.schema.emptyRequiredValues(in: value).isEmpty)
    }
}
