@testable import CoachingCore
import CompiledMustache
import Foundation
import Testing
import TestSupport

/// The tool's own files read back damaged (a Jadwal, a Berita Acara, a manifest, any of its
/// XML files), files that are not inputs at all, and broken templates: what is said, in Bahasa
/// Indonesia (the default) word for word. libxml2's own words, English only, follow the
/// Indonesian sentence as detail.
@Suite("The tool's own files and templates, damaged, in Bahasa Indonesia")
struct OwnFilesMessagesTests {
    static func jadwalXML() throws -> String {
        let example = try JadwalDocumentTests.example().document
        return try TemplateFolder().load("jadwal-coaching.xml", schema: JadwalDocument.schema).renderString(example.value)
    }

    @Test func aJadwalSessionWithoutItsNIPIsNamedInIndonesian() throws {
        let xml = try Self.jadwalXML()
        // The first coachee's NIP removed, as a hand edit would.
        let damaged = try #require(xml.range(of: #"<peserta nip="\d{18}""#, options: .regularExpression).map { xml.replacingCharacters(in: $0, with: #"<peserta nip="12""#) })
        var log = DiagnosticLog()
        _ = JadwalReader.read(InputFile(name: "jadwal-coaching.xml", source: MemoryByteSource(Array(damaged.utf8))), validate: false, language: .id, log: &log)
        #expect(log.sorted.map(\.message) == ["sesi Jadwal ini tidak dapat dibaca (nomor, tanggal, atau NIP)"])
        #expect(log.sorted.first?.formatted.hasPrefix("jadwal-coaching.xml:") == true)
    }

    @Test func aJadwalCutShortIsNotWellFormedXMLInIndonesian() throws {
        let xml = Array(try Self.jadwalXML().utf8)
        var log = DiagnosticLog()
        let read = JadwalReader.read(InputFile(name: "jadwal-coaching.xml", source: MemoryByteSource(Array(xml.prefix(xml.count / 2)))),
                                     validate: false, language: .id, log: &log)
        #expect(read == nil)
        #expect(!log.sorted.isEmpty && log.sorted.allSatisfy { $0.message.hasPrefix("bukan XML yang tersusun dengan benar: ") }, "\(log.sorted.map(\.formatted))")
    }

    @Test func aBeritaAcaraWithoutItsDateIsNamedInIndonesian() {
        let xml = #"<beritaAcaraCoaching sesi="3"><peserta nip="198012302010012005"/></beritaAcaraCoaching>"#
        var log = DiagnosticLog()
        #expect(BeritaAcaraReader.read(InputFile(name: "sesi-003.xml", source: MemoryByteSource(Array(xml.utf8))), validate: false, language: .id, log: &log) == nil)
        #expect(log.sorted.map(\.formatted) == ["sesi-003.xml: error: Berita Acara ini tidak memuat tanggal, pegawai yang dicoaching, atau nomor sesinya"])
    }

    @Test func aFileThatIsNotOneOfOursOrNotValidIsSaidInIndonesian() throws {
        #expect(XMLFileCheck.check(Array("<catatan/>".utf8), name: "lain.xml", language: .id).problems
            == ["elemen akarnya bukan elemen dokumen coaching, sehingga tidak ada skema untuk memeriksanya"])
        let invalid = try Self.jadwalXML().replacingOccurrences(of: "<penugasan ", with: "<penugasanLain ")
        let problems = XMLFileCheck.check(Array(invalid.utf8), name: "jadwal-coaching.xml", language: .id).problems
        #expect(!problems.isEmpty && problems.allSatisfy { $0.hasPrefix("baris ") && $0.contains(", kolom ") && $0.contains(": tidak sesuai dengan skema: ") }, "\(problems)")
        var log = DiagnosticLog()
        #expect(ArchiveManifest.read(InputFile(name: "manifest.xml", source: MemoryByteSource(Array("bukan xml".utf8))), language: .id, log: &log) == nil)
        #expect(!log.sorted.isEmpty && log.sorted.allSatisfy { $0.message.hasPrefix("bukan XML yang tersusun dengan benar: ") }, "\(log.sorted.map(\.formatted))")
    }

    @Test func filesThatAreNotInputsAreTurnedAwayInIndonesian() {
        let sniffer = InputSniffer(language: .id)
        #expect(sniffer.sniff(Array("%PDF-1.7\n".utf8)) == .refused("berkas ini PDF, bukan berkas data; mintalah ekspor CSV atau XML-nya"))
        #expect(sniffer.sniff([0x1F, 0x8B, 0x08, 0x00]) == .refused("berkas ini dikompresi (gzip); ekstrak terlebih dahulu, lalu berikan berkas .csv atau .xml di dalamnya"))
        #expect(sniffer.sniff([0x50, 0x4B, 0x03, 0x04]) == .refused("berkas ini berkas ZIP atau buku kerja Excel (.xlsx), bukan CSV; di Excel pilih File › Save As › \"CSV UTF-8\""))
        #expect(sniffer.sniff(Array("<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<laporanKinerja/>".utf8))
            == .refused("berkas ini memuat DOCTYPE, yang ditolak demi keamanan (DOCTYPE dapat membuat pembaca mengambil berkas lain atau menguraikan entitas tanpa henti); hapus baris <!DOCTYPE …>", line: 2, column: 1))
        #expect(InputSniffer(language: .en).sniff(Array("%PDF-1.7\n".utf8)) == .refused("this is a PDF, not a data file; ask for the CSV or XML export"))
    }

    @Test func brokenTemplatesAreNamedInIndonesian() {
        let sources = [
            "a.html": "<p>{{#sesi}}{{nama}}</p>\n",
            "b.html": "{{#sesi}}\n{{/peserta}}",
            "c.html": "{{> ../rahasia}}",
            "d.html": "{{nama",
        ]
        let folder = TemplateFolder(folder: "Templat", read: { sources[$0] })
        let said = ["a.html", "b.html", "c.html", "d.html", "e.html"].flatMap { name in
            folder.problems(name, schema: .object(["nama": .value(required: true), "sesi": .list(.object(["nama": .value(required: true)]))])).map { $0.located(.id) }
        }
        #expect(said == [
            "Templat/a.html:1:4: error: 'sesi' dibuka di sini tetapi tidak pernah ditutup",
            "Templat/b.html:2:1: error: '{{/peserta}}' menutup 'sesi' yang dibuka pada baris 1",
            "Templat/c.html:1:1: error: partial '../rahasia' menunjuk ke luar folder templat; sebutkan berkas di dalam folder itu",
            "Templat/d.html:1:1: error: tag tidak pernah ditutup dengan }}",
            "e.html:0:0: error: tidak ada templat bernama 'e.html'",
        ])
    }

    @Test func anEarlierJadwalThatCannotBeReadIsSaidInIndonesian() {
        var history = CoachingHistory()
        var log = DiagnosticLog()
        history.add(InputFile(name: "rusak.xml", source: MemoryByteSource("<jadwalCoaching/>")), language: .id, log: &log)
        #expect(log.sorted.map(\.formatted) == ["rusak.xml: warning: Jadwal Coaching terdahulu ini tidak dapat dibaca, sehingga sesinya tidak diperhitungkan untuk masa jeda"])
    }
}
