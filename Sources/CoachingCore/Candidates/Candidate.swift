/// Why someone is a coaching candidate: the rule, the value, the threshold and where the
/// value came from, so the Kepala Seksi can check it against the report.
public struct CandidateReason: Sendable, Codable, Equatable {
    public enum Rule: String, Sendable, Codable {
        case qualityBelowMinimum = "nilai-kualitas"
        case aspectBelowMinimum = "aspek"
        case kpiOutsideBand = "kpi"
        case highPriorityRecommendation = "rekomendasi-tinggi"
        case teamShareFlagged = "tim-bermasalah"
        case teamAverageBelowTarget = "rata-rata-tim"
        /// A commitment of an earlier Berita Acara whose target passed without the aspect reaching its minimum.
        case unmetCommitment = "komitmen-belum-tercapai"
        /// An aspect coached earlier that did not improve in the periods after.
        case notImprovedAfterCoaching = "belum-membaik"
    }

    public var rule: Rule
    /// The column or recommendation concerned (`aspek_efisiensi`, `R-…`).
    public var subject: String
    public var value: Double?
    /// The threshold as a condition, `< 80`, `> 480`.
    public var threshold: String
    public var source: SourceLocation
    /// In plain words.
    public var text: String
    /// How much the reason weighs in the ranking (`[effectiveness]` priorities); nil: one
    /// reason's worth, as every rule of the report has.
    public var priority: Prioritas?

    public init(rule: Rule, subject: String, value: Double?, threshold: String, source: SourceLocation, text: String, priority: Prioritas? = nil) {
        self.rule = rule
        self.subject = subject
        self.value = value
        self.threshold = threshold
        self.source = source
        self.text = text
        self.priority = priority
    }

    /// The reason's weight when candidates are ranked: tinggi 3, sedang 2, rendah 1; 1 without a priority.
    public var weight: Int {
        switch priority {
        case .tinggi: 3
        case .sedang: 2
        case .rendah, nil: 1
        }
    }
}

/// What a session should work on: a weak aspect and the recommendations behind it.
public struct FocusArea: Sendable, Codable, Equatable {
    public var aspect: String
    public var score: Double?
    public var minimum: Double?
    /// Recommendation ids, findings and recommended improvements, highest priority first.
    public var recommendations: [FocusRecommendation]
}

public struct FocusRecommendation: Sendable, Codable, Equatable {
    public var id: String
    public var prioritas: Prioritas
    public var temuan: String
    public var rekomendasi: String
}

/// One person to coach in the period, with every reason and the session's agenda.
public struct Candidate: Sendable, Codable, Equatable {
    public var rank: Int
    public var nip: NIP
    public var nama: String
    public var jabatan: Jabatan
    public var tim: String
    public var periode: Periode
    public var nilaiKualitas: Double
    public var reasons: [CandidateReason]
    public var focus: [FocusArea]
}

/// Someone not coached this time, and why (too few evaluations to judge, coached recently).
public struct SkippedPerson: Sendable, Codable, Equatable {
    public var nip: NIP
    public var nama: String
    public var reason: String
    public var source: SourceLocation
}

/// The candidates stage's result for one period.
public struct CandidateList: Sendable, Codable, Equatable {
    public var periode: Periode
    public var people: Int
    public var candidates: [Candidate]
    public var skipped: [SkippedPerson]
}
