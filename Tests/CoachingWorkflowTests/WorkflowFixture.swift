import CoachingCore
@testable import CoachingWorkflow
import Foundation
import TestSupport

/// A fresh output root with the examples, and a workflow over it whose clock is fixed.
struct WorkflowFixture {
    let root: URL
    let workflow: Workflow

    /// `today`: late enough for the example's approvals and receipt in December 2026.
    init(today: CivilDate = CivilDate(year: 2026, month: 12, day: 31)!) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        workflow = Workflow(WorkflowEnvironment(outputRoot: root.appendingPathComponent("Output"), clock: .fixed(today), actor: "penyaji", language: .en))
    }

    static func example(_ name: String) -> String { repositoryRoot.appendingPathComponent("Examples/\(name)").path }

    static let settings: Settings = try! Settings.load(example("coaching.toml"), language: .en)

    /// `schedule` on the example report and recommendations.
    func schedule(assignedOn: CivilDate? = nil, period: Periode? = nil) throws(WorkflowError) -> ScheduleOutcome {
        try workflow.schedule(ScheduleRequest(
            reports: Self.example("laporan-kinerja.csv"), recommendations: Self.example("rekomendasi-perbaikan.csv"), unavailable: nil,
            assignedOn: assignedOn, period: period, allowPartial: false, settings: Self.settings))
    }

    /// `candidates` on the same inputs.
    func candidates(assignedOn: CivilDate? = nil) throws(WorkflowError) -> CandidatesOutcome {
        try workflow.candidates(CandidatesRequest(
            reports: Self.example("laporan-kinerja.csv"), recommendations: Self.example("rekomendasi-perbaikan.csv"), period: nil,
            assignedOn: assignedOn, settings: Self.settings))
    }

    /// The batch a schedule made; fails the test otherwise.
    static func batch(_ outcome: ScheduleOutcome) -> ScheduleOutcome.NewBatch? {
        if case .scheduled(let batch) = outcome.result { return batch }
        return nil
    }

    /// The example batch taken through every step and archived on 15 December 2026, unsigned.
    func archivedBatch() throws -> ArchiveOutcome {
        let ratna = "198012302010012005", bambang = "197205141998031002"
        func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }
        guard let batch = Self.batch(try schedule(assignedOn: day(11, 25))) else { throw WorkflowError(.refused, "not scheduled") }
        let id = batch.folder.lastPathComponent
        _ = try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try workflow.recordMinutes(MinutesRequest(batch: id, notes: Self.example("catatan-coaching-lengkap.csv")))
        _ = try workflow.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: ratna, on: day(12, 11)))
        _ = try workflow.receive(ReceiptRequest(batch: id, by: bambang, on: day(12, 14)))
        let archiving = Workflow(WorkflowEnvironment(outputRoot: workflow.environment.outputRoot, clock: .fixed(day(12, 15)), actor: "arsip",
                                                     keyFolder: root.appendingPathComponent("tanpa-kunci"), language: .en))
        return try archiving.archive(ArchiveRequest(batch: id))
    }

    /// Every file under the output root (relative path → bytes), the register left out.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let output = root.appendingPathComponent("Output")
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walker where !url.hasDirectoryPath && !url.path.contains("register.sqlite") {
            files[String(url.path.dropFirst(output.path.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }
}
