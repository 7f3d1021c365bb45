/// Turns one raw recommendation row into a ``Recommendation``, logging every problem of the row.
struct RecommendationRowDecoder {
    func decode<Row: RowFieldSource>(_ row: Row, line: Int, log: inout DiagnosticLog) -> Recommendation? {
        var ok = true
        func fail(_ column: RecommendationColumn, _ message: String) {
            log.error(row.location(slot: column.slot), message, field: column.rawValue)
            ok = false
        }
        func bytes(_ column: RecommendationColumn) -> UnsafeRawBufferPointer {
            row.bytes(slot: column.slot) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        }

        let periode = FieldParsing.periode(bytes(.periode))
        if periode == nil {
            fail(.periode, "'\(FieldParsing.shown(bytes(.periode)))' is not a period; write the month as YYYY-MM, e.g. 2026-10")
        }
        var nip: NIP?
        switch NIP.validate(FieldParsing.trimmed(bytes(.nip)), isPPPK: true) {
        case .valid(let value, _): nip = value
        case .invalid(let why): fail(.nip, why)
        }
        let aspek = HeaderName.normalize(FieldParsing.string(bytes(.aspek)))
        if aspek.isEmpty { fail(.aspek, "the aspect is empty; name the aspect the recommendation is about, e.g. etika_bertelepon") }
        let temuan = FieldParsing.string(bytes(.temuan))
        if temuan.isEmpty { fail(.temuan, "the finding (temuan) is empty") }
        let rekomendasi = FieldParsing.string(bytes(.rekomendasi))
        if rekomendasi.isEmpty { fail(.rekomendasi, "the recommendation text is empty") }
        let prioritas = Prioritas(parsing: FieldParsing.string(bytes(.prioritas)))
        if prioritas == nil {
            fail(.prioritas, "'\(FieldParsing.shown(bytes(.prioritas)))' is not a priority; use tinggi, sedang or rendah")
        }
        let givenID = FieldParsing.string(bytes(.id))

        guard ok, let periode, let nip, let prioritas else { return nil }
        let id = givenID.isEmpty ? Recommendation.stableID(periode: periode, nip: nip, aspek: aspek, temuan: temuan) : givenID
        return Recommendation(id: id, idIsDerived: givenID.isEmpty, periode: periode, nip: nip, aspek: aspek,
                              temuan: temuan, rekomendasi: rekomendasi, prioritas: prioritas, line: line)
    }
}
