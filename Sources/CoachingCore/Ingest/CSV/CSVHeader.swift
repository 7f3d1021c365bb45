/// Maps a CSV header line onto our columns (through the office's aliases) and reports
/// missing, repeated and unknown columns with their position.
struct CSVHeader {
    /// For each slot, the index of the CSV field holding it, or -1.
    var fieldIndex: [Int]
    var layout: ReportLayout?

    /// Reads the header of a Laporan Kinerja Agen.
    static func report(_ reader: CSVReader, aliases: [String: [String]], language: Language, log: inout DiagnosticLog) -> CSVHeader? {
        let names = (0..<reader.fieldCount).map { HeaderName.canonical(reader.string($0), aliases: aliases) }
        guard noDuplicates(names, reader, language, &log) else { return nil }
        var aspects: [(String, Int)] = [], kpis: [(String, Int)] = []
        var fixed: [ReportColumn: Int] = [:]
        let known = Dictionary(uniqueKeysWithValues: (ReportColumn.required + ReportColumn.optional).map { ($0.1, $0.0) })
        for (index, name) in names.enumerated() {
            if let column = known[name] { fixed[column] = index }
            else if name.hasPrefix("aspek_"), HeaderName.isCode(String(name.dropFirst(6))) { aspects.append((String(name.dropFirst(6)), index)) }
            else if name.hasPrefix("kpi_"), HeaderName.isCode(String(name.dropFirst(4))) { kpis.append((String(name.dropFirst(4)), index)) }
            else if !name.isEmpty {
                log.warning(reader.location(ofField: index), language.text(.headerUnknownColumn, ["column": reader.string(index)]), field: reader.string(index))
            }
        }
        let missing = ReportColumn.required.filter { fixed[$0.0] == nil }.map(\.1)
        guard missing.isEmpty else {
            log.error(reader.recordLocation, language.text(.headerMissingReport, ["missing": missing.joined(separator: ", "), "column": language.noun(missing.count, .nounColumn),
                                                                              "required": ReportColumn.required.map(\.1).joined(separator: ", ")]))
            return nil
        }
        let layout = ReportLayout(aspectCodes: aspects.map(\.0), kpiCodes: kpis.map(\.0))
        var slots = [Int](repeating: -1, count: layout.slotCount)
        for (column, index) in fixed { slots[layout.slot(column)] = index }
        for (i, aspect) in aspects.enumerated() { slots[layout.slot(.aspect(i))] = aspect.1 }
        for (i, kpi) in kpis.enumerated() { slots[layout.slot(.kpi(i))] = kpi.1 }
        return CSVHeader(fieldIndex: slots, layout: layout)
    }

    /// Reads the header of a Rekomendasi Perbaikan Kinerja Agen.
    static func recommendations(_ reader: CSVReader, aliases: [String: [String]], language: Language, log: inout DiagnosticLog) -> CSVHeader? {
        let names = (0..<reader.fieldCount).map { HeaderName.canonical(reader.string($0), aliases: aliases) }
        guard noDuplicates(names, reader, language, &log) else { return nil }
        var slots = [Int](repeating: -1, count: RecommendationColumn.allCases.count)
        for (index, name) in names.enumerated() {
            if let column = RecommendationColumn(rawValue: name) { slots[column.slot] = index }
            else if !name.isEmpty {
                log.warning(reader.location(ofField: index), language.text(.headerUnknownColumn, ["column": reader.string(index)]), field: reader.string(index))
            }
        }
        let missing = RecommendationColumn.requiredColumns.filter { slots[$0.slot] < 0 }.map(\.rawValue)
        guard missing.isEmpty else {
            log.error(reader.recordLocation, language.text(.headerMissingRecommendations, [
                "missing": missing.joined(separator: ", "), "column": language.noun(missing.count, .nounColumn), "required": RecommendationColumn.requiredColumns.map(\.rawValue).joined(separator: ", ")]))
            return nil
        }
        return CSVHeader(fieldIndex: slots, layout: nil)
    }

    private static func noDuplicates(_ names: [String], _ reader: CSVReader, _ language: Language, _ log: inout DiagnosticLog) -> Bool {
        var seen: [String: Int] = [:]
        var ok = true
        for (index, name) in names.enumerated() where !name.isEmpty {
            if let first = seen[name] {
                log.error(reader.location(ofField: index), language.text(.headerDuplicate, ["column": name, "first": "\(first + 1)"]), field: name)
                ok = false
            } else { seen[name] = index }
        }
        return ok
    }
}

/// The current CSV record seen through a header mapping. Built once per row, so it holds
/// only unowned views: copying it costs no reference counting.
struct CSVRow: RowFieldSource {
    unowned(unsafe) let reader: CSVReader
    let fieldIndex: UnsafeBufferPointer<Int>
    let record: CSVRecordView

    /// `fieldIndex` is ``CSVHeader/fieldIndex`` and must outlive the row.
    init(reader: CSVReader, fieldIndex: UnsafeBufferPointer<Int>) {
        self.reader = reader
        self.fieldIndex = fieldIndex
        self.record = reader.current
    }

    @inline(__always)
    func bytes(slot: Int) -> UnsafeRawBufferPointer? {
        let index = fieldIndex[slot]
        return index >= 0 && index < record.count ? record.field(index) : nil
    }

    func location(slot: Int) -> SourceLocation {
        let index = fieldIndex[slot]
        return index >= 0 && index < record.count ? reader.location(ofField: index) : reader.recordLocation
    }
}
