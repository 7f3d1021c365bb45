/// Follows up the commitments of the Berita Acara: once a commitment's target date has
/// passed, the person's report row of the period containing the target, or of the first
/// period after the coaching month when the target falls inside it (or the first usable one
/// after that; ``CommitmentFollowUp/judgingPeriod(target:coachingPeriod:)``) says whether the
/// aspect it concerns reached the candidates' threshold (tercapai), improved on the baseline
/// without reaching it (membaik) or did not (belum membaik); without a baseline, only
/// tercapai or belum tercapai.
struct CommitmentJudge {
    let grid: PersonPeriodGrid
    let history: ReportHistory
    let rules: Configuration.Rules
    let options: EffectivenessOptions
    let today: CivilDate

    func followUps(_ sessions: [CoachedSession], units: [CoachedUnit]) -> [CommitmentFollowUp] {
        // Keyed by the three fields, not by a text made of them: formatting every unit's NIP
        // took longer than the rest of this loop.
        var known: [UnitKey: Double] = [:]
        known.reserveCapacity(units.count)
        for u in units { if let b = u.baseline { known[UnitKey(beritaAcara: u.beritaAcara, nip: u.nip, aspect: u.aspect)] = b } }
        let baselines = known
        // One table of names for every commitment: made per commitment, it was copied each time.
        let names = DisplayNames()
        // Sessions are independent: judged on every core, joined in session order.
        return sessions.parallelMap(minimumPerThread: 256) { session in
            session.commitments.map { commitment in
                let aspect = Self.aspect(of: commitment.text, session: session, names: names)
                let threshold = aspect == ReportHistory.qualityCode ? rules.qualityMinimum : rules.aspectMinimum[aspect]
                var followUp = CommitmentFollowUp(
                    beritaAcara: session.beritaAcara, batch: session.batch, coach: session.coach, nip: session.nip,
                    nama: history.names[session.nip] ?? "", text: commitment.text, target: commitment.target, aspect: aspect,
                    threshold: threshold, baseline: baselines[UnitKey(beritaAcara: session.beritaAcara, nip: session.nip, aspect: aspect)] ?? baseline(session, aspect),
                    judgedBy: nil, outcome: .belumJatuhTempo)
                if commitment.target < today {
                    judge(&followUp, session: session)
                }
                return followUp
            }
        }.flatMap { $0 }
    }

    private struct UnitKey: Hashable {
        var beritaAcara: String
        var nip: NIP
        var aspect: String
    }

    private func judge(_ f: inout CommitmentFollowUp, session: CoachedSession) {
        guard let person = grid.index[session.nip], let aspect = history.aspectCodes.firstIndex(of: f.aspect) else {
            f.outcome = .menungguLaporan
            return
        }
        var periode = CommitmentFollowUp.judgingPeriod(target: f.target, coachingPeriod: session.periode)
        while periode <= grid.last {
            if let row = grid.row(person, periode), Int(history.rows[row].jumlahPenilaian) >= options.minimumEvaluations,
               let value = history.score(row: row, aspect: aspect) {
                f.judgedBy = SourceRow(periode: periode, value: value, jumlahPenilaian: Int(history.rows[row].jumlahPenilaian),
                                       source: history.location(of: row))
                // Improvement is said only against a baseline: without one, only whether the
                // minimum was reached (a missing baseline is no evidence of "belum membaik").
                if let threshold = f.threshold, value >= threshold { f.outcome = .tercapai }
                else if let baseline = f.baseline { f.outcome = value > baseline ? .membaik : .belumMembaik }
                else { f.outcome = f.threshold == nil ? .tidakDapatDinilai : .belumTercapai }
                return
            }
            periode = periode.advanced(by: 1)
        }
        f.outcome = .menungguLaporan
    }

    /// The baseline of an aspect the session did not work on (a commitment about the overall
    /// score): the mean of the usable periods among the three before the session's.
    private func baseline(_ session: CoachedSession, _ code: String) -> Double? {
        guard let person = grid.index[session.nip], let aspect = history.aspectCodes.firstIndex(of: code) else { return nil }
        let values: [Double] = (1...3).compactMap { k in
            guard let row = grid.row(person, session.periode.advanced(by: -k)),
                  Int(history.rows[row].jumlahPenilaian) >= options.minimumEvaluations else { return nil }
            return history.score(row: row, aspect: aspect)
        }
        return values.isEmpty ? nil : mean(values)
    }

    /// The aspect a commitment concerns: one of the session's aspects its text names (by code
    /// or display name), else the session's first aspect, else the overall quality score.
    static func aspect(of text: String, session: CoachedSession, names: DisplayNames = DisplayNames()) -> String {
        let lower = text.lowercased()
        for code in session.aspects {
            if lower.contains(code.lowercased()) || lower.contains(code.split(separator: "_").joined(separator: " ").lowercased())
                || lower.contains(names.name(code).lowercased()) { return code }
        }
        return session.aspects.first ?? ReportHistory.qualityCode
    }
}

extension CommitmentFollowUp {
    /// The first report period that judges a commitment due on `target` (or the first usable
    /// one after it): the target's own period, but never the coaching period or before. The
    /// coaching month mixes the days before the session with those after, so a target inside
    /// it is judged on the first full period after the target date.
    public static func judgingPeriod(target: CivilDate, coachingPeriod: Periode) -> Periode {
        max(Periode(year: target.year, month: target.month)!, coachingPeriod.advanced(by: 1))
    }
}
