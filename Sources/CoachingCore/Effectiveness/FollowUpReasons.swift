/// The loop back into the next round: what an effectiveness analysis says about people who
/// were coached, as candidate reasons for period `periode`. Only each person's latest session
/// held before the end of `periode` speaks (a later session supersedes an earlier one), and
/// it speaks of the person's *latest* usable periods up to `periode` (``LatestMeasures``): a
/// finding the reports have since overtaken is no reason to coach anyone again.
/// - "komitmen belum tercapai (BA-…)": a commitment that fell due and was judged short of its
///   aspect's minimum by a report row of `periode` or before, and whose aspect is still short
///   of it in the latest usable period up to `periode` (one per Berita Acara and aspect); at
///   exactly the minimum it is reached;
/// - "belum membaik setelah coaching (BA-…)": a coached aspect whose mean over the latest two
///   usable periods after the coaching period (up to `periode`) is not above the baseline (the
///   person's own change: whether *this* person improved, which is what the next session has
///   to take up).
public enum FollowUpReasons {
    /// How many of the latest usable periods judge "belum membaik": two, as the analysis'
    /// periods after, so that one noisy month neither makes nor clears the reason.
    static let latestPeriods = 2

    /// The reasons per person; `history` holds the reports up to (at least) `periode`.
    public static func reasons(_ result: EffectivenessResult, history: ReportHistory, periode: Periode, options: EffectivenessOptions,
                               names: DisplayNames = DisplayNames()) -> [NIP: [CandidateReason]] {
        let end = periode.advanced(by: 1)
        let measures = LatestMeasures(history: history, minimumEvaluations: options.minimumEvaluations)
        var latest: [NIP: (date: CivilDate, number: String)] = [:]
        for u in result.units where u.coachingPeriod < end {
            if let known = latest[u.nip], (known.date, known.number) >= (u.sessionDate, u.beritaAcara) { continue }
            latest[u.nip] = (u.sessionDate, u.beritaAcara)
        }
        var reasons: [NIP: [CandidateReason]] = [:]
        // One reason per Berita Acara and aspect: several commitments judged on the same report
        // cell are one finding, not several (the latest judged speaks), and an aspect already
        // flagged for its commitment is not flagged again as "belum membaik".
        var unmet: [String: CommitmentFollowUp] = [:]
        for c in result.commitments where c.outcome.isShortOfTarget {
            guard let judged = c.judgedBy, judged.periode <= periode, latest[c.nip].map({ $0.number == c.beritaAcara }) ?? true else { continue }
            let key = "\(c.beritaAcara)|\(c.aspect)"
            if let known = unmet[key], let seen = known.judgedBy, seen.periode >= judged.periode { continue }
            unmet[key] = c
        }
        var flagged: Set<String> = []
        for c in unmet.values.sorted(by: { ($0.nip.description, $0.beritaAcara, $0.aspect) < ($1.nip.description, $1.beritaAcara, $1.aspect) }) {
            guard let judged = c.judgedBy else { continue }
            // The latest usable period from the one that judged it: reached since, no reason.
            let now = measures.rows(c.nip, c.aspect, from: judged.periode, through: periode, count: 1).last ?? judged
            if let threshold = c.threshold, now.value >= threshold { continue }
            flagged.insert("\(c.beritaAcara)|\(c.aspect)")
            let threshold = c.threshold.map { "≥ \(IndonesianNumber.format($0))" } ?? "batas aspek"
            reasons[c.nip, default: []].append(CandidateReason(
                rule: .unmetCommitment, subject: c.beritaAcara, value: now.value, threshold: threshold, source: now.source,
                text: "komitmen belum tercapai (\(c.beritaAcara)): \(names.name(c.aspect)) \(IndonesianNumber.format(now.value)) pada \(now.periode)"
                    + (c.threshold.map { ", batas \(IndonesianNumber.format($0))" } ?? "") + " (target \(c.target.indonesian))",
                priority: options.unmetCommitmentPriority))
        }
        for u in result.units {
            guard let baseline = u.baseline, latest[u.nip]?.number == u.beritaAcara, !flagged.contains("\(u.beritaAcara)|\(u.aspect)") else { continue }
            let rows = measures.rows(u.nip, u.aspect, from: u.coachingPeriod.advanced(by: 1), through: periode, count: latestPeriods)
            guard let last = rows.last else { continue }
            let now = mean(rows.map(\.value)), change = now - baseline
            guard change <= 0 else { continue }
            reasons[u.nip, default: []].append(CandidateReason(
                rule: .notImprovedAfterCoaching, subject: u.beritaAcara, value: change, threshold: "> 0", source: last.source,
                text: "belum membaik setelah coaching (\(u.beritaAcara)): \(names.name(u.aspect)) dari \(IndonesianNumber.format(baseline)) "
                    + "menjadi \(IndonesianNumber.format(now)) (\(rows.map(\.periode.description).joined(separator: ", ")))",
                priority: options.notImprovedPriority))
        }
        return reasons
    }
}

extension CommitmentFollowUp.Outcome {
    /// Judged, and short of the aspect's minimum.
    var isShortOfTarget: Bool { self == .membaik || self == .belumMembaik || self == .belumTercapai }
}
