/// Turns one raw recommendation row into a ``Recommendation``, logging every problem of the row.
struct RecommendationRowDecoder {
    /// The day of the run: a NIP born or hired after it is refused.
    let today: CivilDate

    /// With `makeRecord` false (checking only), the texts are checked but not copied.
    func decode<Row: RowFieldSource>(_ row: Row, line: Int, makeRecord wantsRecords: Bool = true,
                                     wants: (Periode) -> Bool = { _ in true }, log: inout DiagnosticLog) -> Recommendation? {
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
        switch NIP.validate(FieldParsing.trimmed(bytes(.nip)), isPPPK: true, today: today) {
        case .valid(let value, _): nip = value
        case .invalid(let why): fail(.nip, why)
        }
        // Codes as written by exports (`etika_bertelepon`) skip the normalising String work.
        let aspekBytes = FieldParsing.trimmed(bytes(.aspek))
        let isCode = aspekBytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        let aspek = isCode ? String(decoding: aspekBytes, as: UTF8.self) : HeaderName.normalize(String(decoding: aspekBytes, as: UTF8.self))
        if aspek.isEmpty { fail(.aspek, "the aspect is empty; name the aspect the recommendation is about, e.g. etika_bertelepon") }
        let temuanBytes = FieldParsing.trimmed(bytes(.temuan)), rekomendasiBytes = FieldParsing.trimmed(bytes(.rekomendasi))
        if temuanBytes.isEmpty { fail(.temuan, "the finding (temuan) is empty") }
        else if let problem = TextHygiene.problem(temuanBytes, isName: false) { fail(.temuan, "the finding \(problem)") }
        if rekomendasiBytes.isEmpty { fail(.rekomendasi, "the recommendation text is empty") }
        else if let problem = TextHygiene.problem(rekomendasiBytes, isName: false) { fail(.rekomendasi, "the recommendation \(problem)") }
        let prioritasBytes = FieldParsing.trimmed(bytes(.prioritas))
        let prioritas: Prioritas? = FieldParsing.equals(prioritasBytes, "tinggi") ? .tinggi
            : FieldParsing.equals(prioritasBytes, "sedang") ? .sedang
            : FieldParsing.equals(prioritasBytes, "rendah") ? .rendah
            : Prioritas(parsing: String(decoding: prioritasBytes, as: UTF8.self))
        if prioritas == nil {
            fail(.prioritas, "'\(FieldParsing.shown(bytes(.prioritas)))' is not a priority; use tinggi, sedang or rendah")
        }
        let givenID = FieldParsing.string(bytes(.id))

        guard ok, let periode, let nip, let prioritas else { return nil }
        let makeRecord = wantsRecords && wants(periode)
        let temuan = makeRecord || givenID.isEmpty ? String(decoding: temuanBytes, as: UTF8.self) : ""
        let rekomendasi = makeRecord ? String(decoding: rekomendasiBytes, as: UTF8.self) : ""
        let id = givenID.isEmpty ? Recommendation.stableID(periode: periode, nip: nip, aspek: aspek, temuan: temuan) : givenID
        return Recommendation(id: id, idIsDerived: givenID.isEmpty, periode: periode, nip: nip, aspek: aspek,
                              temuan: temuan, rekomendasi: rekomendasi, prioritas: prioritas, line: line)
    }
}
