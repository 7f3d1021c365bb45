@testable import CoachingCore
import Testing
import TestSupport

/// What a commitment's outcome may say, and what it may not say without the figures for it.
@Suite("Effectiveness: commitment outcomes")
struct CommitmentOutcomeTests {
    typealias F = EffectivenessFixture

    func outcomes(_ result: EffectivenessResult, _ number: String) -> [String] {
        result.commitments.filter { $0.beritaAcara == number }.map { "\($0.target) \($0.outcome.rawValue) \($0.judgedBy.map { "\($0.periode)=\($0.value)" } ?? "-")" }
    }

    /// Without periods before the session (a single monthly report, or too few scored
    /// contacts) nothing says whether the score rose: only whether the minimum was reached.
    @Test("Without a baseline a commitment short of its minimum is 'belum tercapai', never 'belum membaik' or 'membaik'")
    func noBaselineIsNoImprovementVerdict() throws {
        let thin = F.report(evaluations: ["A": [1: 4, 2: 4, 3: 4]])
        #expect(outcomes(try F.result(report: thin), "BA-1/KLIP/2026") == ["2026-05-20 belum tercapai 2026-05=78.0", "2026-06-10 tercapai 2026-06=80.0"])
        // Still a reason to coach again: the minimum was not reached.
        let reasons = FollowUpReasons.reasons(try F.result(report: thin), history: try F.history(thin), periode: Periode(year: 2026, month: 5)!,
                                              options: EffectivenessOptions())
        #expect(reasons[F.nipOf("A")]?.map(\.rule) == [.unmetCommitment])
    }

    @Test("Without a baseline and without a minimum for the aspect, a commitment is 'tidak dapat dinilai'")
    func neitherBaselineNorMinimum() throws {
        let thin = F.report(evaluations: ["A": [1: 4, 2: 4, 3: 4]])
        var rules = Configuration().rules
        rules.aspectMinimum["kepatuhan_sop"] = nil
        let result = EffectivenessEstimator(options: EffectivenessOptions(), rules: rules)
            .estimate(history: try F.history(thin), sessions: F.sessions, today: F.today)
        #expect(outcomes(result, "BA-1/KLIP/2026") == ["2026-05-20 tidak dapat dinilai 2026-05=78.0", "2026-06-10 tidak dapat dinilai 2026-06=80.0"])
        // With a baseline and no minimum: judged on the improvement alone, as before.
        let withBaseline = EffectivenessEstimator(options: EffectivenessOptions(), rules: rules)
            .estimate(history: try F.history(), sessions: F.sessions, today: F.today)
        #expect(outcomes(withBaseline, "BA-1/KLIP/2026") == ["2026-05-20 membaik 2026-05=78.0", "2026-06-10 membaik 2026-06=80.0"])
    }
}
