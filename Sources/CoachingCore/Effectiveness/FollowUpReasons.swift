/// The loop back into the next round: what an effectiveness analysis says about people who
/// were coached, as candidate reasons for period `periode`. Only each person's latest session
/// held before the end of `periode` speaks (a later session supersedes an earlier one):
/// - "komitmen belum tercapai (BA-…)": a commitment judged by a report row of `periode` or
///   before, whose aspect did not reach its minimum (one per Berita Acara and aspect);
/// - "belum membaik setelah coaching (BA-…)": a coached aspect measured in periods up to
///   `periode` whose score did not rise from the baseline (the person's own change: whether
///   *this* person improved, which is what the next session has to take up).
public enum FollowUpReasons {
    public static func reasons(_ result: EffectivenessResult, periode: Periode, options: EffectivenessOptions,
                               names: DisplayNames = DisplayNames()) -> [NIP: [CandidateReason]] {
        let end = periode.advanced(by: 1)
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
        for c in result.commitments where c.outcome == .membaik || c.outcome == .belumMembaik {
            guard let judged = c.judgedBy, judged.periode <= periode, latest[c.nip].map({ $0.number == c.beritaAcara }) ?? true else { continue }
            let key = "\(c.beritaAcara)|\(c.aspect)"
            if let known = unmet[key], let seen = known.judgedBy, seen.periode >= judged.periode { continue }
            unmet[key] = c
        }
        for c in unmet.values.sorted(by: { ($0.nip.description, $0.beritaAcara, $0.aspect) < ($1.nip.description, $1.beritaAcara, $1.aspect) }) {
            guard let judged = c.judgedBy else { continue }
            let threshold = c.threshold.map { "≥ \(IndonesianNumber.format($0))" } ?? "batas aspek"
            reasons[c.nip, default: []].append(CandidateReason(
                rule: .unmetCommitment, subject: c.beritaAcara, value: judged.value, threshold: threshold, source: judged.source,
                text: "komitmen belum tercapai (\(c.beritaAcara)): \(names.name(c.aspect)) \(IndonesianNumber.format(judged.value)) pada \(judged.periode)"
                    + (c.threshold.map { ", batas \(IndonesianNumber.format($0))" } ?? "") + " (target \(c.target.indonesian))",
                priority: options.unmetCommitmentPriority))
        }
        for u in result.units {
            guard let change = u.change, change <= 0, let last = u.after.last, last.periode <= periode,
                  latest[u.nip]?.number == u.beritaAcara, unmet["\(u.beritaAcara)|\(u.aspect)"] == nil else { continue }
            reasons[u.nip, default: []].append(CandidateReason(
                rule: .notImprovedAfterCoaching, subject: u.beritaAcara, value: change, threshold: "> 0", source: last.source,
                text: "belum membaik setelah coaching (\(u.beritaAcara)): \(names.name(u.aspect)) dari \(IndonesianNumber.format(u.baseline ?? 0)) "
                    + "menjadi \(IndonesianNumber.format((u.baseline ?? 0) + change)) (\(u.after.map(\.periode.description).joined(separator: ", ")))",
                priority: options.notImprovedPriority))
        }
        return reasons
    }
}
