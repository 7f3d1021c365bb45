/// Turns one raw recommendation row into a ``Recommendation``, logging every problem of the row.
struct RecommendationRowDecoder {
    /// The day of the run: a NIP born or hired after it is refused.
    let today: CivilDate
    /// The language of the messages.
    let language: Language

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
            fail(.periode, language.text(.periodInvalid, ["value": FieldParsing.shown(bytes(.periode))]))
        }
        var nip: NIP?
        switch NIP.validate(FieldParsing.trimmed(bytes(.nip)), isPPPK: true, today: today) {
        case .valid(let value, _): nip = value
        case .invalid(let why): fail(.nip, why.text(language))
        }
        // Codes as written by exports (`etika_bertelepon`) skip the normalising String work.
        let aspekBytes = FieldParsing.trimmed(bytes(.aspek))
        let isCode = aspekBytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        let aspek = isCode ? String(decoding: aspekBytes, as: UTF8.self) : HeaderName.normalize(String(decoding: aspekBytes, as: UTF8.self))
        if aspek.isEmpty { fail(.aspek, language.text(.aspectEmpty)) }
        let temuanBytes = FieldParsing.trimmed(bytes(.temuan)), rekomendasiBytes = FieldParsing.trimmed(bytes(.rekomendasi))
        if temuanBytes.isEmpty { fail(.temuan, language.text(.findingEmpty)) }
        else if let problem = TextHygiene.problem(temuanBytes, isName: false) { fail(.temuan, language.text(.findingProblem, ["problem": problem.text(language)])) }
        if rekomendasiBytes.isEmpty { fail(.rekomendasi, language.text(.recommendationEmpty)) }
        else if let problem = TextHygiene.problem(rekomendasiBytes, isName: false) {
            fail(.rekomendasi, language.text(.recommendationProblem, ["problem": problem.text(language)]))
        }
        let prioritasBytes = FieldParsing.trimmed(bytes(.prioritas))
        let prioritas: Prioritas? = FieldParsing.equals(prioritasBytes, "tinggi") ? .tinggi
            : FieldParsing.equals(prioritasBytes, "sedang") ? .sedang
            : FieldParsing.equals(prioritasBytes, "rendah") ? .rendah
            : Prioritas(parsing: String(decoding: prioritasBytes, as: UTF8.self))
        if prioritas == nil {
            fail(.prioritas, language.text(.priorityInvalid, ["value": FieldParsing.shown(bytes(.prioritas))]))
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
