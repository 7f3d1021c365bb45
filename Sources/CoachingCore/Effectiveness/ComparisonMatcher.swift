/// Builds each coached unit: its baseline and periods after from the report, and its
/// comparison group (see ``EffectivenessEstimator`` for the rules). For each coaching period
/// and aspect, every uncoached person's baseline and change is computed once and sorted, so
/// a unit's nearest comparisons are a binary search away.
struct ComparisonMatcher {
    let grid: PersonPeriodGrid
    let history: ReportHistory
    let options: EffectivenessOptions
    /// Per person index, their sessions' (period, aspect code) pairs.
    private let coached: [[(Periode, String)]]
    /// Everyone's jabatan as of ``jabatanPeriod`` (the pools of one period share it).
    private var jabatans: [Jabatan?] = []
    private var jabatanPeriod: Periode?
    private var pools: [PoolKey: Pool] = [:]
    private var poolPeriod: Periode?
    /// Every usable value, aspect by aspect, person by person, period by period (NaN where
    /// not usable): the pools read about eight values of every person for every period and
    /// aspect, and a lookup through the grid and the rows was a fifth of the whole run.
    private let usableValues: UsableValues
    /// The periods the reports hold a row of: a month between the first and the last one is
    /// missing when the office has not given its report (yet).
    private let reported: Set<Periode>

    init(grid: PersonPeriodGrid, history: ReportHistory, sessions: [CoachedSession], options: EffectivenessOptions) {
        self.grid = grid
        self.history = history
        self.options = options
        var coached = [[(Periode, String)]](repeating: [], count: grid.people.count)
        for s in sessions {
            guard let p = grid.index[s.nip] else { continue }
            for a in s.aspects { coached[p].append((s.periode, a)) }
        }
        self.coached = coached
        usableValues = UsableValues(grid: grid, history: history, minimumEvaluations: options.minimumEvaluations)
        // Per period, the first person with a row answers (usually the first person checked).
        var reported = Set<Periode>()
        for k in 0..<grid.width {
            let periode = grid.first.advanced(by: k)
            if grid.people.indices.contains(where: { grid.row($0, periode) != nil }) { reported.insert(periode) }
        }
        self.reported = reported
    }

    // MARK: - Periods

    /// The person's usable value of `aspect` in `periode`: a row with enough scored contacts and a score.
    func usable(_ person: Int, _ periode: Periode, _ aspect: Int) -> SourceRow? {
        guard let row = grid.row(person, periode) else { return nil }
        let r = history.rows[row]
        guard Int(r.jumlahPenilaian) >= options.minimumEvaluations, let value = history.score(row: row, aspect: aspect) else { return nil }
        return SourceRow(periode: periode, value: value, jumlahPenilaian: Int(r.jumlahPenilaian), source: history.location(of: row))
    }

    /// Quick form of ``usable(_:_:_:)`` for the pools: the value, or NaN.
    private func value(_ person: Int, _ periode: Periode, _ aspect: Int) -> Double {
        guard let row = grid.row(person, periode), Int(history.rows[row].jumlahPenilaian) >= options.minimumEvaluations,
              let value = history.score(row: row, aspect: aspect) else { return .nan }
        return value
    }

    /// The mean overall quality score of the usable periods among *c*−3 … *c*−1 (0 without one:
    /// the aspect's periods are usable, so the quality score is there too).
    func qualityBaseline(_ person: Int, _ c: Periode) -> Double {
        var sum = 0.0, n = 0.0
        for k in 1...3 { let v = value(person, c.advanced(by: -k), 0); if !v.isNaN { sum += v; n += 1 } }
        return n > 0 ? sum / n : 0
    }

    /// The jabatan as of the person's last row before `c`, else their first row after.
    private func jabatan(_ person: Int, before c: Periode) -> Jabatan? {
        for k in 1...3 { if let row = grid.row(person, c.advanced(by: -k)) { return history.rows[row].jabatan } }
        for k in 0...2 { if let row = grid.row(person, c.advanced(by: k)) { return history.rows[row].jabatan } }
        return nil
    }

    // MARK: - Units

    mutating func unit(_ session: CoachedSession, aspect code: String) -> CoachedUnit {
        let c = session.periode
        let person = grid.index[session.nip]
        let grid = self.grid
        let firstRow = person.flatMap { p in (1...3).compactMap { grid.row(p, c.advanced(by: -$0)) }.first }
        var unit = CoachedUnit(
            beritaAcara: session.beritaAcara, batch: session.batch, coach: session.coach, nip: session.nip,
            nama: history.names[session.nip] ?? "", jabatan: person.flatMap { jabatan($0, before: c) },
            tim: firstRow.map { history.teams[Int(history.rows[$0].team)] } ?? "", aspect: code, sessionDate: session.date,
            coachingPeriod: c, status: .dataBelumCukup, note: "", baseline: nil, qualityBaseline: nil, baselineRows: [], after: [], change: nil,
            comparisons: [], comparisonChange: nil, effect: nil)
        guard let aspect = history.aspectCodes.firstIndex(of: code) else {
            unit.note = "aspek \(code) tidak ada dalam laporan"
            return unit
        }
        guard let p = person else {
            unit.note = "tidak ada baris laporan untuk NIP ini"
            return unit
        }
        // The person's other sessions on this aspect (see ``EffectivenessEstimator``): the periods
        // after stop before the next one's coaching period, and a baseline holding the previous
        // one's periods is no baseline for this one.
        let others = coached[p].filter { $0.1 == code }.map(\.0)
        let next = others.filter { $0 > c }.min(), previous = others.filter { $0 < c }.max()
        unit.baselineRows = (1...3).reversed().compactMap { usable(p, c.advanced(by: -$0), aspect) }
        unit.after = (1...2).filter { k in next.map { c.advanced(by: k) < $0 } ?? true }.compactMap { usable(p, c.advanced(by: $0), aspect) }
        guard !unit.baselineRows.isEmpty else {
            unit.note = "data belum cukup: tidak ada periode \(c.advanced(by: -3))–\(c.advanced(by: -1)) dengan paling sedikit \(options.minimumEvaluations) penilaian"
            return unit
        }
        let baseline = mean(unit.baselineRows.map(\.value))
        // Kept even when the unit is not measured: the loop back asks whether this person
        // improved since this session, whatever came before it.
        unit.baseline = baseline
        if let previous, c.advanced(by: -3) <= previous.advanced(by: 2) {
            unit.note = "data belum cukup: periode \(c.advanced(by: -3))–\(c.advanced(by: -1)) memuat coaching sebelumnya pada aspek ini (periode \(previous)) dan periode sesudahnya"
            return unit
        }
        if let next, next == c.advanced(by: 1) {
            unit.note = "data belum cukup: coaching berikutnya pada aspek ini di periode \(next)"
            return unit
        }
        guard !unit.after.isEmpty else {
            // A period after that is not in the reports may still come: waiting, not lacking.
            // (Only the periods this unit may use: not those of a next session on the aspect.)
            let own = (1...2).map { c.advanced(by: $0) }.filter { p in next.map { p < $0 } ?? true }
            if let awaited = own.first(where: { !reported.contains($0) }) {
                unit.status = .menungguLaporan
                unit.note = "menunggu laporan periode \(awaited)"
            } else {
                unit.note = "data belum cukup: tidak ada periode \(c.advanced(by: 1))–\(c.advanced(by: 2)) dengan paling sedikit \(options.minimumEvaluations) penilaian"
            }
            return unit
        }
        let change = mean(unit.after.map(\.value)) - baseline
        unit.change = change
        let mask = unit.after.reduce(0) { $0 | (1 << (c.distance(to: $1.periode) - 1)) }
        unit.qualityBaseline = qualityBaseline(p, c)
        let matched = comparisons(c: c, aspect: aspect, code: code, jabatan: unit.jabatan, mask: mask, baseline: baseline,
                                  quality: unit.qualityBaseline!)
        unit.comparisons = matched
        guard matched.count >= options.minimumComparisons else {
            unit.note = "data belum cukup: \(matched.count) pembanding (paling sedikit \(options.minimumComparisons))"
            return unit
        }
        let comparisonChange = mean(matched.map(\.change))
        unit.comparisonChange = comparisonChange
        unit.effect = change - comparisonChange
        unit.status = .terukur
        return unit
    }

    // MARK: - Comparisons

    private struct PoolKey: Hashable { var aspect: Int; var jabatan: Jabatan?; var mask: Int }

    /// Uncoached people of one jabatan for one period, aspect and set of after periods, by baseline.
    private struct Pool {
        var baseline: [Double] = []
        /// The overall quality score's baseline over the same periods.
        var quality: [Double] = []
        var change: [Double] = []
        var person: [Int] = []

        mutating func append(_ e: PoolEntry, change: Double) {
            baseline.append(e.baseline)
            quality.append(e.quality)
            self.change.append(change)
            person.append(e.person)
        }
    }

    /// The nearest people of the pool: within the caliper on the aspect's baseline, nearest by
    /// the distance over both baselines, the aspect's and the overall score's (ties: lower NIP).
    /// The overall score matters because people are picked for coaching on their weakest
    /// aspects: at the same aspect baseline, the coached tend to be the stronger overall, and
    /// stronger people regress upwards less; matching on the aspect alone leaves that bias in.
    private mutating func comparisons(c: Periode, aspect: Int, code: String, jabatan: Jabatan?, mask: Int, baseline: Double,
                                      quality: Double) -> [Comparison] {
        if poolPeriod != c { pools.removeAll(); poolPeriod = c }
        let key = PoolKey(aspect: aspect, jabatan: jabatan, mask: mask)
        if pools[key] == nil {
            if jabatanPeriod != c {
                jabatans = grid.people.indices.map { self.jabatan($0, before: c) }
                jabatanPeriod = c
            }
            for (k, pool) in buildPools(c: c, aspect: aspect, code: code) { pools[k] = pool }
        }
        let pool = pools[key] ?? Pool()
        // Walk out from the insertion point in order of the aspect's distance; stop once that
        // distance alone exceeds the worst of the best found (or the caliper).
        var hi = lowerBound(pool.baseline, baseline), lo = hi - 1
        var best: [(d: Double, i: Int)] = []
        let k = options.maximumComparisons
        let caliper = options.baselineCaliper + 1e-9
        // Distances in units of 10⁻⁹, rounded: scores have a decimal or two and baselines are
        // means of three, so two people at the same real distance are common, and the last bits
        // of a float sum must not decide between them (the lower NIP does, in every program
        // that repeats the analysis, the pandas peer included).
        func quantised(_ d: Double) -> Double { (d * 1e9).rounded() }
        func consider(_ i: Int) {
            let da = pool.baseline[i] - baseline, dq = pool.quality[i] - quality
            let d = quantised(da * da + dq * dq)
            if best.count == k, let worst = best.last, (d, pool.person[i]) >= (worst.d, pool.person[worst.i]) { return }
            let at = best.firstIndex { (d, pool.person[i]) < ($0.d, pool.person[$0.i]) } ?? best.count
            best.insert((d, i), at: at)
            if best.count > k { best.removeLast() }
        }
        while true {
            let up = hi < pool.baseline.count ? pool.baseline[hi] - baseline : .infinity
            let down = lo >= 0 ? baseline - pool.baseline[lo] : .infinity
            let next = min(up, down)
            if next > caliper { break }
            if best.count == k, quantised(next * next) > best.last!.d { break }
            if down <= up { consider(lo); lo -= 1 } else { consider(hi); hi += 1 }
        }
        return best.map { entry in
            let i = entry.i, p = pool.person[i]
            // One array per comparison (there are about 300,000), not four.
            var rows: [SourceRow] = []
            rows.reserveCapacity(5)
            for k in (1...3).reversed() { if let row = usable(p, c.advanced(by: -k), aspect) { rows.append(row) } }
            for k in 1...2 where mask & (1 << (k - 1)) != 0 { if let row = usable(p, c.advanced(by: k), aspect) { rows.append(row) } }
            return Comparison(nip: grid.people[p], baseline: pool.baseline[i], qualityBaseline: pool.quality[i], change: pool.change[i], rows: rows)
        }
    }

    /// Every pool of period `c` and one aspect, in one pass over the people: per jabatan and
    /// per set of after periods (only the first, only the second, both).
    private func buildPools(c: Periode, aspect: Int, code: String) -> [PoolKey: Pool] {
        // Three lists, one per jabatan (none, agent, team leader): an array, not a dictionary,
        // since every person of every period lands in one. The three sets of after periods of
        // a jabatan are subsets of its list, so the list is sorted once (by baseline, then
        // person, as before) and split in sorted order: a third of the sorting, and pairs of
        // (baseline, position) to sort rather than whole entries.
        var entries = [[PoolEntry]](repeating: [], count: 3)
        let window = c.advanced(by: -3)...c.advanced(by: 2)
        let values = usableValues, k0 = grid.first.distance(to: c)
        for p in grid.people.indices {
            if !coached[p].isEmpty, coached[p].contains(where: { window.contains($0.0) && $0.1 == code }) { continue }
            // The same sums in the same order as value(_:_:_:) and qualityBaseline(_:_:).
            var sum = 0.0, n = 0.0
            for k in 1...3 { let v = values[aspect, p, k0 - k]; if !v.isNaN { sum += v; n += 1 } }
            guard n > 0 else { continue }
            let first = values[aspect, p, k0 + 1], second = values[aspect, p, k0 + 2]
            guard !first.isNaN || !second.isNaN else { continue }
            var qsum = 0.0, qn = 0.0
            for k in 1...3 { let v = values[0, p, k0 - k]; if !v.isNaN { qsum += v; qn += 1 } }
            let b = sum / n, q = qn > 0 ? qsum / qn : 0
            entries[Self.slot(jabatans[p])].append(PoolEntry(baseline: b, quality: q, first: first, second: second, person: p))
        }
        var pools: [PoolKey: Pool] = [:]
        for jabatan in [Jabatan?.none] + Jabatan.allCases.map(Optional.some) {
            // People were added in order, so a stable sort by baseline breaks ties as the person
            // would (a radix sort: the entries move in passes, never looked up at random).
            let list = RadixSort.stable(entries[Self.slot(jabatan)]) { $0.baseline }
            var split = [Pool](repeating: Pool(), count: 3)
            for e in list {
                if !e.first.isNaN { split[0].append(e, change: e.first - e.baseline) }
                if !e.second.isNaN { split[1].append(e, change: e.second - e.baseline) }
                if !e.first.isNaN && !e.second.isNaN { split[2].append(e, change: (e.first + e.second) / 2 - e.baseline) }
            }
            for mask in 1...3 { pools[PoolKey(aspect: aspect, jabatan: jabatan, mask: mask)] = split[mask - 1] }
        }
        return pools
    }

    /// One uncoached person's figures for the pools of a period and aspect.
    private struct PoolEntry {
        var baseline: Double
        var quality: Double
        /// The first and second period after; NaN where not usable.
        var first: Double
        var second: Double
        var person: Int
    }

    private static func slot(_ jabatan: Jabatan?) -> Int {
        switch jabatan {
        case nil: 0
        case .agenInformasi: 1
        case .teamLeaderInformasi: 2
        }
    }

    private func lowerBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}

/// The arithmetic mean; callers never pass an empty list.
func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
