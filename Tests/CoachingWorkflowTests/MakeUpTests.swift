import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// A no-show through the steps: its record proposes a make-up, the status waits for it, the
/// make-up held on its day is recorded (an approved record as a revision), a make-up missed
/// again is recorded as such, and the batch is done once nobody is left uncoached without a word.
@Suite("Make-up sessions in process")
struct MakeUpTests {
    static let kepalaSeksi = "198012302010012005"
    static let kepalaKantor = "197205141998031002"
    static func date(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// The same output root, with the clock at `today`.
    static func on(_ today: CivilDate, _ fixture: WorkflowFixture) -> Workflow {
        Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(today), actor: "qa", language: .en))
    }

    /// The example's complete worksheet with some rows' beginnings and ends replaced.
    static func notes(_ fixture: WorkflowFixture, _ name: String, _ replacements: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: WorkflowFixture.example("catatan-coaching-lengkap.csv"), encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.components(separatedBy: old).count == 2, "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = fixture.root.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let sick = ";tidak;;;;;Peserta sakit (surat keterangan dokter terlampir)."
    static let held = ";ya;Pembahasan ulang rekaman layanan.;Mengikuti pembaruan peraturan mingguan;18/12/2026;;"

    static func xml(_ fixture: WorkflowFixture, session: Int) throws -> String {
        let name = BatchLayout.minutesName(session: session, sessions: 20)
        return try String(contentsOf: fixture.root.appendingPathComponent("Output/2026/2026-001/berita-acara/\(name).xml"), encoding: .utf8)
    }

    @Test func aNoShowIsMadeUpOrCarriedToTheNextBatchBeforeTheBatchIsDone() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.date(11, 25))))
        let id = batch.folder.lastPathComponent
        _ = try fixture.workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: Self.kepalaSeksi, on: Self.date(11, 26)))

        // Recorded on Wednesday 2 December, after the last sessions: both no-shows get a make-up
        // on Thursday, the coach's second one after the first.
        let december2 = Self.on(Self.date(12, 2), fixture)
        let minutes = try december2.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        #expect(minutes.noShows.map { "\($0.session) \($0.makeUp.slot?.description ?? "-")" } == ["7 2026-12-03 07:30–08:15", "20 2026-12-03 08:15–09:15"])
        #expect(try Self.xml(fixture, session: 7).contains(#"<sesiPengganti tanggal="2026-12-03" mulai="07:30" selesai="08:15" batasWaktu="2026-12-15"/>"#))
        var status = try #require(try december2.status(StatusRequest(batch: id)).statuses.first)
        #expect(status.state == .berjalan && status.steps.first { $0.step == 7 }?.progress == "18 of 20")
        #expect(status.absent.map(\.makeUp) == ["2026-12-03 07:30–08:15", "2026-12-03 08:15–09:15"])
        #expect(status.next == "Quality Assessor: record the make-up session of session 7 (Hadi Wardani), proposed for 2026-12-03 07:30–08:15 (and 1 more): fill in its row again with the day it was held (or missed) and run: coaching minutes 2026-001 --notes FILE")

        // A proposal stands once written, even once its day has passed, in a draft as in an
        // approved record: the notes say what happened on it.
        let december4 = Self.on(Self.date(12, 4), fixture)
        #expect(try december4.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"))).changedNothing)
        _ = try december2.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: Self.kepalaSeksi, on: Self.date(12, 2)))
        let december3 = Self.on(Self.date(12, 3), fixture)
        #expect(try december3.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"))).changedNothing)

        // Session 7 held on its make-up day; session 20 missed again on its own.
        let madeUp = try Self.notes(fixture, "pengganti.csv", [("\r\n7;30/11/2026;", "\r\n7;03/12/2026;"), (Self.sick, Self.held), ("\r\n20;02/12/2026;", "\r\n20;03/12/2026;")])
        let approved = #expect(throws: WorkflowError.self) { try december3.recordMinutes(MinutesRequest(batch: id, notes: madeUp)) }
        #expect(approved?.lines.last == "error: BA-7/KLIP/2026 (session 7) is approved and cannot change; to correct it, run again with --revise 7 --reason \"…\"")
        let wrongDay = try Self.notes(fixture, "hari-lain.csv", [("\r\n7;30/11/2026;", "\r\n7;04/12/2026;"), (Self.sick, Self.held)])
        let refused = #expect(throws: WorkflowError.self) { try december3.recordMinutes(MinutesRequest(batch: id, notes: wrongDay, revise: [7], reason: "Coaching pengganti")) }
        #expect(refused?.lines.contains { $0.hasSuffix("error: session 7 was scheduled for 30 November 2026 and its make-up is proposed for 3 December 2026, not 4 December 2026 (tanggal)") } == true)
        let revised = try december3.recordMinutes(MinutesRequest(batch: id, notes: madeUp, revise: [7, 20], reason: "Coaching pengganti"))
        #expect(revised.revised == ["BA-7/KLIP/2026", "BA-20/KLIP/2026"] && revised.held == 19 && revised.absent == 1)
        let seven = try Self.xml(fixture, session: 7)
        #expect(seven.contains(#"kehadiran="hadir""#) && seven.contains(#"<pelaksanaan tanggal="2026-12-03" dijadwalkan="2026-11-30" mulai="07:30" selesai="08:15""#))
        // Missed again on Thursday, recorded Thursday: a new make-up from Friday.
        #expect(revised.noShows.map { "\($0.session) \($0.makeUp.slot?.description ?? "-")" } == ["20 2026-12-04 07:30–08:30"])
        status = try #require(try december3.status(StatusRequest(batch: id)).statuses.first)
        #expect(status.absent.map(\.session) == [20] && status.state == .berjalan)

        // Missed a third time, and recorded after the last session day: no room, the next batch.
        let december11 = Self.on(Self.date(12, 11), fixture)
        let again = try Self.notes(fixture, "lagi.csv", [("\r\n7;30/11/2026;", "\r\n7;03/12/2026;"), (Self.sick, Self.held), ("\r\n20;02/12/2026;", "\r\n20;04/12/2026;")])
        let last = try december11.recordMinutes(MinutesRequest(batch: id, notes: again))
        #expect(last.redrawn == ["BA-20/KLIP/2026"] && last.noShows.map { $0.makeUp.slot == nil } == [true])
        #expect(try Self.xml(fixture, session: 20).contains(#"<tanpaSesiPengganti batasWaktu="2026-12-15"/>"#))
        _ = try december11.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: Self.kepalaSeksi, on: Self.date(12, 11)))
        _ = try december11.receive(ReceiptRequest(batch: id, by: Self.kepalaKantor, on: Self.date(12, 11)))
        status = try #require(try december11.status(StatusRequest(batch: id)).statuses.first)
        #expect(status.state == .selesai && status.absent.map(\.nextBatch) == [true])
    }

    /// The archive waits for a make-up proposed, as the status does.
    @Test func theArchiveWaitsForAMakeUp() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.date(11, 25))))
        let id = batch.folder.lastPathComponent
        _ = try fixture.workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: Self.kepalaSeksi, on: Self.date(11, 26)))
        let december2 = Self.on(Self.date(12, 2), fixture)
        _ = try december2.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        _ = try december2.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: Self.kepalaSeksi, on: Self.date(12, 2)))
        _ = try december2.receive(ReceiptRequest(batch: id, by: Self.kepalaKantor, on: Self.date(12, 2)))
        let archiving = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(12, 2)),
                                                     actor: "arsip", keyFolder: fixture.root.appendingPathComponent("tanpa-kunci"), language: .en))
        let refused = #expect(throws: WorkflowError.self) { try archiving.archive(ArchiveRequest(batch: id)) }
        #expect(refused?.lines.last?.contains("  - BA-7/KLIP/2026 (session 7, Hadi Wardani) proposes a make-up session for 2026-12-03 07:30–08:15 not yet recorded\n") == true)
    }
}
