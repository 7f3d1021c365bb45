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

    /// The coaching month is mixed (before and after the session): a commitment due inside it
    /// is judged on the first full period after it, never on that month.
    @Test("A target inside the coaching month is judged on the first full period after it")
    func targetInsideTheCoachingMonth() throws {
        // A, coached on 14 April 2026: 75 in April, 78 in May.
        let sessions = [F.session(1, "A", commitments: [("Kepatuhan SOP", "2026-04-30"), ("Kepatuhan SOP", "2026-05-01"), ("Kepatuhan SOP", "2026-04-01")])]
        let result = EffectivenessEstimator(options: EffectivenessOptions(), rules: Configuration().rules)
            .estimate(history: try F.history(), sessions: sessions, today: F.today)
        #expect(outcomes(result, "BA-1/KLIP/2026") == [
            "2026-04-30 membaik 2026-05=78.0", "2026-05-01 membaik 2026-05=78.0", "2026-04-01 membaik 2026-05=78.0",
        ])
        // The same on the preparation sheet, which words this verdict.
        let sheet = EarlierSession.outcome(result.commitments[0], session: sessions[0].date)
        #expect(sheet == "target lewat; Kepatuhan SOP periode 2026-05 78 (batas 80): membaik")
        // And while May is not yet reported, the sheet waits for May, not April.
        var waiting = result.commitments[0]
        waiting.judgedBy = nil
        waiting.outcome = .menungguLaporan
        #expect(EarlierSession.outcome(waiting, session: sessions[0].date) == "target lewat; belum ada data Kepatuhan SOP periode 2026-05")
    }
}
