extension CoachedUnit {
    /// The unit with only what ``RollupBuilder/rollup(_:_:_:)`` reads (status, baselines, the
    /// periods after, change, comparisons, effect) and without its texts and baseline rows: the
    /// roll-ups copy every unit into each of its groups, and a copy then retains two arrays
    /// rather than ten references.
    var figures: CoachedUnit {
        CoachedUnit(beritaAcara: "", batch: "", coach: "", nip: nip, nama: "", jabatan: jabatan, tim: "", aspect: "",
                    sessionDate: sessionDate, coachingPeriod: coachingPeriod, status: status, note: "", baseline: baseline,
                    qualityBaseline: qualityBaseline, baselineRows: [], after: after, change: change, comparisons: comparisons,
                    comparisonChange: comparisonChange, effect: effect)
    }
}
