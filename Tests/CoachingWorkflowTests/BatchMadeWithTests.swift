import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing

/// What a batch was made with is recorded: the office's settings (who holds each role) and the
/// templates its documents were drawn with; an approval uses the same templates or says why not.
@Suite("What a batch was made with")
struct BatchMadeWithTests {
    static let ratna = "198012302010012005", other = "198505052010012007"
    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    static func nip(_ text: String) -> NIP? {
        guard case .valid(let nip, _) = NIP.validate(Array(text.utf8), isPPPK: true) else { return nil }
        return nip
    }

    static func auditLines(_ fixture: WorkflowFixture, _ action: String) throws -> [AuditEntry] {
        try Register(root: fixture.workflow.environment.outputRoot, create: false).read { try $0.auditLog().filter { $0.action == action } }
    }

    @Test func theFirstBatchRecordsWhoHoldsEachRole() throws {
        let fixture = try WorkflowFixture()
        let outcome = try fixture.schedule(assignedOn: Self.day(11, 25))
        #expect(!outcome.notices.contains { $0.contains("settings differ") })
        let lines = try Self.auditLines(fixture, "pengaturan")
        #expect(lines.map(\.detail) == ["peran: kepala_kantor=197205141998031002; kepala_seksi_pkl=\(Self.ratna); penyaji=199103222014021003; quality_assessors=199001152015022001,198609262015051001"])
        #expect(lines.map(\.sha256) == [SHA256Digest.hex(Array(WorkflowFixture.settings.text.utf8))])
    }

    @Test func aChangedApproverIsNamedInTheNextBatchsLine() throws {
        var settings = WorkflowFixture.settings
        let previous = AuditEntry(id: 7, at: "2026-11-25T09:00:00+07:00", actor: "penyaji", action: "pengaturan", batch: "2026-001", number: "",
                                  detail: SettingsRecord(settings).line(after: nil, batch: BatchID(parsing: "2026-001")!, at: "", actor: "", language: .en)!.line.detail,
                                  sha256: SettingsRecord(settings).sha256)
        #expect(SettingsRecord(settings).line(after: previous, batch: BatchID(parsing: "2026-002")!, at: "", actor: "", language: .en) == nil)

        settings.text = settings.text.replacingOccurrences(of: Self.ratna, with: Self.other)
        settings.configuration.people.kepalaSeksiPKL.nip = Self.nip(Self.other)
        let changed = try #require(SettingsRecord(settings).line(after: previous, batch: BatchID(parsing: "2026-002")!, at: "", actor: "", language: .en))
        #expect(changed.line.detail.hasSuffix(" | berubah: kepala_seksi_pkl \(Self.ratna) → \(Self.other)"))
        #expect(changed.note == "note: the settings differ from those of batch 2026-001 (kepala_seksi_pkl \(Self.ratna) → \(Self.other)); the change is in the audit log.")
        let indonesian = SettingsRecord(settings).line(after: previous, batch: BatchID(parsing: "2026-002")!, at: "", actor: "", language: .id)
        #expect(indonesian?.note == "note: pengaturan berbeda dengan pengaturan batch 2026-001 (kepala_seksi_pkl \(Self.ratna) → \(Self.other)); perubahannya tercatat dalam log audit.")
        #expect(SettingsRecord.roles(in: changed.line.detail)["kepala_seksi_pkl"] == Self.other)

        settings.text += "\n# a comment\n"
        settings.configuration.people.kepalaSeksiPKL.nip = Self.nip(Self.ratna)
        let same = try #require(SettingsRecord(settings).line(after: previous, batch: BatchID(parsing: "2026-002")!, at: "", actor: "", language: .en))
        #expect(same.note == "note: the settings differ from those of batch 2026-001 (the roles are the same); the change is in the audit log.")
    }

    /// `approve --templates` could change the final HTML while the XML stayed.
    @Test func anApprovalWithOtherTemplatesIsRefusedByName() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let folder = fixture.root.appendingPathComponent("templat-kantor")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<p>kop lain</p>".utf8).write(to: folder.appendingPathComponent("kop.html"))
        let other = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.day(12, 31)),
                                                 templates: try TemplateFolder.office(folder.path, language: .en), language: .en))
        let error = #expect(throws: WorkflowError.self) {
            try other.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26)))
        }
        let recorded = try #require(try Self.auditLines(fixture, "templat").first)
        #expect(recorded.detail == "jadwal: bawaan")
        #expect(error?.lines.last == "error: JDW-1/KLIP/2026 was drawn with the built-in templates as they were on \(recorded.at.prefix(10)), and the templates in \(folder.path) are not the same now; approving would draw the final document from other templates than its draft. Approve without --templates, with those templates restored")
        #expect(try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26))).done == ["JDW-1/KLIP/2026"])

        // The Berita Acara drawn with the office's folder are approved with it, not without.
        _ = try other.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        #expect(try Self.auditLines(fixture, "templat").map(\.detail) == ["jadwal: bawaan", "berita acara: \(folder.path)"])
        let refused = #expect(throws: WorkflowError.self) {
            try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: Self.ratna, on: Self.day(12, 11)))
        }
        #expect(refused?.lines.last?.hasSuffix("Approve with --templates \(folder.path), with those templates restored") == true)
        #expect(try other.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: Self.ratna, on: Self.day(12, 11))).done.count == 20)
    }
}

/// Running `minutes` again with older notes left the rekap and the Berita Acara contradicting each other.
@Suite("Older notes")
struct OlderNotesTests {
    @Test func notesThatLeaveADrawnSessionEmptyAreRefused() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: BatchMadeWithTests.day(11, 25))))
        _ = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        let before = fixture.snapshot()
        let error = #expect(throws: WorkflowError.self) {
            try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching.csv")))
        }
        #expect(error?.kind == .refused)
        #expect(error?.lines.last == "error: these notes leave sessions 19, 20 empty, but BA-19/KLIP/2026, BA-20/KLIP/2026 were drawn from notes given before; these notes are older than those. Use the latest worksheet, with every session filled in so far; nothing was written.")
        #expect(fixture.snapshot() == before)
    }

    /// The same in Indonesian: the reasons a session is pending are said in the run's language,
    /// and the check that reads them must still find the sessions left empty.
    @Test func olderNotesAreRefusedInIndonesianToo() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: BatchMadeWithTests.day(11, 25))))
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(BatchMadeWithTests.day(12, 31)),
                                                    actor: "qa", language: .id))
        _ = try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        let before = fixture.snapshot()
        let error = #expect(throws: WorkflowError.self) {
            try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching.csv")))
        }
        #expect(error?.kind == .refused)
        #expect(error?.lines.last == "error: catatan ini mengosongkan sesi 19, 20, padahal BA-19/KLIP/2026, BA-20/KLIP/2026 telah disusun dari catatan sebelumnya; catatan ini lebih lama. Gunakan lembar kerja terbaru, dengan setiap sesi yang sudah berlangsung terisi; tidak ada yang ditulis.")
        #expect(fixture.snapshot() == before)
    }

    @Test func theOlderNotesFirstAndTheFullOnesAfterAreFine() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: BatchMadeWithTests.day(11, 25))))
        let first = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching.csv")))
        #expect(first.pending.map(\.session) == [19, 20])
        let second = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        #expect(second.pending.isEmpty)
        #expect(second.new == ["BA-19/KLIP/2026", "BA-20/KLIP/2026"])
    }
}

/// A receipt after the deadline showed "done" in the package's index without a word.
@Suite("Late steps in the index")
struct LateStepsInTheIndexTests {
    static func index(receivedOn: CivilDate) throws -> String {
        let fixture = try WorkflowFixture()
        let ratna = "198012302010012005", bambang = "197205141998031002"
        func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: day(11, 25))))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: ratna, on: day(12, 11)))
        _ = try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", by: bambang, on: receivedOn))
        let archiving = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(day(12, 31)),
                                                     keyFolder: fixture.root.appendingPathComponent("tanpa-kunci"), language: .en))
        let archived = try archiving.archive(ArchiveRequest(batch: "2026-001", on: day(12, 31)))
        return try String(contentsOf: archived.index, encoding: .utf8)
    }

    /// The deadline is 15 December 2026: a receipt on that day is on time, one a day later is late.
    @Test func aReceiptAfterTheDeadlineIsMarkedLate() throws {
        let late = #"<li>9. Berita Acara diterima: 16 Desember 2026 <strong class="terlambat">terlambat, setelah batas waktu Selasa, 15 Desember 2026</strong></li>"#
        #expect(try Self.index(receivedOn: CivilDate(year: 2026, month: 12, day: 16)!).contains(late))
        let onTime = try Self.index(receivedOn: CivilDate(year: 2026, month: 12, day: 15)!)
        #expect(!onTime.contains("terlambat, setelah"))
        #expect(onTime.contains("<li>9. Berita Acara diterima: 15 Desember 2026</li>"))
    }
}

/// The rekap was identical before and after approval: it now says where the batch stands.
@Suite("The rekap follows the batch")
struct RekapFollowsTheBatchTests {
    @Test func approvalAndReceiptDrawTheRekapAgainAndArchivingAcceptsIt() throws {
        let fixture = try WorkflowFixture()
        let ratna = "198012302010012005", bambang = "197205141998031002"
        func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: day(11, 25))))
        let rekap = batch.folder.appendingPathComponent("rekap-coaching.html")
        func text() throws -> String { try String(contentsOf: rekap, encoding: .utf8) }
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        #expect(try text().contains("<p>Keadaan per 31 Desember 2026: 20 Berita Acara, 0 disetujui, 0 diterima Kepala Kantor; 0 sesi belum dilaporkan.</p>"))
        #expect(try text().contains(#"<p class="konsep">KONSEP</p>"#))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, sessions: [1, 2], by: ratna, on: day(12, 10)))
        #expect(try text().contains("<p>Keadaan per 10 Desember 2026: 20 Berita Acara, 2 disetujui, 0 diterima Kepala Kantor; 0 sesi belum dilaporkan.</p>"))
        #expect(try text().contains(#"<p class="konsep">KONSEP</p>"#), "a rekap with drafts is a draft")
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: ratna, on: day(12, 11)))
        #expect(try !text().contains(#"<p class="konsep">KONSEP</p>"#))
        _ = try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", by: bambang, on: day(12, 14)))
        #expect(try text().contains("<p>Keadaan per 14 Desember 2026: 20 Berita Acara, 20 disetujui, 20 diterima Kepala Kantor; 0 sesi belum dilaporkan.</p>"))
        #expect(try text().contains("<p>Jakarta, 14 Desember 2026</p>\n  <p>Disusun oleh,</p>"))
        // Its new hash is registered with it: archiving accepts it.
        let archiving = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(day(12, 31)),
                                                     keyFolder: fixture.root.appendingPathComponent("tanpa-kunci"), language: .en))
        #expect(try archiving.archive(ArchiveRequest(batch: "2026-001", on: day(12, 15))).files > 0)
    }
}

/// Receipt left every Berita Acara with "Tanggal: ……" for ever; it is now a Tanda Terima of its own.
@Suite("Tanda Terima")
struct TandaTerimaTests {
    @Test func eachReceiptIsANumberedTandaTerimaListingWhatWasReceived() throws {
        let fixture = try WorkflowFixture()
        let ratna = "198012302010012005", bambang = "197205141998031002"
        func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: day(11, 25))))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: ratna, on: day(12, 11)))
        let before = try String(contentsOf: batch.folder.appendingPathComponent("berita-acara/sesi-001.html"), encoding: .utf8)

        let first = try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", sessions: [1, 7], by: bambang, on: day(12, 14)))
        #expect(first.notes == ["Tanda Terima TT-1/KLIP/2026 lists the 2 Berita Acara received: \(batch.folder.path)/tanda-terima/tanda-terima-1.html"])
        let second = try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", by: bambang, on: day(12, 15)))
        #expect(second.done.count == 18 && second.notes.last?.hasPrefix("Tanda Terima TT-2/KLIP/2026 lists the 18 Berita Acara received") == true)

        let xml = try String(contentsOf: batch.folder.appendingPathComponent("tanda-terima/tanda-terima-1.xml"), encoding: .utf8)
        #expect(xml.contains(#"diterima="2026-12-14" jumlah="2""#))
        #expect(xml.contains(#"<beritaAcara nomor="BA-7/KLIP/2026" sesi="7""#))
        #expect(XMLFileCheck.check(Array(xml.utf8), name: "tanda-terima-1.xml", language: .en).problems == [])
        let html = try String(contentsOf: batch.folder.appendingPathComponent("tanda-terima/tanda-terima-1.html"), encoding: .utf8)
        #expect(html.contains(#"BA-7/KLIP/2026<br><span class="hari-libur">ketidakhadiran</span>"#))
        #expect(!html.contains("KONSEP"))
        // The received Berita Acara are byte for byte what was approved.
        #expect(try String(contentsOf: batch.folder.appendingPathComponent("berita-acara/sesi-001.html"), encoding: .utf8) == before)
        // Registered like the others: found, and the record holds.
        let found = try fixture.workflow.find(FindRequest(number: "TT-2/KLIP/2026"))
        #expect(found.map(\.kind) == ["Tanda Terima Berita Acara Coaching"] && found.first?.session == 0 && found.first?.name == "")
        #expect(try fixture.workflow.status(StatusRequest(batch: "2026-001")).statuses.first?.state == .selesai)
    }
}
