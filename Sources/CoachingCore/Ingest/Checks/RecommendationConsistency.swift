/// Checks recommendations against the report(s) read in the same run: the person and period
/// must exist there, the aspect must be one the report scores (or the configuration knows),
/// and ids must be unique.
struct RecommendationConsistency {
    let report: ReportConsistency?
    let knownAspects: Set<String>
    private var ids = FirstLineTable()

    init(report: ReportConsistency?, configuredAspects: some Sequence<String>) {
        self.report = report
        var aspects = Set(configuredAspects)
        if let report { aspects.formUnion(report.aspectCodes) }
        knownAspects = aspects
    }

    mutating func add<Row: RowFieldSource>(_ r: Recommendation, row: Row, log: inout DiagnosticLog) {
        if let first = ids.insert(r.id, line: r.line) {
            let what = r.idIsDerived ? "has the same period, NIP, aspect and finding as line \(first); it is listed twice"
                                     : "id '\(r.id)' is already used on line \(first); each recommendation needs its own id"
            log.error(row.location(slot: (r.idIsDerived ? RecommendationColumn.temuan : .id).slot), what,
                      field: r.idIsDerived ? "temuan" : "id")
        }
        if let report, report.jabatan(of: PersonKey(r.periode, r.nip)) == nil {
            log.error(row.location(slot: RecommendationColumn.nip.slot),
                      "there is no row for NIP \(r.nip) in \(r.periode) in the Laporan Kinerja Agen, so this recommendation belongs to nobody",
                      field: "nip")
        }
        if !knownAspects.isEmpty, !knownAspects.contains(r.aspek) {
            log.error(row.location(slot: RecommendationColumn.aspek.slot),
                      "'\(r.aspek)' is not an aspect of the report; known aspects: \(knownAspects.sorted().joined(separator: ", "))",
                      field: "aspek")
        }
    }
}
