import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing

/// Attacks on a batch's record, each as it was reproduced on main, and what the tool now says.
@Suite("A batch's record cannot be changed quietly")
struct IntegrityTests {
    static let ratna = "198012302010012005", penyaji = "199103222014021003"
    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// Replacing the Kepala Seksi's NIP in the batch's own settings copy let the Penyaji approve.
    @Test func anEditedSettingsCopyGivesNobodyTheRightToApprove() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let settings = batch.folder.appendingPathComponent("coaching.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try Data(text.replacingOccurrences(of: Self.ratna, with: Self.penyaji).utf8).write(to: settings)
        for by in [Self.penyaji, Self.ratna] {
            let error = #expect(throws: WorkflowError.self) {
                try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: by, on: Self.day(11, 26)))
            }
            #expect(error == WorkflowError(.refused, "error: \(settings.path) is not the settings batch 2026-001 was made with (changed after it was written; the register keeps its SHA-256). They name who may approve and receive, so they cannot change: restore the file from a copy or an archive package"))
        }
        try Data(text.utf8).write(to: settings)
        #expect(try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26))).done == ["JDW-1/KLIP/2026"])
    }

    /// The input copies, the settings, the candidate list and the rekap had no registered hash:
    /// edited, they were packaged and the package verified.
    @Test(arguments: ["kandidat.csv", "kandidat.xlsx", "masukan/laporan-kinerja.csv", "rekap-coaching.html", "coaching.toml", "lembar-kerja.csv"])
    func anEditedFileOfTheBatchIsNamedBeforeItIsPackaged(file: String) throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let folder = archived.index.deletingLastPathComponent()
        let path = folder.appendingPathComponent(file)
        var bytes = Array(try Data(contentsOf: path))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: path)
        let again = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.day(12, 16)),
                                                 keyFolder: fixture.root.appendingPathComponent("tanpa-kunci"), language: .en))
        let error = #expect(throws: WorkflowError.self) { try again.archive(ArchiveRequest(batch: "2026-001")) }
        let expected = file == "coaching.toml"
            ? "error: \(path.path) is not the settings batch 2026-001 was made with (changed after it was written; the register keeps its SHA-256). They name who may approve and receive, so they cannot change: restore the file from a copy or an archive package"
            : "error: \(folder.path)/\(file) was changed after coaching wrote it; restore it before archiving (the register keeps its SHA-256)"
        #expect(error?.lines.last == expected)
    }

    @Test func oneNIPCannotHoldTwoRoles() {
        let text = """
            [people.kepala_seksi_pkl]
            name = "Ratna Kusumawardani"
            nip = "\(Self.ratna)"

            [people.kepala_kantor]
            name = "Ratna Kusumawardani"
            nip = "\(Self.ratna)"
            """
        let (configuration, diagnostics) = ConfigurationLoader(language: .en).load(text: text, file: "coaching.toml")
        #expect(configuration == nil)
        #expect(diagnostics.map(\.formatted) == ["coaching.toml:7: error: 'people.kepala_kantor.nip' is \(Self.ratna), the NIP people.kepala_seksi_pkl.nip names too; one person cannot hold two roles of the same documents (drafting, approving, receiving) (people.kepala_kantor.nip)"])
    }

    /// The register's rows edited with an SQLite tool: drafts marked approved passed receive,
    /// archive and verify; with the audit log's trigger dropped, approvals could be deleted.
    @Test func registerRowsEditedByHandAreFoundBeforeAnythingBuildsOnThem() throws {
        let fixture = try WorkflowFixture()
        let workflow = fixture.workflow
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26)))
        _ = try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        let register = try Register(root: workflow.environment.outputRoot, create: false)
        try register.transaction { try $0.execute("UPDATE document SET status = 'disetujui', approvedOn = '2026-12-11', approvedBy = '\(Self.ratna)' WHERE kind = 'berita-acara'") }
        let forged = #expect(throws: WorkflowError.self) {
            try workflow.receive(ReceiptRequest(batch: "2026-001", by: "197205141998031002", on: Self.day(12, 14)))
        }
        #expect(forged?.kind == .register)
        #expect(forged?.lines.first == "error: the register says BA-1/KLIP/2026 was approved by \(Self.ratna), but its audit log records no approval; the register was changed outside coaching")
        #expect(forged?.lines.last == "The record of batch 2026-001 does not hold; nothing was changed. Restore register.sqlite from a backup, or ask who changed it.")
        let listed = try workflow.status(StatusRequest())
        #expect(listed.statuses.isEmpty && listed.notices.first?.hasPrefix("warning: batch 2026-001 is left out: the register says BA-1/KLIP/2026 was approved") == true)
    }

    /// A newcomer wrote the Jadwal's approval into register.sqlite by hand: `status` refused the
    /// batch, yet `minutes` drew every Berita Acara on it.
    @Test func aJadwalApprovalWrittenByHandStopsTheMinutes() throws {
        let fixture = try WorkflowFixture()
        let workflow = fixture.workflow
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let register = try Register(root: workflow.environment.outputRoot, create: false)
        try register.transaction { try $0.execute("UPDATE document SET status = 'disetujui', approvedOn = '2026-11-26', approvedBy = '\(Self.ratna)' WHERE kind = 'jadwal'") }
        let forged = #expect(throws: WorkflowError.self) {
            try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        }
        #expect(forged?.kind == .register)
        #expect(forged?.lines.first == "error: the register says JDW-1/KLIP/2026 was approved by \(Self.ratna), but its audit log records no approval; the register was changed outside coaching")
        #expect(forged?.lines.last == "The record of batch 2026-001 does not hold; nothing was changed. Restore register.sqlite from a backup, or ask who changed it.")
        let drawn = try register.read { try $0.documents(batch: BatchID(parsing: "2026-001")!, kind: .beritaAcara) }
        #expect(drawn.isEmpty)
    }

    @Test func anAuditLineRemovedBreaksTheChainByName() throws {
        let fixture = try WorkflowFixture()
        let workflow = fixture.workflow
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.ratna, on: Self.day(11, 26)))
        let register = try Register(root: workflow.environment.outputRoot, create: false)
        try register.transaction { tx in
            // What it takes: the guards dropped, the line and its link both deleted.
            for sql in ["DROP TRIGGER audit_is_append_only_delete", "DROP TRIGGER audit_chain_is_append_only_delete",
                        "DELETE FROM audit_chain WHERE id = 1", "DELETE FROM audit WHERE id = 1"] {
                try tx.execute(sql)
            }
        }
        let error = #expect(throws: WorkflowError.self) { try workflow.status(StatusRequest(batch: "2026-001")) }
        #expect(error?.lines.first?.hasPrefix("error: audit line 2 (konsep JDW-1/KLIP/2026, ") == true)
        #expect(error?.lines.first?.hasSuffix("does not follow the line before it: it, or a line before it, was changed or removed") == true)
    }
}
