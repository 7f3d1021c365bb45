/// Groups the units (all, per aspect, coach, team, batch) and estimates each group's effect:
/// the mean of its measured units' effects with a 95 % Student-t interval.
enum RollupBuilder {
    static func rollups(_ units: [CoachedUnit]) -> [Rollup] {
        var result = [rollup(.semua, "semua", units)]
        let keys: [(Rollup.Dimension, (CoachedUnit) -> String)] = [
            (.aspek, \.aspect), (.pelatih, \.coach), (.tim, \.tim), (.batch, \.batch),
        ]
        for (dimension, key) in keys {
            let groups = Dictionary(grouping: units, by: key)
            for name in groups.keys.sorted() { result.append(rollup(dimension, name, groups[name]!)) }
        }
        return result
    }

    static func rollup(_ dimension: Rollup.Dimension, _ key: String, _ units: [CoachedUnit]) -> Rollup {
        let measured = units.filter { $0.status == .terukur }
        var r = Rollup(dimension: dimension, key: key, units: units.count, measured: measured.count, baseline: nil, afterMean: nil,
                       naiveChange: nil, comparisonBaseline: nil, comparisonChange: nil, effect: nil, low: nil, high: nil,
                       status: measured.count >= 2 ? .terukur : units.allSatisfy { $0.status == .menungguLaporan } && !units.isEmpty ? .menungguLaporan : .dataBelumCukup)
        guard !measured.isEmpty else { return r }
        r.baseline = mean(measured.compactMap(\.baseline))
        r.afterMean = mean(measured.map { mean($0.after.map(\.value)) })
        r.naiveChange = mean(measured.compactMap(\.change))
        r.comparisonChange = mean(measured.compactMap(\.comparisonChange))
        r.comparisonBaseline = mean(measured.map { mean($0.comparisons.map(\.baseline)) })
        let effects = measured.compactMap(\.effect)
        let m = mean(effects)
        r.effect = m
        if effects.count >= 2 {
            let variance = effects.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(effects.count - 1)
            let half = StudentT.quantile975(degreesOfFreedom: effects.count - 1) * (variance / Double(effects.count)).squareRoot()
            r.low = m - half
            r.high = m + half
        }
        return r
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
