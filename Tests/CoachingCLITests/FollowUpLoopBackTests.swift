import CoachingCore
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// The loop back with the office's usual monthly report: `candidates` reads the earlier
/// reports `effectiveness.earlier_reports` names, so that a coached aspect has a baseline and
/// "belum membaik" can be said, and says so when something cannot be read.
@Suite("Loop back: earlier reports named in the settings", .serialized)
struct FollowUpLoopBackTests {
    static let gilang = "198607282015091716"

    /// A batch whose Berita Acara are approved (sessions of 27 November 2026), and a December
    /// report that repeats October's figures: nothing improved.
    static func office() throws -> (URL, Workflow) {
        let (folder, workflow) = try PdfCommandTests.batchWithMinutes()
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: PdfCommandTests.ratna, on: PdfCommandTests.day(12, 11)))
        let october = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/laporan-kinerja.csv"), encoding: .utf8)
        try october.replacingOccurrences(of: "\n2026-10,", with: "\n2026-12,")
            .write(to: folder.appendingPathComponent("laporan-2026-12.csv"), atomically: true, encoding: .utf8)
        let earlier = folder.appendingPathComponent("Laporan")
        try FileManager.default.createDirectory(at: earlier, withIntermediateDirectories: true)
        try october.write(to: earlier.appendingPathComponent("laporan-2026-10.csv"), atomically: true, encoding: .utf8)
        return (folder, workflow)
    }

    static func candidates(_ folder: URL, _ workflow: Workflow, earlier: String?) throws -> CandidatesOutcome {
        var text = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/coaching.toml"), encoding: .utf8)
        if let earlier { text += "\n[effectiveness]\nearlier_reports = [\(earlier)]\n" }
        let path = folder.appendingPathComponent("coaching.toml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let settings = try Settings.load(path.path, language: .en)
        // Assigned in February: the November sessions are past the cool-down.
        return try workflow.candidates(CandidatesRequest(reports: folder.appendingPathComponent("laporan-2026-12.csv").path, recommendations: nil,
                                                         period: nil, assignedOn: CivilDate(year: 2027, month: 2, day: 1)!, settings: settings))
    }

    static func reasons(_ outcome: CandidatesOutcome) -> [CandidateReason] {
        outcome.list.candidates.first { $0.nip.description == gilang }?.reasons ?? []
    }

    @Test("Without earlier reports nothing says belum membaik, and the run says why")
    func withoutEarlierReports() throws {
        let (folder, workflow) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.candidates(folder, workflow, earlier: nil)
        #expect(!Self.reasons(outcome).contains { $0.rule == .notImprovedAfterCoaching })
        #expect(outcome.notices.contains { $0.contains("warning:") && $0.contains("effectiveness.earlier_reports") && $0.contains("no period before their session") },
                "\(outcome.notices)")
    }

    @Test("A folder of earlier reports gives the baseline: belum membaik is said, traced to the report given")
    func earlierReportsGiveTheBaseline() throws {
        let (folder, workflow) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.candidates(folder, workflow, earlier: "\"Laporan\"")
        let notImproved = Self.reasons(outcome).filter { $0.rule == .notImprovedAfterCoaching }
        #expect(!notImproved.isEmpty, "\(Self.reasons(outcome).map(\.text))")
        #expect(notImproved.allSatisfy { $0.text.hasPrefix("belum membaik setelah coaching (BA-") && $0.source.file.hasSuffix("laporan-2026-12.csv") })
        #expect(!outcome.notices.contains { $0.contains("no period before their session") }, "\(outcome.notices)")
        // The same with a pattern, and with the report given named among them (it counts once).
        let pattern = try Self.candidates(folder, workflow, earlier: "\"Laporan/*.csv\", \"laporan-2026-12.csv\"")
        #expect(Self.reasons(pattern).map(\.text) == Self.reasons(outcome).map(\.text))
    }

    @Test("A damaged earlier report and a name that finds nothing are warnings; the rest still count")
    func damagedAndMissingAreWarnings() throws {
        let (folder, workflow) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "periode,nip\n2026-09,bukan-nip\n".write(to: folder.appendingPathComponent("Laporan/rusak.csv"), atomically: true, encoding: .utf8)
        let outcome = try Self.candidates(folder, workflow, earlier: "\"Laporan\", \"Arsip/*.csv\"")
        #expect(outcome.notices.contains { $0.contains("rusak.csv: warning:") && $0.contains("left out of the follow-up reasons") }, "\(outcome.notices)")
        #expect(outcome.notices.contains { $0.contains("warning:") && $0.contains("Arsip/*.csv") && $0.contains("no report file is there") }, "\(outcome.notices)")
        #expect(Self.reasons(outcome).contains { $0.rule == .notImprovedAfterCoaching })
    }

    /// The earlier reports change the candidates as the report does: a schedule run after one
    /// of them changed is not "already scheduled".
    @Test("A changed earlier report makes a schedule run a new one")
    func earlierReportsAreInTheFingerprint() throws {
        let (folder, workflow) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.candidates(folder, workflow, earlier: "\"Laporan\"")
        let settings = try Settings.load(folder.appendingPathComponent("coaching.toml").path, language: .en)
        let request = ScheduleRequest(reports: folder.appendingPathComponent("laporan-2026-12.csv").path, recommendations: nil, unavailable: nil,
                                      assignedOn: CivilDate(year: 2027, month: 2, day: 1)!, period: nil, allowPartial: true, settings: settings)
        let first = try workflow.schedule(request)
        if case .alreadyScheduled = first.result { Issue.record("the first run cannot be a repeat") }
        if case .alreadyScheduled = try workflow.schedule(request).result {} else { Issue.record("the same inputs again are the same batch") }
        let earlier = folder.appendingPathComponent("Laporan/laporan-2026-10.csv")
        try (try String(contentsOf: earlier, encoding: .utf8)).replacingOccurrences(of: "Gilang Lubis", with: "Gilang  Lubis")
            .write(to: earlier, atomically: true, encoding: .utf8)
        if case .alreadyScheduled = try workflow.schedule(request).result { Issue.record("an earlier report changed: not the same batch") }
    }
}
