import CoachingCore
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
    @Test(arguments: ["kandidat.csv", "masukan/laporan-kinerja.csv", "rekap-coaching.html", "coaching.toml", "lembar-kerja.csv"])
    func anEditedFileOfTheBatchIsNamedBeforeItIsPackaged(file: String) throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let folder = archived.index.deletingLastPathComponent()
        let path = folder.appendingPathComponent(file)
        var bytes = Array(try Data(contentsOf: path))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: path)
        let again = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.day(12, 16)),
                                                 keyFolder: fixture.root.appendingPathComponent("tanpa-kunci")))
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
        let (configuration, diagnostics) = ConfigurationLoader().load(text: text, file: "coaching.toml")
        #expect(configuration == nil)
        #expect(diagnostics.map(\.formatted) == ["coaching.toml:7: error: 'people.kepala_kantor.nip' is \(Self.ratna), the NIP people.kepala_seksi_pkl.nip names too; one person cannot hold two roles of the same documents (drafting, approving, receiving) (people.kepala_kantor.nip)"])
    }
}
