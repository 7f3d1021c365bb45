/// Checks recommendations against the report(s) read in the same run: the person and period
/// must exist there, the aspect must be one the report scores (or the configuration knows),
/// and ids must be unique.
struct RecommendationConsistency {
    let report: ReportConsistency?
    let knownAspects: Set<String>
    private var ids = FirstLineTable()

    /// The language of the messages.
    let language: Language

    init(report: ReportConsistency?, configuredAspects: some Sequence<String>, language: Language) {
        self.report = report
        self.language = language
        var aspects = Set(configuredAspects)
        if let report { aspects.formUnion(report.aspectCodes) }
        knownAspects = aspects
    }

    mutating func add<Row: RowFieldSource>(_ r: Recommendation, row: Row, log: inout DiagnosticLog) {
        if let first = ids.insert(r.id, line: r.line) {
            let what = r.idIsDerived ? language.text(.recommendationDuplicate, ["line": "\(first)"])
                                     : language.text(.recommendationIDReused, ["id": r.id, "line": "\(first)"])
            log.error(row.location(slot: (r.idIsDerived ? RecommendationColumn.temuan : .id).slot), what,
                      field: r.idIsDerived ? "temuan" : "id")
        }
        if let report, report.jabatan(of: PersonKey(r.periode, r.nip)) == nil {
            log.error(row.location(slot: RecommendationColumn.nip.slot),
                      language.text(.recommendationNobody, ["nip": r.nip.description, "period": r.periode.description]),
                      field: "nip")
        }
        if !knownAspects.isEmpty, !knownAspects.contains(r.aspek) {
            log.error(row.location(slot: RecommendationColumn.aspek.slot),
                      language.text(.recommendationAspectUnknown, ["aspect": r.aspek, "known": knownAspects.sorted().joined(separator: ", ")]),
                      field: "aspek")
        }
    }
}
