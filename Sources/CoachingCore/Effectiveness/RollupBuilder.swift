/// Groups the units (all, per aspect, coach, team, batch) and estimates each group's effect:
/// the mean of its measured units' effects with a 95 % Student-t interval.
///
/// The variance allows for comparisons used by several units (a small pool is matched to
/// many coached people, and their noise is then shared), after Abadie and Imbens (2006):
/// the estimate is Σᵢ changeᵢ/N − Σⱼ wⱼ·changeⱼ with wⱼ = Σ over the units j is matched to of
/// 1/(N·|Mᵢ|), so Var = σₜ²/N + σ𝒸²·Σⱼ wⱼ², where σ𝒸² is the pooled variance of the
/// comparisons' changes within their matched sets and σₜ² = s²(effects) − σ𝒸²·mean(1/|Mᵢ|)
/// (at least 0). Without reuse this is the plain s²/N.
///
/// The units are clustered by person: the aspects of one session, and the sessions of one
/// person, share that person's noise (a good or bad month moves every aspect), so they are
/// not independent evidence. The s²/N part is the cluster-robust variance of a mean,
/// G/(G−1)·Σ_g(Σ_{i∈g}(effectᵢ − mean))²/N² over the G people, and the t quantile has G−1
/// degrees of freedom; with one unit per person both are what they were. A group needs two
/// people for an estimate.
enum RollupBuilder {
    static func rollups(_ units: [CoachedUnit]) -> [Rollup] {
        // Keys read in place (`units[i].aspect`): a closure taking a unit copied it, and every
        // copy retained its ten references.
        let keys: [(Rollup.Dimension, @Sendable ([CoachedUnit], Int) -> String)] = [
            (.aspek, { $0[$1].aspect }), (.pelatih, { $0[$1].coach }), (.tim, { $0[$1].tim }), (.batch, { $0[$1].batch }),
        ]
        // The dimensions are independent: built on every core, joined in the same order. The
        // groups hold the units' positions, and the roll-ups read the units through them: no
        // unit is copied.
        let dimensions = [nil] + keys.map(Optional.some)
        let parts: [[Rollup]] = dimensions.parallelMap(order: Array(dimensions.indices), state: {}) { _, dimension in
            guard let (dimension, key) = dimension else { return [rollup(.semua, "semua", units, Array(units.indices))] }
            let groups = Dictionary(grouping: units.indices, by: { key(units, $0) })
            return sortedNaturally(Array(groups.keys)).map { name in rollup(dimension, name, units, groups[name]!) }
        }
        return parts.flatMap { $0 }
    }

    static func rollup(_ dimension: Rollup.Dimension, _ key: String, _ units: [CoachedUnit]) -> Rollup {
        rollup(dimension, key, units, Array(units.indices))
    }

    /// The roll-up of the units at `members` (positions in `all`, in order).
    static func rollup(_ dimension: Rollup.Dimension, _ key: String, _ all: [CoachedUnit], _ members: [Int]) -> Rollup {
        let measured = members.filter { all[$0].status == .terukur }
        var r = Rollup(dimension: dimension, key: key, units: members.count, measured: measured.count, baseline: nil, afterMean: nil,
                       naiveChange: nil, comparisonBaseline: nil, comparisonChange: nil, effect: nil, low: nil, high: nil,
                       status: Set(measured.map { all[$0].nip }).count >= 2 ? .terukur
                           : members.allSatisfy { all[$0].status == .menungguLaporan } && !members.isEmpty ? .menungguLaporan : .dataBelumCukup)
        guard !measured.isEmpty else { return r }
        r.baseline = mean(measured.compactMap { all[$0].baseline })
        r.afterMean = mean(measured.map { mean(all[$0].after.map(\.value)) })
        r.naiveChange = mean(measured.compactMap { all[$0].change })
        r.comparisonChange = mean(measured.compactMap { all[$0].comparisonChange })
        r.comparisonBaseline = mean(measured.map { mean(all[$0].comparisons.map(\.baseline)) })
        let effects = measured.compactMap { all[$0].effect }
        // One measured person is no estimate: "data belum cukup" stands instead of a number.
        guard r.status == .terukur, effects.count >= 2 else { return r }
        let m = mean(effects)
        r.effect = m
        let (variance, people) = standardError(all, measured, mean: m)
        let half = StudentT.quantile975(degreesOfFreedom: people - 1) * variance.squareRoot()
        r.low = m - half
        r.high = m + half
        return r
    }
}

extension RollupBuilder {
    /// `Tim 2` before `Tim 10`: runs of digits compare as numbers, the rest as text.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        naturalOrder(a, naturalParts(a), b, naturalParts(b))
    }

    /// `names` in ``naturalOrder(_:_:)``, each name taken apart once rather than at every comparison.
    static func sortedNaturally(_ names: [String]) -> [String] {
        names.map { ($0, naturalParts($0)) }.sorted { naturalOrder($0.0, $0.1, $1.0, $1.1) }.map(\.0)
    }

    private static func naturalOrder(_ a: String, _ pa: [(String, Int)], _ b: String, _ pb: [(String, Int)]) -> Bool {
        for (x, y) in zip(pa, pb) where x != y { return x < y }
        return pa.count != pb.count ? pa.count < pb.count : a < b
    }

    /// Runs of text, each with the number that follows it (-1 for none).
    private static func naturalParts(_ s: String) -> [(String, Int)] {
        var out: [(String, Int)] = [], text = "", number: Int? = nil
        for ch in s {
            if let d = ch.wholeNumberValue, ch.isASCII {
                number = (number ?? 0) &* 10 &+ d
            } else {
                if let n = number { out.append((text, n)); text = ""; number = nil }
                text.append(ch)
            }
        }
        out.append((text, number ?? -1))
        return out
    }

    /// The variance of the mean effect of `units` and the number of people they are
    /// clustered in (see the type's comment).
    static func standardError(_ all: [CoachedUnit], _ members: [Int], mean m: Double) -> (variance: Double, clusters: Int) {
        let n = Double(members.count)
        var weights = NIPSums(capacity: members.count * 2)
        var clusters = NIPSums(capacity: members.count)
        var within = 0.0, dof = 0.0, inverseSizes = 0.0
        for i in members {
            let comparisons = all[i].comparisons
            let k = Double(comparisons.count)
            let centre = comparisons.reduce(0) { $0 + $1.change } / k
            for c in comparisons {
                weights.add(c.nip, 1 / (n * k))
                within += (c.change - centre) * (c.change - centre)
            }
            dof += k - 1
            inverseSizes += 1 / k
            clusters.add(all[i].nip, all[i].effect! - m)
        }
        let comparisonVariance = dof > 0 ? within / dof : 0
        // In NIP order: a dictionary's order differs between runs, and so would the last digits of a sum.
        let g = Double(clusters.count)
        let sumSquares = clusters.sumOfSquaresInNIPOrder()
        let meanVariance = g > 1 ? g / (g - 1) * sumSquares / (n * n) : 0
        // The comparisons' own noise is in the effects' spread too; it is counted once, below,
        // with its sharing between units.
        let coachedVariance = max(0, meanVariance - comparisonVariance * inverseSizes / (n * n))
        let shared = weights.sumOfSquaresInNIPOrder()
        return (coachedVariance + comparisonVariance * shared, clusters.count)
    }
}

/// Sums per NIP: the roll-ups add up a quarter of a million weights per group, and a
/// `Dictionary` hashed each with SipHash. The NIPs' positions come from ``NIPIndex`` (the
/// history's table); each NIP's sum is added in the order given, and the squares summed in
/// NIP order, as the dictionary's were.
struct NIPSums {
    private var index: NIPIndex
    private var nips: [NIP] = []
    private var sums: [Double] = []

    init(capacity: Int) {
        index = NIPIndex(capacity: capacity)
        nips.reserveCapacity(capacity)
        sums.reserveCapacity(capacity)
    }

    var count: Int { sums.count }

    mutating func add(_ nip: NIP, _ value: Double) {
        let i = Int(index.insertIfAbsent(nip, Int32(sums.count)))
        if i == sums.count {
            nips.append(nip)
            sums.append(value)
        } else {
            sums[i] += value
        }
    }

    /// Σ sum², the NIPs in ascending order.
    func sumOfSquaresInNIPOrder() -> Double {
        sums.indices.sorted { nips[$0] < nips[$1] }.reduce(0) { $0 + sums[$1] * sums[$1] }
    }
}

/// The Student-t distribution's 97.5 % quantile, for two-sided 95 % intervals.
public enum StudentT {
    /// Exact to three decimals for 1–30 degrees of freedom (table), then the Cornish–Fisher
    /// expansion around the normal quantile 1.959964, good to 10⁻⁴ beyond 30.
    public static func quantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1)
        if df <= table.count { return table[df - 1] }
        let z = 1.959964, n = Double(df)
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n)
    }

    private static let table: [Double] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ]
}
