/// A person's latest usable values of one aspect, read from the reports the candidates are
/// chosen with: the loop back (``FollowUpReasons``) speaks of where a person stands by the
/// candidates' period, not of where they stood when a commitment fell due.
struct LatestMeasures {
    let history: ReportHistory
    /// A period counts only with at least this many scored contacts, as in the analysis.
    let minimumEvaluations: Int

    /// The usable values of `aspect` (code without `aspek_`) in `from`…`through`, the latest
    /// last, at most `count` of them.
    func rows(_ nip: NIP, _ aspect: String, from: Periode, through: Periode, count: Int) -> [SourceRow] {
        guard count > 0, from <= through, let column = history.aspectCodes.firstIndex(of: aspect),
              let list = history.rowsByPerson[nip] else { return [] }
        var found: [SourceRow] = []
        // A person's rows are in period order: walk back from the end.
        for index in list.reversed() {
            let row = Int(index), r = history.rows[row]
            if r.periode > through { continue }
            if r.periode < from || found.count == count { break }
            guard Int(r.jumlahPenilaian) >= minimumEvaluations, let value = history.score(row: row, aspect: column) else { continue }
            found.append(SourceRow(periode: r.periode, value: value, jumlahPenilaian: Int(r.jumlahPenilaian), source: history.location(of: row)))
        }
        return found.reversed()
    }
}
