@testable import CoachingCore
import Testing
import TestSupport

/// A person coached twice on the same aspect: the periods of the two units must not overlap,
/// or the second session's baseline holds the first one's effect and the first one's periods
/// after hold the second one's (see ``ComparisonMatcher``).
@Suite("Effectiveness: a person coached twice on the same aspect")
struct RepeatedSessionTests {
    typealias F = EffectivenessFixture

    static func session(_ number: Int, _ name: String, _ month: Int) -> CoachedSession {
        var s = F.session(number, name)
        s.date = CivilDate(year: 2026, month: month, day: 14)!
        return s
    }

    func units(_ sessions: [CoachedSession]) throws -> [CoachedUnit] {
        EffectivenessEstimator(options: EffectivenessOptions(), rules: Configuration().rules)
            .estimate(history: try F.history(), sessions: sessions, today: F.today).units
    }

    @Test("The earlier unit's periods after stop before the later session's coaching period")
    func earlierStopsBeforeTheLater() throws {
        // A in 2026-04 and again in 2026-06: the first keeps 2026-05 (78) only; 2026-06 is the
        // second session's mixed month.
        let u = try units(F.sessions + [Self.session(8, "A", 6)])
        let first = try #require(u.first { $0.beritaAcara == "BA-1/KLIP/2026" })
        #expect(first.after.map(\.periode) == [Periode(year: 2026, month: 5)!])
        #expect(first.change == 8)
        #expect(first.status == .terukur)
        // Coached again the very next month: nothing after the first is its own.
        let next = try units(F.sessions + [Self.session(8, "A", 5)])
        let cut = try #require(next.first { $0.beritaAcara == "BA-1/KLIP/2026" })
        #expect(cut.after.isEmpty && cut.status == .dataBelumCukup && cut.effect == nil)
        #expect(cut.note == "data belum cukup: coaching berikutnya pada aspek ini di periode 2026-05")
    }

    @Test("The later unit is measured only when its baseline lies after the earlier unit's periods (six months apart exactly)")
    func laterNeedsAFreeBaseline() throws {
        // B in 2026-01 and 2026-06: 2026-03…2026-05 holds the first one's periods (2026-01…2026-03).
        let five = try units([Self.session(8, "B", 1), Self.session(9, "B", 6)])
        let later = try #require(five.first { $0.beritaAcara == "BA-9/KLIP/2026" })
        #expect(later.status == .dataBelumCukup && later.effect == nil)
        #expect(later.note == "data belum cukup: periode 2026-03–2026-05 memuat coaching sebelumnya pada aspek ini (periode 2026-01) dan periode sesudahnya")
        // Its baseline is still known (the loop back asks whether this person improved since).
        #expect(abs(later.baseline! - (71 + 71 + 73) / 3.0) < 1e-9)
        // 2026-01 and 2026-07: the baseline 2026-04…2026-06 is free; the reports stop there.
        let six = try units([Self.session(8, "B", 1), Self.session(9, "B", 7)])
        let free = try #require(six.first { $0.beritaAcara == "BA-9/KLIP/2026" })
        #expect(free.status == .menungguLaporan)
    }
}
