import LibXML

/// The state of reading one Laporan Kinerja: the columns declared in `<kolom>`, then the
/// `<pegawai>` being filled, decoded and checked when it closes.
struct XMLReportReading {
    private let file: String
    private let today: CivilDate
    private let language: Language
    private let wants: (Periode) -> Bool
    private let each: ((PerformanceRecord) -> Void)?
    private var aspectCodes: [[UInt8]] = [], kpiCodes: [[UInt8]] = []
    /// Settled at the first `<pegawai>`, from the codes declared before it.
    private(set) var layout: ReportLayout?
    private var decoder: ReportRowDecoder?
    private var row: XMLRow?
    private(set) var counter = SummaryCounter()
    private var tracker = SchemaIssueTracker()
    private(set) var inRow = false

    /// `wants` picks the periods whose records go to `each`; NIPs dated after `today` are refused.
    init(file: String, today: CivilDate, language: Language, wants: @escaping (Periode) -> Bool, each: ((PerformanceRecord) -> Void)?) {
        self.file = file
        self.today = today
        self.language = language
        self.wants = wants
        self.each = each
    }

    // MARK: - Elements

    /// A `<kolom>` child: declares an aspect or KPI code.
    mutating func declareColumn(_ reader: StreamingXMLReader, isAspect: Bool) {
        var code: [UInt8] = []
        reader.forEachAttribute { attribute, v in if FieldParsing.equals(attribute, "kode") { code = Array(v) } }
        if isAspect { aspectCodes.append(code) } else { kpiCodes.append(code) }
    }

    /// A `<pegawai>` opens: settles the layout on the first one, then takes its attributes.
    mutating func startRow(_ reader: StreamingXMLReader, consistency: inout ReportConsistency, summary: inout InputSummary) {
        if layout == nil {
            let l = ReportLayout(aspectCodes: aspectCodes.map { String(decoding: $0, as: UTF8.self) },
                                 kpiCodes: kpiCodes.map { String(decoding: $0, as: UTF8.self) })
            layout = l
            consistency.add(layout: l)
            summary.aspectCodes = l.aspectCodes
            summary.kpiCodes = l.kpiCodes
            decoder = ReportRowDecoder(layout: l, decimalComma: false, today: today, language: language)
            row = XMLRow(file: file, slotCount: l.slotCount)
        }
        guard let layout, let row else { return }
        row.reset(line: reader.nodeLine)
        reader.forEachAttribute { attribute, value in
            if let column = Self.reportAttribute(attribute) { row.append(slot: layout.slot(column), value) }
        }
        inRow = true
    }

    /// An `<aspek>` or `<kpi>` inside a `<pegawai>`: its value, if the code was declared and is new for the person.
    mutating func addValue(_ reader: StreamingXMLReader, isAspect: Bool, log: inout DiagnosticLog) {
        guard let layout, let row else { return }
        // Attribute values stay valid while the reader is on this element, so
        // they are compared and copied in place: no array per child element.
        var code = UnsafeRawBufferPointer(start: nil, count: 0), value = code
        reader.forEachAttribute { attribute, v in
            if FieldParsing.equals(attribute, "kode") { code = v }
            else if FieldParsing.equals(attribute, "nilai") { value = v }
        }
        let codes = isAspect ? aspectCodes : kpiCodes
        guard let index = codes.firstIndex(where: { $0.withUnsafeBytes { FieldParsing.equals(code, $0) } }) else {
            log.error(SourceLocation(file: file, line: reader.nodeLine),
                      language.text(isAspect ? .xmlAspectUndeclared : .xmlKPIUndeclared, ["code": String(decoding: code, as: UTF8.self)]),
                      field: isAspect ? "aspek" : "kpi")
            return
        }
        let slot = layout.slot(isAspect ? .aspect(index) : .kpi(index))
        if row.has(slot: slot) {
            log.error(SourceLocation(file: file, line: reader.nodeLine),
                      language.text(.xmlGivenTwice, ["name": layout.name(isAspect ? .aspect(index) : .kpi(index))]),
                      field: layout.name(isAspect ? .aspect(index) : .kpi(index)))
            return
        }
        row.append(slot: slot, value)
    }

    /// A `<pegawai>` closes: decodes the row, checks it against the others and hands it on.
    mutating func finishRow(_ reader: StreamingXMLReader, endLine: Int, consistency: inout ReportConsistency, log: inout DiagnosticLog) {
        guard let layout, let decoder, let row else { return }
        counter.rows += 1
        inRow = false
        // When the schema already complained about this row, its own checks would only
        // repeat that; decode quietly, keeping the person for the cross-row checks.
        var quiet = DiagnosticLog(limit: 0)
        let schemaFlagged = tracker.rowHasIssues(reader.issues, from: row.line, to: endLine)
        var (record, identity) = schemaFlagged ? decoder.decode(row, line: row.line, makeRecord: false, log: &quiet)
                                               : decoder.decode(row, line: row.line, makeRecord: each != nil, wants: wants, log: &log)
        if schemaFlagged { record = nil }
        guard let identity else { return }
        counter.add(periode: identity.periode, nip: identity.nip)
        counter.add(team: row.bytes(slot: layout.slot(.tim)))
        let isNew = consistency.add(identity, file: file, line: row.line, nipLocation: { row.location(slot: layout.slot(.nip)) },
                                    leaderLocation: { row.location(slot: layout.slot(.nipTeamLeader)) }, log: &log)
        if isNew, let record { each?(record) }
    }

    // MARK: - Attributes

    /// The column a `<pegawai>` attribute fills, nil for one the report does not have.
    private static func reportAttribute(_ name: UnsafeRawBufferPointer) -> ReportColumn? {
        // A switch on the first byte keeps this off the String path for a million rows.
        guard let first = name.first else { return nil }
        func is_(_ s: StaticString) -> Bool {
            FieldParsing.equals(name, s)
        }
        switch first {
        case UInt8(ascii: "p"): return is_("periode") ? .periode : nil
        case UInt8(ascii: "n"):
            if is_("nip") { return .nip }
            if is_("nama") { return .nama }
            if is_("nipTeamLeader") { return .nipTeamLeader }
            if is_("nilaiKualitas") { return .nilaiKualitas }
            return nil
        case UInt8(ascii: "j"):
            if is_("jabatan") { return .jabatan }
            return is_("jumlahPenilaian") ? .jumlahPenilaian : nil
        case UInt8(ascii: "t"): return is_("tim") ? .tim : nil
        case UInt8(ascii: "s"): return is_("statusPegawai") ? .statusPegawai : nil
        default: return nil
        }
    }
}
