/// Measures whether coaching worked: per coached person and coached aspect, the change from
/// before to after the coaching period, against the change of comparable people who were not
/// coached on that aspect (difference in differences).
///
/// Method, per unit (one person × one aspect of one session held in period *c*):
/// - a period is *usable* when the person has a row there with at least
///   ``EffectivenessOptions/minimumEvaluations`` scored contacts and a score for the aspect;
/// - baseline: mean of the usable periods among *c*−3 … *c*−1; after: the usable periods among
///   *c*+1 and *c*+2 (the coaching period itself is mixed, so it is left out);
///   change = mean(after) − baseline;
/// - a person coached twice on the same aspect (periods *c*₁ < *c*₂) is two units whose periods
///   must not overlap: the earlier unit's periods after stop before *c*₂ (none when
///   *c*₂ = *c*₁+1), and the later unit is measured only when its baseline *c*₂−3 … *c*₂−1 lies
///   after the earlier unit's periods *c*₁ … *c*₁+2, that is *c*₂ ≥ *c*₁+6; otherwise it is
///   "data belum cukup" with its baseline kept (for the loop back). Overlapping, the second
///   baseline would hold the first session's effect and the first unit's periods after the
///   second session's;
/// - comparisons: people of the same jabatan (as of their last baseline row) with no session
///   on that aspect in *c*−3 … *c*+2, usable in the same after periods, whose baseline is within
///   ``EffectivenessOptions/baselineCaliper`` points; of those the nearest
///   ``EffectivenessOptions/maximumComparisons`` by the distance over the aspect's baseline and
///   the overall quality score's baseline (ties: lower NIP). Matching on the baseline is what
///   removes regression to the mean: people who started as low regress as much; matching on
///   the overall score too removes the bias of picking people's *weakest* aspects;
/// - the unit's effect = its change − the mean change of its comparisons. (A regression
///   correction of the remaining baseline differences, Abadie–Imbens style with one linear
///   slope per pool, was tried on simulated data and made the bias worse: the low tail
///   regresses more steeply than the bulk the slope is fitted to.)
///
/// A group's estimate (all units, per aspect, coach, team, batch) is the mean of its units'
/// effects with a 95 % Student-t interval, clustered by person (several aspects of one person
/// are not independent evidence) and allowing for comparisons shared between units
/// (``RollupBuilder``); the counts are printed beside it. No randomness: the same inputs give the same figures.
public struct EffectivenessEstimator: Sendable {
    public let options: EffectivenessOptions
    /// Aspect minimums (the candidate selector's), for the commitments.
    public let rules: Configuration.Rules

    public init(options: EffectivenessOptions, rules: Configuration.Rules) {
        self.options = options
        self.rules = rules
    }

    /// The analysis of the sessions held in `from`…`to` (default: every session), with the
    /// commitments judged on `today`.
    public func estimate(history: ReportHistory, sessions: [CoachedSession], from: Periode? = nil, to: Periode? = nil,
                         today: CivilDate) -> EffectivenessResult {
        var timer = StageTimer()
        let grid = PersonPeriodGrid(history)
        timer.mark("efektivitas:   grid")
        let first = from ?? sessions.map(\.periode).min() ?? grid.first
        let last = to ?? sessions.map(\.periode).max() ?? grid.last
        let chosen = sessions.filter { $0.periode >= first && $0.periode <= last }
            .sorted { ($0.date, $0.nip, $0.beritaAcara) < ($1.date, $1.nip, $1.beritaAcara) }
        // One matcher per coaching period, on every core: a period's pools serve only its own
        // sessions, and the periods are independent. Put back in session order afterwards.
        let byPeriod = Dictionary(grouping: chosen, by: \.periode).sorted { $0.key < $1.key }.map(\.value)
        let template = ComparisonMatcher(grid: grid, history: history, sessions: sessions, options: options)
        timer.mark("efektivitas:   usable values")
        // Handed out one at a time to whichever core is free: the periods differ in work (the
        // last has no period after, so no pools), and taken in turn they landed unevenly.
        let units = byPeriod.parallelMap(order: Array(byPeriod.indices), state: {}) { _, group in
            var matcher = template
            return group.flatMap { session in session.aspects.map { matcher.unit(session, aspect: $0) } }
        }.flatMap { $0 }
        timer.mark("efektivitas:   units matched")
        let rollups = RollupBuilder.rollups(units)
        timer.mark("efektivitas:   roll-ups")
        let commitments = CommitmentJudge(grid: grid, history: history, rules: rules, options: options, today: today)
            .followUps(chosen, units: units)
        timer.mark("efektivitas:   commitments")
        let settings = EffectivenessResult.Settings(baselineCaliper: options.baselineCaliper, minimumEvaluations: options.minimumEvaluations,
                                                    minimumComparisons: options.minimumComparisons, maximumComparisons: options.maximumComparisons)
        return EffectivenessResult(from: first, to: last, judgedOn: today, options: settings, units: units, rollups: rollups,
                                   commitments: commitments, files: history.files)
    }

    /// The commitments of `sessions` followed up on `today`, without measuring the sessions:
    /// the preparation sheets' verdict on earlier commitments is this one, so that a sheet and
    /// the effectiveness report never disagree about the same commitment. In session order.
    public func commitments(history: ReportHistory, sessions: [CoachedSession], today: CivilDate) -> [CommitmentFollowUp] {
        CommitmentJudge(grid: PersonPeriodGrid(history), history: history, rules: rules, options: options, today: today)
            .followUps(sessions, units: [])
    }
}
