/// `[effectiveness]` in `coaching.toml`: the thresholds of `coaching efektivitas` and the
/// priority its findings get among the next round's candidate reasons.
public struct EffectivenessOptions: Sendable, Equatable {
    public init() {}
    /// A comparison person's baseline lies within this many points of the coached person's.
    public var baselineCaliper = 3.0
    /// A period counts only with at least this many scored contacts (`jumlah_penilaian`);
    /// the same default as the candidates' rule, so a period too thin to select on is too
    /// thin to measure on.
    public var minimumEvaluations = 5
    /// Fewer comparable people than this: "data belum cukup".
    public var minimumComparisons = 3
    /// The nearest comparable people by baseline, at most this many, are used: closer matches
    /// and a comparison list an analyst can read.
    public var maximumComparisons = 10
    /// The priority of "komitmen belum tercapai (BA-…)" among a candidate's reasons.
    public var unmetCommitmentPriority = Prioritas.tinggi
    /// The priority of "belum membaik setelah coaching (BA-…)".
    public var notImprovedPriority = Prioritas.sedang
    /// `earlier_reports`: the Laporan Kinerja of earlier periods that `candidates` and
    /// `schedule` read besides the report given, for the loop back: files, folders or
    /// patterns (`Laporan/*.csv`), relative to the settings file. The monthly report alone
    /// holds no period before a session, so without them nothing can say "belum membaik".
    public var earlierReports: [String] = []
}
