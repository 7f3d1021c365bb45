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

    /// What became of a commitment with `target`, judged on `day` from the person's quality
    /// score (`scores`, by period) in the period containing the target, or else the first
    /// period after it that the report has, against the office's `minimum`. Without such a
    /// period nothing is judged: the sheet says which period it waits for. A commitment has no
    /// measure of its own, so the overall score is the one the sheet can show.
    public static func outcome(target: CivilDate, on day: CivilDate, scores: [Periode: Double], minimum: Double) -> String {
        guard target < day else { return "belum jatuh tempo" }
        guard let due = Periode(year: target.year, month: target.month) else { return "target lewat" }
        guard let periode = scores.keys.filter({ !($0 < due) }).min(), let score = scores[periode] else {
            return "target lewat; belum ada data periode \(due)"
        }
        let verdict = score >= minimum ? "tercapai" : "belum tercapai"
        return "target lewat; nilai kualitas periode \(periode) \(IndonesianNumber.format(score)) (batas \(IndonesianNumber.format(minimum))): \(verdict)"
    }
}
