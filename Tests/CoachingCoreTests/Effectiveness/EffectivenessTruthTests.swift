import CoachingCore
import Testing
import TestSupport

/// The analysis against a known truth: `coaching sample` plants an effect (or none) on top of
/// its noise, coaching the people its report puts forward, as the candidate rules would.
@Suite("Effectiveness: recovering a planted truth")
struct EffectivenessTruthTests {
    /// A simulated office and its analysis, in memory.
    static func analyse(seed: UInt64, effects: [String: Double], agents: Int = 600) throws -> EffectivenessResult {
        var options = SampleGenerator.Options()
        options.agents = agents
        options.periods = 12
        options.seed = seed
        options.effects = effects
        let report = MemoryByteSink(), history = MemoryByteSink()
        _ = try SampleGenerator(options: options).generate(into: .init(
            reportCSV: report, reportXML: MemoryByteSink(), recommendationsCSV: MemoryByteSink(), recommendationsXML: MemoryByteSink(),
            history: history))
        let (loaded, checks) = try ReportHistoryLoader(configuration: Configuration(), today: testToday)
            .load([InputFile(name: "laporan-kinerja.csv", source: MemoryByteSource(report.bytes))])
        #expect(!checks.contains { $0.log.hasErrors })
        var log = DiagnosticLog()
        let sessions = SessionHistoryFile.read(InputFile(name: "riwayat-coaching.csv", source: MemoryByteSource(history.bytes)), log: &log)
        #expect(!log.hasErrors && !sessions.isEmpty)
        return EffectivenessEstimator(options: EffectivenessOptions(), rules: Configuration().rules)
            .estimate(history: loaded, sessions: sessions, today: testToday)
    }

    @Test("A planted effect lies within the estimate's 95 % interval", arguments: [1, 2, 3, 4] as [UInt64])
    func plantedEffect(seed: UInt64) throws {
        let result = try Self.analyse(seed: seed, effects: ["kepatuhan_sop": 6])
        let sop = result.rollups.first { $0.dimension == .aspek && $0.key == "kepatuhan_sop" }!
        #expect(sop.status == .terukur && sop.measured >= 50)
        #expect(sop.low! <= 6 && 6 <= sop.high!, "seed \(seed): \(sop.effect!) [\(sop.low!), \(sop.high!)]")
        // Containing the truth is not enough: an interval made ten times too wide would too. It
        // must also be narrow enough to tell the effect from none.
        #expect(sop.low! > 0 && sop.high! - sop.low! < 4, "seed \(seed): \(sop.effect!) [\(sop.low!), \(sop.high!)]")
        // The naive before/after change also carries regression to the mean: more than the effect.
        #expect(sop.naiveChange! > 6)
    }

    @Test("Without an effect, picking low scorers makes a naive rise that the interval does not call an effect", arguments: [1, 2, 3, 4] as [UInt64])
    func regressionToTheMean(seed: UInt64) throws {
        let result = try Self.analyse(seed: seed, effects: [:])
        let all = result.rollups.first { $0.dimension == .semua }!
        #expect(all.naiveChange! > 1, "seed \(seed): naive change \(all.naiveChange!)")
        #expect(all.low! <= 0 && 0 <= all.high!, "seed \(seed): \(all.effect!) [\(all.low!), \(all.high!)]")
        #expect(all.high! - all.low! < 2, "seed \(seed): an interval this wide says nothing: [\(all.low!), \(all.high!)]")
    }

    @Test("The same seed gives the same figures")
    func deterministic() throws {
        #expect(try Self.analyse(seed: 7, effects: ["efisiensi": 3], agents: 200) == (try Self.analyse(seed: 7, effects: ["efisiensi": 3], agents: 200)))
    }
}
