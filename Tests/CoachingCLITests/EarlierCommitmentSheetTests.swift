import CoachingCore
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// The preparation sheet's verdict on an earlier commitment is the analysis' verdict: judged
/// on the commitment's aspect, not on the overall quality score.
@Suite("Preparation sheets: earlier commitments judged as the analysis judges them", .serialized)
struct EarlierCommitmentSheetTests {
    @Test("A commitment on Kepatuhan SOP is not 'tercapai' because the overall score is high")
    func judgedOnTheAspect() throws {
        let (folder, workflow) = try FollowUpLoopBackTests.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        // December: Gilang's overall score 95, Kepatuhan SOP 60 (the minimum is 80).
        let path = folder.appendingPathComponent("laporan-2026-12.csv")
        // (The example's lines end in "\r\n", one Character: made plain line feeds first.)
        let lines = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains(FollowUpLoopBackTests.gilang) else { return String(line) }
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[7] = "95"
            fields[12] = "60"
            return fields.joined(separator: ",")
        }
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        let settings = try Settings.load(repositoryRoot.appendingPathComponent("Examples/coaching.toml").path, language: .en)
        let outcome = try workflow.schedule(ScheduleRequest(reports: path.path, recommendations: nil, unavailable: nil,
                                                            assignedOn: CivilDate(year: 2027, month: 2, day: 1)!, period: nil, allowPartial: true,
                                                            settings: settings))
        guard case .scheduled(let batch) = outcome.result else { Issue.record("not scheduled: \(outcome.result)"); return }
        let sheets = batch.folder.appendingPathComponent("persiapan")
        let texts = try FileManager.default.contentsOfDirectory(atPath: sheets.path).filter { $0.hasSuffix(".html") }
            .map { try String(contentsOf: sheets.appendingPathComponent($0), encoding: .utf8) }
        let gilang = try #require(texts.first { $0.contains(FollowUpLoopBackTests.gilang) && $0.contains("target lewat") })
        #expect(!gilang.contains("nilai kualitas periode 2026-12 95"))
        #expect(gilang.contains("target lewat; Kepatuhan SOP periode 2026-12 60 (batas 80): belum tercapai"))
    }
}
