import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// The steps after scheduling, in process: who may act, what each step records, in order.
@Suite("Approval, minutes, receipt and archive in process")
struct LifecycleTests {
    static let kepalaSeksi = "198012302010012005"
    static let kepalaKantor = "197205141998031002"

    static func date(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    @Test func theSOPFromDraftToArchive() throws {
        let fixture = try WorkflowFixture()
        let workflow = fixture.workflow
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.date(11, 25))))
        let id = batch.folder.lastPathComponent

        // Only the Kepala Seksi PKL approves; a NIP that is not one is a wrong command line.
        let wrong = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: Self.kepalaKantor, on: Self.date(11, 26)))
        }
        #expect(wrong == WorkflowError(.refused, "error: NIP \(Self.kepalaKantor) cannot approve: that is for the Kepala Seksi PKL, Ratna Kusumawardani (NIP \(Self.kepalaSeksi)), as the batch's coaching.toml names in people.kepala_seksi_pkl"))
        let malformed = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: "12345", on: Self.date(11, 26)))
        }
        #expect(malformed == WorkflowError(.usage, "error: --by 12345 is not a NIP (18 digits)"))

        // Nothing is recorded before it has happened: approvals dated 2031 used to be taken.
        let future = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: Self.kepalaSeksi, on: CivilDate(year: 2027, month: 1, day: 1)!))
        }
        #expect(future == WorkflowError(.refused, "error: 1 January 2027 is after today (31 December 2026, WIB); an approval cannot be recorded before it has happened"))
        let approved = try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: Self.kepalaSeksi, on: Self.date(11, 26)))
        #expect(approved.done == ["JDW-1/KLIP/2026"] && approved.actorName == "Ratna Kusumawardani")

        let minutes = try workflow.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        #expect(minutes.new.count == 20 && minutes.new.first == "BA-1/KLIP/2026" && minutes.pending.isEmpty)
        let again = try workflow.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        #expect(again.changedNothing && again.unchanged == 20)

        // The Berita Acara too: only the Kepala Seksi PKL approves them.
        let byKepalaKantor = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: Self.kepalaKantor, on: Self.date(12, 11)))
        }
        #expect(byKepalaKantor == WorkflowError(.refused, "error: NIP \(Self.kepalaKantor) cannot approve: that is for the Kepala Seksi PKL, Ratna Kusumawardani (NIP \(Self.kepalaSeksi)), as the batch's coaching.toml names in people.kepala_seksi_pkl"))
        let minutesApproved = try workflow.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: Self.kepalaSeksi, on: Self.date(12, 11)))
        #expect(minutesApproved.done.count == 20)
        // Only an approved Berita Acara is revised; a session that has none is not ignored silently.
        let revise99 = #expect(throws: WorkflowError.self) {
            try workflow.recordMinutes(MinutesRequest(batch: id, notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"), revise: [99], reason: "salah ketik"))
        }
        // The example's six commitments due on Christmas Day are warned of first.
        #expect(revise99?.kind == .refused && revise99?.lines.filter { $0.contains("warning: ") }.count == 6)
        #expect(revise99?.lines.last == "error: --revise 99: batch 2026-001 has no approved Berita Acara for session 99; only an approved one is revised (a draft is simply drawn again from its notes)")
        let early = #expect(throws: WorkflowError.self) {
            try workflow.receive(ReceiptRequest(batch: id, by: Self.kepalaKantor, on: Self.date(12, 10)))
        }
        #expect(early?.kind == .refused && early?.lines.last?.hasSuffix("dates cannot go backwards") == true)
        let receiptLater = #expect(throws: WorkflowError.self) {
            try workflow.receive(ReceiptRequest(batch: id, by: Self.kepalaKantor, on: CivilDate(year: 9999, month: 12, day: 31)!))
        }
        #expect(receiptLater?.lines.last == "error: 31 December 9999 is after today (31 December 2026, WIB); a receipt cannot be recorded before it has happened")
        let received = try workflow.receive(ReceiptRequest(batch: id, by: Self.kepalaKantor, on: Self.date(12, 14)))
        #expect(received.done.count == 20 && received.actorName == "Bambang Suryadi")

        let status = try #require(try workflow.status(StatusRequest(batch: id, today: Self.date(12, 14))).statuses.first)
        #expect(status.state == .selesai && status.steps.map(\.done) == [true, true, true, true, true, true, true, false])

        let noKeys = fixture.root.appendingPathComponent("tanpa-kunci")
        let archiving = Workflow(WorkflowEnvironment(outputRoot: workflow.environment.outputRoot, clock: .fixed(Self.date(12, 15)),
                                                     actor: "arsip", keyFolder: noKeys, language: .en))
        let archived = try archiving.archive(ArchiveRequest(batch: id))
        #expect(!archived.unchanged && !archived.includesDrafts && archived.signedWith == nil)
        #expect(archived.package.lastPathComponent == "arsip-coaching-2026-001.zip")
        // A package put into its own batch folder would hold the one before it at the next run.
        let nested = #expect(throws: WorkflowError.self) {
            try archiving.archive(ArchiveRequest(batch: id, destination: batch.folder.appendingPathComponent("arsip")))
        }
        #expect(nested?.kind == .usage && nested?.lines.last?.contains("is inside the batch folder") == true)
        let report = try archiving.verify(VerifyRequest(package: archived.package))
        #expect(report.holds && report.batch == "2026-001")
        let nothingOpen = try archiving.status(StatusRequest())
        // Issue #19, surprise 5: "no open batch" can say which are archived.
        #expect(nothingOpen.statuses.isEmpty && nothingOpen.archived == ["2026-001"])
        let found = try archiving.find(FindRequest(number: "BA-3/KLIP/2026"))
        #expect(found.count == 1 && found[0].isArchived && found[0].package == archived.package.path)
    }

    @Test func aBatchThatIsNotThereIsNamedWithTheOnesThatAre() throws {
        let fixture = try WorkflowFixture()
        _ = try fixture.schedule(assignedOn: Self.date(11, 25))
        let error = #expect(throws: WorkflowError.self) { try fixture.workflow.status(StatusRequest(batch: "2026-009")) }
        #expect(error == WorkflowError(.register, "error: there is no batch 2026-009 in the register under \(fixture.workflow.environment.outputRoot.relativePath); batches: 2026-001"))
    }
}
