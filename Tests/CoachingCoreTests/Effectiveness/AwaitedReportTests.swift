@testable import CoachingCore
import Testing
import TestSupport

/// "menunggu laporan" when a period after the session is simply not in the reports yet (or
/// its month was not given); "data belum cukup" only when every period after is reported.
@Suite("Effectiveness: waiting for a report is not a lack of data")
struct AwaitedReportTests {
    typealias F = EffectivenessFixture

    func unitA(_ report: String) throws -> CoachedUnit {
        try F.result(report: report).units.first { $0.nip == F.nipOf("A") }!
    }

    func without(_ month: String, _ report: String) -> String {
        report.split(separator: "\n").filter { !$0.hasPrefix(month) }.joined(separator: "\n") + "\n"
    }

    @Test("The first period after is too thin and the second is not reported yet: menunggu laporan of the second")
    func secondNotYetReported() throws {
        let a = try unitA(without("2026-06", F.report(evaluations: ["A": [5: 4]])))
        #expect(a.status == .menungguLaporan)
        #expect(a.note == "menunggu laporan periode 2026-06")
    }

    @Test("A month not given between two that are: menunggu laporan of that month")
    func monthMissingInBetween() throws {
        let a = try unitA(without("2026-05", F.report(evaluations: ["A": [6: 4]])))
        #expect(a.status == .menungguLaporan)
        #expect(a.note == "menunggu laporan periode 2026-05")
    }

    @Test("Both periods after reported, neither usable: data belum cukup")
    func bothReportedNeitherUsable() throws {
        let a = try unitA(F.report(evaluations: ["A": [5: 4, 6: 4]]))
        #expect(a.status == .dataBelumCukup)
        #expect(a.note == "data belum cukup: tidak ada periode 2026-05–2026-06 dengan paling sedikit 5 penilaian")
    }
}
