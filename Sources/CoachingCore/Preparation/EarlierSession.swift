/// A coaching session the person had in an earlier batch, as its Berita Acara records it,
/// with what became of each commitment.
public struct EarlierSession: Sendable, Equatable {
    public struct Commitment: Sendable, Equatable {
        public var text: String
        public var target: CivilDate
        /// In words: `belum jatuh tempo`, or the target passed and the score now against the minimum.
        public var outcome: String

        public init(text: String, target: CivilDate, outcome: String) {
            self.text = text
            self.target = target
            self.outcome = outcome
        }
    }

    /// The Berita Acara's number.
    public var number: String
    public var date: CivilDate
    public var attended: Bool
    public var discussion: String
    public var commitments: [Commitment]

    public init(number: String, date: CivilDate, attended: Bool, discussion: String, commitments: [Commitment]) {
        self.number = number
        self.date = date
        self.attended = attended
        self.discussion = discussion
        self.commitments = commitments
    }

    /// A commitment's follow-up (``EffectivenessEstimator/commitments(history:sessions:today:)``,
    /// the analysis' own judgement on the commitment's aspect) in the sheet's words: `belum
    /// jatuh tempo`; the target passed and no report yet for the period that judges it; or the
    /// target passed, the aspect's value in the period that judged it against its minimum, and
    /// the verdict. `session`: the day the session was held (the judging period is after it).
    public static func outcome(_ followUp: CommitmentFollowUp, session: CivilDate, names: DisplayNames = DisplayNames()) -> String {
        if followUp.outcome == .belumJatuhTempo { return "belum jatuh tempo" }
        let aspect = followUp.aspect == ReportHistory.qualityCode ? "nilai kualitas" : names.name(followUp.aspect)
        guard let judged = followUp.judgedBy else {
            let coaching = Periode(year: session.year, month: session.month)!
            return "target lewat; belum ada data \(aspect) periode \(CommitmentFollowUp.judgingPeriod(target: followUp.target, coachingPeriod: coaching))"
        }
        let minimum = followUp.threshold.map { " (batas \(IndonesianNumber.format($0)))" } ?? ""
        return "target lewat; \(aspect) periode \(judged.periode) \(IndonesianNumber.format(judged.value))\(minimum): \(followUp.outcome.rawValue)"
    }
}
