/// What `coaching efektivitas` found: one measured unit per coached person and aspect, the
/// roll-ups, and every commitment followed up. Numbers are plain `Double`s here; the report,
/// CSV and JSON writers format them.
public struct EffectivenessResult: Sendable, Codable, Equatable {
    /// The periods analysed (inclusive) and the day the commitments were judged on.
    public var from: Periode
    public var to: Periode
    public var judgedOn: CivilDate
    public var options: Settings
    public var units: [CoachedUnit]
    public var rollups: [Rollup]
    public var commitments: [CommitmentFollowUp]
    /// The report files, as named, so the `file:line` of every figure can be opened.
    public var files: [String]

    /// The settings the figures depend on, repeated in every output.
    public struct Settings: Sendable, Codable, Equatable {
        public var baselineCaliper: Double
        public var minimumEvaluations: Int
        public var minimumComparisons: Int
        public var maximumComparisons: Int
    }
}

/// Whether a unit has a figure, and if not why.
public enum MeasureStatus: String, Sendable, Codable, Equatable {
    /// Baseline, periods after, and enough comparable people.
    case terukur = "terukur"
    /// Too few scored contacts or comparable people: "data belum cukup".
    case dataBelumCukup = "data belum cukup"
    /// The reports do not yet reach the period after the coaching period.
    case menungguLaporan = "menunggu laporan"
}

/// One report row a figure rests on: the period, the value and the place.
public struct SourceRow: Sendable, Codable, Equatable {
    public var periode: Periode
    public var value: Double
    public var jumlahPenilaian: Int
    public var source: SourceLocation
}

/// One comparable, uncoached person matched to a coached unit.
public struct Comparison: Sendable, Codable, Equatable {
    public var nip: NIP
    public var baseline: Double
    /// The overall quality score's baseline, matched on too.
    public var qualityBaseline: Double
    public var change: Double
    /// The report rows of the baseline and the periods after. Left out of the JSON (pembanding.csv
    /// lists them): ten comparisons of five rows for each of 30,000 units would make it the
    /// bulk of the file and of the run.
    public var rows: [SourceRow] = []

    private enum CodingKeys: String, CodingKey { case nip, baseline, qualityBaseline, change }
}

/// One coached person × one coached aspect.
public struct CoachedUnit: Sendable, Codable, Equatable {
    public var beritaAcara: String
    public var batch: String
    public var coach: String
    public var nip: NIP
    public var nama: String
    public var jabatan: Jabatan?
    public var tim: String
    /// Aspect code without `aspek_`.
    public var aspect: String
    public var sessionDate: CivilDate
    /// The period the session was held in.
    public var coachingPeriod: Periode
    public var status: MeasureStatus
    /// Why there is no figure, in words (empty when ``status`` is ``MeasureStatus/terukur``).
    public var note: String
    /// Mean of the usable periods among the three before the coaching period.
    public var baseline: Double?
    /// The overall quality score's mean over the same periods (the comparisons are matched on it too).
    public var qualityBaseline: Double?
    public var baselineRows: [SourceRow] = []
    /// The first and second period after the coaching period, where usable.
    public var after: [SourceRow] = []
    /// Mean after minus baseline: the naive before/after change.
    public var change: Double?
    public var comparisons: [Comparison] = []
    /// Mean change of the comparisons.
    public var comparisonChange: Double?
    /// ``change`` minus ``comparisonChange``: the unit's difference in differences.
    public var effect: Double?

    /// The JSON carries the figures; the rows behind them are in efektivitas.csv and
    /// pembanding.csv (with them, encoding took four seconds for 35,000 units).
    private enum CodingKeys: String, CodingKey {
        case beritaAcara, batch, coach, nip, nama, jabatan, tim, aspect, sessionDate, coachingPeriod, status, note, baseline,
             qualityBaseline, change, comparisonChange, effect
    }
}

/// One group of units (all, per aspect, coach, team or batch) with its estimate.
public struct Rollup: Sendable, Codable, Equatable {
    public enum Dimension: String, Sendable, Codable, Equatable, CaseIterable {
        case semua, aspek, pelatih, tim, batch
    }
    public var dimension: Dimension
    public var key: String
    /// Units in the group, and how many of them have a figure.
    public var units: Int
    public var measured: Int
    /// Means over the measured units.
    public var baseline: Double?
    public var afterMean: Double?
    public var naiveChange: Double?
    /// Means over the measured units of their comparisons' mean baseline and mean change.
    public var comparisonBaseline: Double?
    public var comparisonChange: Double?
    public var effect: Double?
    /// The 95 % interval of ``effect``; nil with fewer than two measured units.
    public var low: Double?
    public var high: Double?
    public var status: MeasureStatus
}

/// What became of one commitment of a Berita Acara.
public struct CommitmentFollowUp: Sendable, Codable, Equatable {
    public enum Outcome: String, Sendable, Codable, Equatable {
        case tercapai = "tercapai"
        case membaik = "membaik"
        case belumMembaik = "belum membaik"
        /// Below the minimum, with no baseline to say whether the score rose (no usable period
        /// before the session): "membaik" and "belum membaik" would be guesses.
        case belumTercapai = "belum tercapai"
        /// Neither a minimum for the aspect nor a baseline: nothing to judge the value against.
        case tidakDapatDinilai = "tidak dapat dinilai"
        case belumJatuhTempo = "belum jatuh tempo"
        case menungguLaporan = "menunggu laporan"
    }
    public var beritaAcara: String
    public var batch: String
    public var coach: String
    public var nip: NIP
    public var nama: String
    public var text: String
    public var target: CivilDate
    /// The aspect the commitment concerns (named in its text, else the session's first).
    public var aspect: String
    public var threshold: Double?
    public var baseline: Double?
    /// The report row that judged it.
    public var judgedBy: SourceRow?
    public var outcome: Outcome
}
