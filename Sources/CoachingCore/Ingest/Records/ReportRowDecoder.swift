/// Turns one raw report row into a ``PerformanceRecord``, logging every problem of the row
/// (not just the first) in plain words with its column.
struct ReportRowDecoder {
    let layout: ReportLayout
    let decimalComma: Bool
    /// The day of the run: a NIP born or hired after it is refused.
    let today: CivilDate
    /// The language of the messages.
    let language: Language

    /// Returns the record when the row is valid, and the row's identity whenever its period,
    /// NIP and position are readable, so one bad score does not hide the person from the
    /// cross-row checks (and cause a cascade of follow-on errors).
    /// With `makeRecord` false (checking only) the values are validated but not kept.
    /// `wants` decides per period whether the row's record is kept (it still gets every check).
    func decode<Row: RowFieldSource>(_ row: Row, line: Int, makeRecord wantsRecords: Bool = true,
                                     wants: (Periode) -> Bool = { _ in true },
                                     log: inout DiagnosticLog) -> (record: PerformanceRecord?, identity: ReportIdentity?) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: scratchCount) { scratch in
            let (view, identity) = decode(row, line: line, scratch: scratch, wants: wantsRecords ? wants : { _ in false }, log: &log)
            return (view?.record, identity)
        }
    }

    /// The doubles ``decode(_:line:scratch:wants:log:)`` needs for its scratch.
    var scratchCount: Int { max(1, layout.aspectCodes.count + layout.kpiCodes.count) }

    /// The one decoding of a row, as ``decode(_:line:makeRecord:wants:log:)`` describes it, but
    /// without making a record: the valid row comes back as a view (its scores in `scratch`,
    /// ``scratchCount`` doubles, its text in the reader's buffer), when `wants` its period.
    func decode<Row: RowFieldSource>(_ row: Row, line: Int, scratch: UnsafeMutableBufferPointer<Double>,
                                     wants: (Periode) -> Bool,
                                     log: inout DiagnosticLog) -> (row: ReportRowView?, identity: ReportIdentity?) {
        var ok = true
        func fail(_ column: ReportColumn, _ message: String, warning: Bool = false) {
            let slot = layout.slot(column)
            let diagnostic = Diagnostic(warning ? .warning : .error, at: row.location(slot: slot), message, field: layout.name(column))
            log.add(diagnostic)
            if !warning { ok = false }
        }
        func bytes(_ column: ReportColumn) -> UnsafeRawBufferPointer {
            row.bytes(slot: layout.slot(column)) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        }

        let periode = FieldParsing.periode(bytes(.periode))
        let makeRecord = periode.map(wants) == true
        if periode == nil {
            let shown = FieldParsing.shown(bytes(.periode))
            fail(.periode, shown.isEmpty ? language.text(.periodEmpty) : language.text(.periodInvalid, ["value": shown]))
        }

        var isPPPK = false
        if let status = row.bytes(slot: layout.slot(.statusPegawai)) {
            switch FieldParsing.string(status).uppercased() {
            case "", "PNS": break
            case "PPPK": isPPPK = true
            default: fail(.statusPegawai, language.text(.statusInvalid, ["value": FieldParsing.shown(status)]))
            }
        }

        var nip: NIP?
        switch NIP.validate(FieldParsing.trimmed(bytes(.nip)), isPPPK: isPPPK, today: today) {
        case .valid(let value, let warning):
            nip = value
            if let warning { fail(.nip, warning.text(language), warning: true) }
        case .invalid(let why): fail(.nip, why.text(language))
        }

        // Text fields become Strings only when the record is kept (checking needs no copy).
        let namaBytes = FieldParsing.trimmed(bytes(.nama))
        if namaBytes.isEmpty { fail(.nama, language.text(.nameEmpty)) }
        else if let problem = TextHygiene.problem(namaBytes, isName: true) { fail(.nama, language.text(.nameProblem, ["problem": problem.text(language)])) }

        let jabatan = Jabatan(bytes: FieldParsing.trimmed(bytes(.jabatan)))
        if jabatan == nil {
            let shown = FieldParsing.shown(bytes(.jabatan))
            fail(.jabatan, language.text(.positionInvalid, ["value": shown]))
        }

        let timBytes = FieldParsing.trimmed(bytes(.tim))
        if timBytes.isEmpty { fail(.tim, language.text(.teamEmpty)) }
        else if let problem = TextHygiene.problem(timBytes, isName: true) { fail(.tim, language.text(.teamProblem, ["problem": problem.text(language)])) }

        var nipTeamLeader: NIP?
        let leaderBytes = FieldParsing.trimmed(bytes(.nipTeamLeader))
        if jabatan == .teamLeaderInformasi {
            if !leaderBytes.isEmpty {
                fail(.nipTeamLeader, language.text(.leaderOwnRowIgnored), warning: true)
            }
        } else if leaderBytes.isEmpty {
            if jabatan == .agenInformasi { fail(.nipTeamLeader, language.text(.leaderMissing)) }
        } else {
            switch NIP.validate(leaderBytes, today: today) {
            case .valid(let value, _): nipTeamLeader = value
            case .invalid(let why): fail(.nipTeamLeader, language.text(.leaderNIPInvalid, ["reason": why.text(language)]))
            }
        }

        let count = FieldParsing.integer(bytes(.jumlahPenilaian))
        if count == nil {
            fail(.jumlahPenilaian, language.text(.evaluationsInvalid, ["value": FieldParsing.shown(bytes(.jumlahPenilaian))]))
        }

        let nilai = score(bytes(.nilaiKualitas), column: .nilaiKualitas, required: true, fail: fail)

        // The aspect's name is looked up only for a message: made for every score of every row,
        // its text (and what it holds on to) was an eighth of checking a report.
        let aspectCount = layout.aspectCodes.count
        for i in 0..<aspectCount {
            scratch[i] = score(bytes(.aspect(i)), column: .aspect(i), required: false, fail: fail) ?? .nan
        }

        for i in layout.kpiCodes.indices {
            let raw = bytes(.kpi(i))
            scratch[aspectCount + i] = .nan
            switch FieldParsing.number(raw, decimalComma: decimalComma) {
            case .value(let v): scratch[aspectCount + i] = v
            case .empty: break
            case .invalid: fail(.kpi(i), language.text(.kpiInvalid, ["kpi": layout.kpiCodes[i], "value": FieldParsing.shown(raw)]))
            case .ambiguousThousands: fail(.kpi(i), ambiguous(raw))
            }
        }

        guard let periode, let nip, let jabatan else { return (nil, nil) }
        let identity = ReportIdentity(periode: periode, nip: nip, jabatan: jabatan, nipTeamLeader: nipTeamLeader)
        guard ok, makeRecord, let count, let nilai else { return (nil, identity) }
        let scores = UnsafeBufferPointer(scratch)
        return (ReportRowView(periode: periode, nip: nip, nama: namaBytes, jabatan: jabatan, tim: timBytes,
                              nipTeamLeader: nipTeamLeader, jumlahPenilaian: count, nilaiKualitas: nilai,
                              aspectScores: UnsafeBufferPointer(rebasing: scores[0..<aspectCount]),
                              kpiValues: UnsafeBufferPointer(rebasing: scores[aspectCount..<(aspectCount + layout.kpiCodes.count)]),
                              isPPPK: isPPPK, line: line), identity)
    }

    private func score(_ raw: UnsafeRawBufferPointer, column: ReportColumn, required: Bool,
                       fail: (ReportColumn, String, Bool) -> Void) -> Double? {
        func what() -> String {
            if case .aspect(let i) = column { return language.text(.scoreAspect, ["aspect": layout.aspectCodes[i]]) }
            return language.text(.scoreQuality)
        }
        switch FieldParsing.number(raw, decimalComma: decimalComma) {
        case .value(let v) where (0...100).contains(v): return v
        case .value: fail(column, language.text(.scoreOutOfRange, ["what": what(), "value": FieldParsing.shown(FieldParsing.trimmed(raw))]), false)
        case .empty: if required { fail(column, language.text(.scoreEmpty, ["what": what()]), false) }
        case .invalid: fail(column, language.text(.scoreInvalid, ["what": what(), "value": FieldParsing.shown(raw)]), false)
        case .ambiguousThousands: fail(column, ambiguous(raw), false)
        }
        return nil
    }

    private func ambiguous(_ raw: UnsafeRawBufferPointer) -> String {
        let shown = FieldParsing.shown(FieldParsing.trimmed(raw))
        return language.text(.numberAmbiguous, ["value": shown])
    }
}

/// Who a report row is about, known even when other fields of the row are wrong.
struct ReportIdentity {
    var periode: Periode
    var nip: NIP
    var jabatan: Jabatan
    var nipTeamLeader: NIP?
}
