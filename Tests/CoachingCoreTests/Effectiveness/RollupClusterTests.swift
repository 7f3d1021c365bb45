@testable import CoachingCore
import Testing
import TestSupport

/// Several aspects of one person are not independent evidence: the interval of a group's
/// effect is clustered by person (``RollupBuilder``).
@Suite("Effectiveness: roll-up intervals clustered by person")
struct RollupClusterTests {
    typealias F = EffectivenessFixture

    /// A's and G's measured units, and the same two people each measured on a second aspect
    /// with exactly the same figures: perfectly correlated aspects, no new information.
    func units() throws -> (single: [CoachedUnit], twice: [CoachedUnit]) {
        let measured = try F.result().units.filter { $0.status == .terukur }
        #expect(measured.count == 2)
        let copies = measured.map { u -> CoachedUnit in var c = u; c.aspect = "efisiensi"; return c }
        return (measured, measured + copies)
    }

    @Test("A second, perfectly correlated aspect of the same people does not narrow the interval")
    func correlatedAspectsDoNotNarrow() throws {
        let (single, twice) = try units()
        let one = RollupBuilder.rollup(.semua, "semua", single), two = RollupBuilder.rollup(.semua, "semua", twice)
        #expect(one.status == .terukur && two.status == .terukur)
        #expect(abs(one.effect! - two.effect!) < 1e-9)
        let width = one.high! - one.low!, widthTwice = two.high! - two.low!
        #expect(widthTwice >= width - 1e-9, "\(widthTwice) < \(width)")
    }

    @Test("One person measured on two aspects is one cluster: no interval, data belum cukup")
    func onePersonIsNoEstimate() throws {
        let (_, twice) = try units()
        let a = twice.filter { $0.nip == F.nipOf("A") }
        #expect(a.count == 2)
        let r = RollupBuilder.rollup(.pelatih, "X", a)
        #expect(r.status == .dataBelumCukup && r.effect == nil && r.low == nil && r.measured == 2)
    }
}
