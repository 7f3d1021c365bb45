/// Checks recommendations against the report(s) read in the same run: the person and period
/// must exist there, the aspect must be one the report scores (or the configuration knows),
/// and ids must be unique.
struct RecommendationConsistency {
    let report: ReportConsistency?
    let knownAspects: Set<String>
    private var ids: [String: Int] = [:]

    /// Rows whose checks need the report, when the report is still being read (see
    /// `init(waitingForReport:)`): the person, and an aspect the configuration does not know.
    private var waiting: [(person: PersonKey, nipAt: SourceLocation, aspek: String?, aspekAt: SourceLocation?)]?

    init(report: ReportConsistency?, configuredAspects: some Sequence<String>) {
        self.report = report
        var aspects = Set(configuredAspects)
        if let report { aspects.formUnion(report.aspectCodes) }
        knownAspects = aspects
    }

    /// For reading the recommendations while the report is read: the checks against the report
    /// wait for `finish(report:log:)`.
    init(waitingForReport configuredAspects: some Sequence<String>) {
        report = nil
        knownAspects = Set(configuredAspects)
        waiting = []
    }

    /// The checks that waited for the report, now that it is read.
    mutating func finish(report: ReportConsistency, log: inout DiagnosticLog) {
        guard let rows = waiting else { return }
        waiting = nil
        let aspects = knownAspects.union(report.aspectCodes)
        for row in rows {
            if report.jabatan(of: row.person) == nil {
                log.error(row.nipAt, "there is no row for NIP \(row.person.nip) in \(row.person.periode) in the Laporan Kinerja Agen, so this recommendation belongs to nobody",
                          field: "nip")
            }
            if let aspek = row.aspek, let at = row.aspekAt, !aspects.isEmpty, !aspects.contains(aspek) {
                log.error(at, "'\(aspek)' is not an aspect of the report; known aspects: \(aspects.sorted().joined(separator: ", "))", field: "aspek")
            }
        }
    }

    mutating func add<Row: RowFieldSource>(_ r: Recommendation, row: Row, log: inout DiagnosticLog) {
        if let first = ids[r.id] {
            let what = r.idIsDerived ? "has the same period, NIP, aspect and finding as line \(first); it is listed twice"
                                     : "id '\(r.id)' is already used on line \(first); each recommendation needs its own id"
            log.error(row.location(slot: (r.idIsDerived ? RecommendationColumn.temuan : .id).slot), what,
                      field: r.idIsDerived ? "temuan" : "id")
        } else {
            ids[r.id] = r.line
        }
        if waiting != nil {
            let unknown = !knownAspects.contains(r.aspek)
            waiting!.append((PersonKey(r.periode, r.nip), row.location(slot: RecommendationColumn.nip.slot),
                             unknown ? r.aspek : nil, unknown ? row.location(slot: RecommendationColumn.aspek.slot) : nil))
            return
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
