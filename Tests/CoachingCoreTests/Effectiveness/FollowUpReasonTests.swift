@testable import CoachingCore
import Testing
import TestSupport

/// The loop back into the next round (``FollowUpReasons``) speaks of where a person stands by
/// the candidates' period, not of where they stood when a commitment fell due.
@Suite("Effectiveness: loop-back reasons judged on the latest report")
struct FollowUpReasonTests {
    typealias F = EffectivenessFixture

    func texts(_ reasons: [NIP: [CandidateReason]]) -> [String] {
        reasons.keys.sorted().flatMap { nip in reasons[nip]!.map { "\($0.source.line): \($0.text)" } }
    }

    func reasons(report: String = F.report(), periode: Int) throws -> [String] {
        let result = try F.result(report: report)
        return texts(FollowUpReasons.reasons(result, history: try F.history(report), periode: Periode(year: 2026, month: periode)!, options: EffectivenessOptions()))
    }

    @Test("A commitment missed when due but reached exactly at the threshold since gives no reason")
    func reachedSinceClearsTheCommitment() throws {
        // A: 78 in 2026-05 (due), exactly 80 = the minimum in 2026-06. G: 73, then 81.
        #expect(try reasons(periode: 6).filter { $0.contains("komitmen") }.isEmpty)
        // In 2026-05 both were still short.
        #expect(try reasons(periode: 5).filter { $0.contains("komitmen") } == [
            "38: komitmen belum tercapai (BA-1/KLIP/2026): Kepatuhan SOP 78 pada 2026-05, batas 80 (target 20 Mei 2026)",
            "44: komitmen belum tercapai (BA-2/KLIP/2026): Kepatuhan SOP 73 pada 2026-05, batas 80 (target 10 Mei 2026)",
        ])
    }

    @Test("Still short in the latest period: the reason cites the latest period, not the one it fell due in")
    func stillShortCitesTheLatest() throws {
        let report = F.report(scores: ["A": [6: 79], "G": [6: 79]])
        #expect(try reasons(report: report, periode: 6).filter { $0.contains("komitmen") } == [
            // A's second commitment fell due in 2026-06 (79): the latest judged speaks for the aspect.
            "47: komitmen belum tercapai (BA-1/KLIP/2026): Kepatuhan SOP 79 pada 2026-06, batas 80 (target 10 Juni 2026)",
            "53: komitmen belum tercapai (BA-2/KLIP/2026): Kepatuhan SOP 79 pada 2026-06, batas 80 (target 10 Mei 2026)",
        ])
        // A latest period too thin to count leaves the last usable one to speak.
        let thin = F.report(evaluations: ["A": [6: 4]])
        #expect(try reasons(report: thin, periode: 6).filter { $0.contains("BA-1") }
                == ["38: komitmen belum tercapai (BA-1/KLIP/2026): Kepatuhan SOP 78 pada 2026-05, batas 80 (target 20 Mei 2026)"])
    }

    @Test("Belum membaik is judged on the latest periods up to the candidates' period")
    func notImprovedOnTheLatestPeriods() throws {
        // I: baseline 60; 59 in 2026-05 (not improved), 61 in 2026-06: (59 + 61) / 2 = 60, still not above.
        #expect(try reasons(report: F.report(scores: ["I": [6: 61]]), periode: 6).filter { $0.contains("BA-3") }
                == ["55: belum membaik setelah coaching (BA-3/KLIP/2026): Kepatuhan SOP dari 60 menjadi 60 (2026-05, 2026-06)"])
        // 62 in 2026-06: (59 + 62) / 2 = 60,5 > 60: improved, no reason.
        #expect(try reasons(report: F.report(scores: ["I": [6: 62]]), periode: 6).filter { $0.contains("BA-3") }.isEmpty)
        // For 2026-05 only 2026-05 has been reported: 59, not improved.
        #expect(try reasons(report: F.report(scores: ["I": [6: 62]]), periode: 5).filter { $0.contains("BA-3") }
                == ["46: belum membaik setelah coaching (BA-3/KLIP/2026): Kepatuhan SOP dari 60 menjadi 59 (2026-05)"])
    }
}
