import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing

/// What the tool says when its own files are not as it wrote them (the register edited, a batch
/// file changed, a template broken, Chromium gone), in Bahasa Indonesia, the default, word for
/// word. Each failure is provoked as it happens at the desk.
@Suite("The tool's own files, damaged, in Bahasa Indonesia")
struct OwnFilesMessagesTests {
    static let ratna = "198012302010012005"
    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// The same output root, spoken to in Indonesian.
    static func indonesian(_ fixture: WorkflowFixture, templates: TemplateFolder = TemplateFolder()) -> Workflow {
        Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(day(12, 31)),
                                     templates: templates, keyFolder: fixture.root.appendingPathComponent("tanpa-kunci"), language: .id))
    }

    @Test func aRegisterEditedByHandIsRefusedInIndonesian() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26)))
        _ = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        let register = try Register(root: fixture.workflow.environment.outputRoot, create: false)
        try register.transaction { try $0.execute("UPDATE document SET status = 'disetujui', approvedOn = '2026-12-11', approvedBy = '\(Self.ratna)' WHERE kind = 'berita-acara'") }
        let error = #expect(throws: WorkflowError.self) {
            try Self.indonesian(fixture).receive(ReceiptRequest(batch: "2026-001", by: "197205141998031002", on: Self.day(12, 14)))
        }
        #expect(error?.lines.first == "error: register menyatakan BA-1/KLIP/2026 disetujui oleh \(Self.ratna), tetapi log auditnya mencatat tidak ada persetujuan; register diubah di luar coaching")
        #expect(error?.lines.last == "Catatan batch 2026-001 tidak utuh; tidak ada yang diubah. Pulihkan register.sqlite dari cadangan, atau tanyakan siapa yang mengubahnya.")
    }

    @Test func aRegisterRowThatDoesNotReadBackIsNamedInIndonesian() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let register = try Register(root: fixture.workflow.environment.outputRoot, create: false)
        try register.transaction { try $0.execute("UPDATE batch SET deadline = 'besok'") }
        let error = #expect(throws: WorkflowError.self) { try Self.indonesian(fixture).status(StatusRequest(batch: "2026-001")) }
        #expect(error?.lines == ["error: baris register untuk batas waktu batch 2026-001 tidak dapat dibaca: 'besok' bukan tanggal yang sah; baris itu diubah di luar coaching atau rusak. Pulihkan register dari cadangan atau paket arsip"])
    }

    @Test func aBatchFileChangedBeforeArchivingIsNamedInIndonesian() throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let folder = archived.index.deletingLastPathComponent()
        let path = folder.appendingPathComponent("kandidat.csv")
        var bytes = Array(try Data(contentsOf: path))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: path)
        let error = #expect(throws: WorkflowError.self) { try Self.indonesian(fixture).archive(ArchiveRequest(batch: "2026-001")) }
        #expect(error?.lines.last == "error: \(folder.path)/kandidat.csv diubah setelah ditulis coaching; pulihkan berkas tersebut sebelum pengarsipan (register menyimpan SHA-256-nya)")
    }

    @Test func aBrokenTemplateStopsTheScheduleInIndonesian() throws {
        let fixture = try WorkflowFixture()
        let folder = fixture.root.appendingPathComponent("templat-rusak")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<p>{{#sesi}}{{nama}}</p>\n".utf8).write(to: folder.appendingPathComponent("jadwal-coaching.html"))
        let workflow = Self.indonesian(fixture, templates: try TemplateFolder.office(folder.path, language: .id))
        let error = #expect(throws: WorkflowError.self) {
            try workflow.schedule(ScheduleRequest(
                reports: WorkflowFixture.example("laporan-kinerja.csv"), recommendations: WorkflowFixture.example("rekomendasi-perbaikan.csv"),
                unavailable: nil, assignedOn: Self.day(11, 25), period: nil, allowPartial: false, settings: WorkflowFixture.settings))
        }
        #expect(error?.lines == [
            "\(folder.path)/jadwal-coaching.html:1:4: error: 'sesi' dibuka di sini tetapi tidak pernah ditutup",
            "Templat mengandung kesalahan; tidak ada yang dibaca atau ditulis.",
        ])
    }

    @Test func anApprovalWithOtherTemplatesIsRefusedInIndonesian() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let folder = fixture.root.appendingPathComponent("templat-kantor")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<p>kop lain</p>".utf8).write(to: folder.appendingPathComponent("kop.html"))
        let error = #expect(throws: WorkflowError.self) {
            try Self.indonesian(fixture, templates: try TemplateFolder.office(folder.path, language: .id))
                .approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26)))
        }
        let register = try Register(root: fixture.workflow.environment.outputRoot, create: false)
        let drawn = try #require(try register.read { try $0.auditLog(batch: BatchID(parsing: "2026-001")!, action: "templat") }.first)
        #expect(error?.lines.last == "error: JDW-1/KLIP/2026 disusun dengan templat bawaan sebagaimana adanya pada \(drawn.at.prefix(10)), dan templat di \(folder.path) sekarang tidak sama; persetujuan akan menyusun dokumen final dari templat yang berbeda dengan konsepnya. Setujui tanpa --templates, dengan templat itu dipulihkan")
    }

    /// A "browser" that exits at once, as a crashed Chromium would: its last words are kept as
    /// it wrote them, after the Indonesian sentence.
    @Test func aChromiumThatDiesIsSaidInIndonesian() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let fake = fixture.root.appendingPathComponent("chromium-mati")
        try Data("#!/bin/sh\necho 'no display' >&2\nexit 3\n".utf8).write(to: fake)
        chmod(fake.path, 0o755)
        let error = #expect(throws: WorkflowError.self) {
            try Self.indonesian(fixture).printDocuments(PrintRequest(batch: "2026-001", chromium: fake.path))
        }
        let said = "(status keluar 3); pesan terakhirnya:\n  no display"
        #expect(error?.lines == ["error: Chromium berhenti saat mencetak: Chromium menutup pipe-nya \(said)",
                                 "Tidak ada yang dicatat; folder batch tetap seperti semula."]
            || error?.lines == ["error: Chromium berhenti saat mencetak: Chromium berhenti membaca perintahnya \(said)",
                                "Tidak ada yang dicatat; folder batch tetap seperti semula."], "\(String(describing: error?.lines))")
    }

    @Test func aTemplateFolderThatIsNotOneIsSaidInIndonesian() throws {
        let fixture = try WorkflowFixture()
        let file = fixture.root.appendingPathComponent("kop.html")
        try Data("<p>kop</p>".utf8).write(to: file)
        let error = #expect(throws: WorkflowError.self) { try TemplateFolder.office(file.path, language: .id) }
        #expect(error == .error(.usage, "\(file.path) bukan folder"))
    }

    @Test func aFileThatIsNoRootCertificateIsNamedInIndonesian() throws {
        let fixture = try WorkflowFixture()
        let roots = fixture.root.appendingPathComponent("akar")
        try FileManager.default.createDirectory(at: roots, withIntermediateDirectories: true)
        try Data("-----BEGIN CERTIFICATE-----\nbukan\n-----END CERTIFICATE-----\n".utf8).write(to: roots.appendingPathComponent("rusak.pem"))
        let file = fixture.root.appendingPathComponent("coaching.toml")
        let text = try String(contentsOfFile: WorkflowFixture.example("coaching.toml"), encoding: .utf8)
        try Data((text + "\n[signatures]\ntrust_roots = \"akar\"\n").utf8).write(to: file)
        let settings = try Settings.load(file.path, language: .id)
        let error = #expect(throws: WorkflowError.self) { try OfficeTrustRoots(settings, language: .id) }
        #expect(error == .error(.invalidInput, "\(roots.path)/rusak.pem: berkas PEM yang sertifikatnya tidak dapat dibaca (di folder sertifikat akar, signatures.trust_roots di \(file.path)); simpan hanya sertifikat akar (PEM atau DER) di sana"))
    }

    @Test func aPackageThatIsNotThereOrHoldsNoManifestIsSaidInIndonesian() throws {
        let fixture = try WorkflowFixture()
        let workflow = Self.indonesian(fixture)
        let missing = fixture.root.appendingPathComponent("arsip-tidak-ada.zip")
        let none = #expect(throws: WorkflowError.self) { try workflow.verify(VerifyRequest(package: missing)) }
        #expect(none == .error(.invalidInput, "\(missing.path) tidak ditemukan; periksa nama dan folder berkas itu"))
        let empty = fixture.root.appendingPathComponent("kosong")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let folder = #expect(throws: WorkflowError.self) { try workflow.verify(VerifyRequest(package: empty)) }
        #expect(folder == .error(.invalidInput, "\(empty.path) tidak memuat manifest.xml; berikan folder batch hasil ekstraksi atau paket ZIP-nya"))
        let broken = fixture.root.appendingPathComponent("rusak.zip")
        try Data("PK bukan zip".utf8).write(to: broken)
        let zip = #expect(throws: WorkflowError.self) { try workflow.verify(VerifyRequest(package: broken)) }
        #expect(zip == .error(.invalidInput, "\(broken.path) bukan paket ZIP yang utuh: this is not a ZIP package (no end of central directory)"))
    }
}
