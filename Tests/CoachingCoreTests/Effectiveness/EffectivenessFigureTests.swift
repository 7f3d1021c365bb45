@testable import CoachingCore
import Foundation
import Testing
import TestSupport

@Suite("Effectiveness: exact figures on a hand-made history")
struct EffectivenessFigureTests {
    typealias F = EffectivenessFixture

    func unit(_ result: EffectivenessResult, _ name: String) -> CoachedUnit {
        result.units.first { $0.nip == F.nipOf(name) }!
    }

    @Test("A coached agent's change is measured against its nearest comparable agents")
    func coachedAgainstComparisons() throws {
        let a = unit(try F.result(), "A")
        #expect(a.status == .terukur)
        #expect(a.baseline == 70)
        #expect(a.after.map(\.value) == [78, 80])
        #expect(a.change == 9)
        // B (71) and C (69) at 1 point, D (72) at 2; H (75) is 5 away, E (80) 10, F another jabatan, G coached.
        #expect(a.comparisons.map(\.nip) == ["B", "C", "D"].map(F.nipOf))
        #expect(abs(a.comparisonChange! - 7.0 / 3) < 1e-9)
        #expect(abs(a.effect! - (9 - 7.0 / 3)) < 1e-9)
        #expect(a.baselineRows.map(\.source.line) == [2, 11, 20])
        #expect(a.after.map(\.source.line) == [38, 47])
    }

    @Test("A comparison exactly at the caliper counts; just beyond it does not")
    func caliperBoundary() throws {
        // G's baseline is 74: H at 1, D at 2, B at exactly 3.
        let g = unit(try F.result(), "G")
        #expect(g.comparisons.map(\.nip) == ["H", "D", "B"].map(F.nipOf))
        #expect(g.status == .terukur)
        #expect(g.effect == 1)
        var narrower = EffectivenessOptions()
        narrower.baselineCaliper = 2.9
        let g2 = unit(try F.result(options: narrower), "G")
        #expect(g2.status == .dataBelumCukup)
        #expect(g2.note == "data belum cukup: 2 pembanding (paling sedikit 3)")
        #expect(g2.effect == nil)
    }

    @Test("Exactly the minimum of comparable people is enough; one fewer is 'data belum cukup'")
    func minimumComparisons() throws {
        var four = EffectivenessOptions()
        four.minimumComparisons = 4
        let a = unit(try F.result(options: four), "A")
        #expect(a.status == .dataBelumCukup)
        #expect(a.note == "data belum cukup: 3 pembanding (paling sedikit 4)")
        #expect(a.change == 9)
        #expect(unit(try F.result(), "A").status == .terukur)
    }

    @Test("A period counts with exactly the minimum of scored contacts, not with one fewer")
    func minimumEvaluations() throws {
        let atMinimum = F.report(evaluations: ["A": [1: 5, 2: 5, 3: 5]])
        #expect(unit(try F.result(report: atMinimum), "A").status == .terukur)
        let below = F.report(evaluations: ["A": [1: 4, 2: 4, 3: 4]])
        let a = unit(try F.result(report: below), "A")
        #expect(a.status == .dataBelumCukup)
        #expect(a.note == "data belum cukup: tidak ada periode 2026-01–2026-03 dengan paling sedikit 5 penilaian")
        // One thin period only drops that period from the baseline: (72 + 68) / 2.
        let one = F.report(evaluations: ["A": [1: 4]])
        #expect(unit(try F.result(report: one), "A").baseline == 70)
        let thinAfter = F.report(evaluations: ["A": [5: 4, 6: 4]])
        #expect(unit(try F.result(report: thinAfter), "A").note == "data belum cukup: tidak ada periode 2026-05–2026-06 dengan paling sedikit 5 penilaian")
    }

    @Test("Nobody within the caliper: the change is known, the effect is not")
    func noComparisons() throws {
        let i = unit(try F.result(), "I")
        #expect(i.change == -0.5)
        #expect(i.comparisons.isEmpty)
        #expect(i.status == .dataBelumCukup)
    }

    @Test("Commitments: tercapai, membaik, belum membaik, belum jatuh tempo")
    func commitments() throws {
        let outcomes = try F.result().commitments.map { "\($0.beritaAcara) \($0.target) \($0.outcome.rawValue) \($0.judgedBy.map { "\($0.periode)=\($0.value)" } ?? "-")" }
        #expect(outcomes == [
            "BA-1/KLIP/2026 2026-05-20 membaik 2026-05=78.0",
            "BA-1/KLIP/2026 2026-06-10 tercapai 2026-06=80.0",
            "BA-2/KLIP/2026 2026-05-10 belum membaik 2026-05=73.0",
            "BA-2/KLIP/2026 2026-08-01 belum jatuh tempo -",
        ])
    }

    @Test("Roll-ups: mean of the unit effects with a t interval that allows for shared comparisons, and their counts")
    func rollups() throws {
        let all = try F.result().rollups.first { $0.dimension == .semua }!
        #expect(all.units == 3 && all.measured == 2)
        let effects = [9 - 7.0 / 3, 1.0]
        let m = (effects[0] + effects[1]) / 2
        // By hand: within-set variance of the comparisons' changes (2/3 + 2) / (2 + 2) = 2/3;
        // s² of the effects (17/3)² / 2; σₜ² = s² − (2/3)·(1/3); weights B 1/3, C 1/6, D 1/3, H 1/6.
        let s2 = (17.0 / 3) * (17.0 / 3) / 2, sc2 = 2.0 / 3
        let variance = (s2 - sc2 / 3) / 2 + sc2 * (1.0 / 9 + 1.0 / 36 + 1.0 / 9 + 1.0 / 36)
        let half = 12.706 * variance.squareRoot()
        #expect(abs(all.effect! - m) < 1e-9)
        #expect(abs(all.low! - (m - half)) < 1e-9 && abs(all.high! - (m + half)) < 1e-9)
        let byCoach = try F.result().rollups.filter { $0.dimension == .pelatih }.map { "\($0.key) \($0.units) \($0.measured) \($0.status.rawValue)" }
        #expect(byCoach == ["Bambang Hartono 2 2 terukur", "Sri Wahyuni 1 0 data belum cukup"])
    }

    @Test("The CSV files, whole (golden)")
    func goldenCSV() throws {
        let tables = EffectivenessTables(try F.result())
        for (name, bytes) in tables.files {
            let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/efektivitas/\(name)")
            let text = String(decoding: bytes, as: UTF8.self)
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            #expect(text == (try String(contentsOf: url, encoding: .utf8)), "\(name) differs from its golden file")
        }
    }

    @Test("The loop back: an unmet commitment and no improvement become candidate reasons")
    func followUpReasons() throws {
        // For 2026-05: A (78) and G (73) are short of 80; I fell from 60 to 59. By 2026-06 A
        // and G reached the minimum (FollowUpReasonTests), and only I is left.
        let reasons = FollowUpReasons.reasons(try F.result(), history: try F.history(), periode: Periode(year: 2026, month: 5)!, options: EffectivenessOptions())
        let texts = reasons.keys.sorted().flatMap { nip in reasons[nip]!.map { "\($0.rule.rawValue) \($0.priority?.rawValue ?? "-") \($0.source.line): \($0.text)" } }
        #expect(texts == [
            "komitmen-belum-tercapai tinggi 38: komitmen belum tercapai (BA-1/KLIP/2026): Kepatuhan SOP 78 pada 2026-05, batas 80 (target 20 Mei 2026)",
            "komitmen-belum-tercapai tinggi 44: komitmen belum tercapai (BA-2/KLIP/2026): Kepatuhan SOP 73 pada 2026-05, batas 80 (target 10 Mei 2026)",
            "belum-membaik sedang 46: belum membaik setelah coaching (BA-3/KLIP/2026): Kepatuhan SOP dari 60 menjadi 59 (2026-05)",
        ])
        let june = FollowUpReasons.reasons(try F.result(), history: try F.history(), periode: Periode(year: 2026, month: 6)!, options: EffectivenessOptions())
        #expect(june.values.flatMap { $0 }.map(\.text) == ["belum membaik setelah coaching (BA-3/KLIP/2026): Kepatuhan SOP dari 60 menjadi 59,5 (2026-05, 2026-06)"])
        // Judged in a period after the one the candidates are for: not yet a reason.
        #expect(FollowUpReasons.reasons(try F.result(), history: try F.history(), periode: Periode(year: 2026, month: 4)!, options: EffectivenessOptions()).isEmpty)
    }

    /// A group with one measured unit has no estimate: no effect number, "data belum cukup";
    /// two make one.
    @Test("A roll-up of one measured unit says data belum cukup, without a number")
    func oneUnitIsNoEstimate() throws {
        let measured = try F.result().units.filter { $0.status == .terukur }
        #expect(measured.count >= 2)
        let one = RollupBuilder.rollup(.pelatih, "X", Array(measured.prefix(1)))
        #expect(one.status == .dataBelumCukup && one.effect == nil && one.low == nil && one.measured == 1)
        let two = RollupBuilder.rollup(.pelatih, "X", Array(measured.prefix(2)))
        #expect(two.status == .terukur && two.effect != nil && two.low != nil)
    }

    /// Two commitments of one Berita Acara judged on the same aspect, and the same aspect not
    /// improved, are one finding: one reason, the latest judgement's, and no second one.
    @Test("One reason per Berita Acara and aspect")
    func followUpReasonsAreNotCountedTwice() throws {
        // A falls to 69 in 2026-05, below the baseline 70: the commitment is missed and the aspect not improved.
        let report = F.report(scores: ["A": [5: 69]])
        var result = try F.result(report: report)
        let first = try #require(result.commitments.first { $0.beritaAcara == "BA-1/KLIP/2026" && $0.outcome == .belumMembaik })
        var earlier = first
        earlier.text = "Komitmen kedua pada aspek yang sama"
        earlier.judgedBy?.periode = Periode(year: 2026, month: 4)!
        earlier.judgedBy?.value = 70
        result.commitments.append(earlier)
        let reasons = FollowUpReasons.reasons(result, history: try F.history(report), periode: Periode(year: 2026, month: 5)!, options: EffectivenessOptions())
        let forBA1 = reasons.values.flatMap { $0 }.filter { $0.subject == "BA-1/KLIP/2026" }
        #expect(forBA1.map(\.text) == ["komitmen belum tercapai (BA-1/KLIP/2026): Kepatuhan SOP 69 pada 2026-05, batas 80 (target 20 Mei 2026)"])
    }

    @Test("The same person and period in two report files is an error naming both places")
    func duplicateAcrossFiles() throws {
        let lines = F.report().split(separator: "\n")
        let first = lines[0...10].joined(separator: "\n") + "\n", second = ([lines[0]] + lines[10...12]).joined(separator: "\n") + "\n"
        let (_, checks) = try ReportHistoryLoader(configuration: englishConfiguration, today: testToday)
            .load([InputFile(name: "a.csv", source: MemoryByteSource(first)), InputFile(name: "b.csv", source: MemoryByteSource(second))])
        let errors = messages(checks).filter { $0.contains("already at") }
        #expect(errors == ["b.csv:2: error: this person's period is already at a.csv:11; give each period of a person once (periode)"])
    }
}
