/// The row loop of a Laporan Kinerja Agen in CSV: type, check and count each row after the
/// header. Shared by the sequential reader and each worker of the parallel one.
struct ReportRows: Sendable {
    let header: CSVHeader
    let layout: ReportLayout
    /// Fields in the header line.
    let width: Int
    let decimalComma: Bool
    let keepRecords: Bool
    /// The day of the run: NIPs dated after it are refused.
    let today: CivilDate
    /// The language of the messages.
    let language: Language
    var periods: RecordPeriods = .all

    func read(_ reader: CSVReader, consistency: inout ReportConsistency, counter: inout SummaryCounter,
              each: ((PerformanceRecord) -> Void)?) {
        let decoder = ReportRowDecoder(layout: layout, decimalComma: decimalComma, today: today, language: language)
        let wants = periods.filter()
        let nipSlot = layout.slot(.nip), leaderSlot = layout.slot(.nipTeamLeader)
        let file = reader.file
        header.fieldIndex.withUnsafeBufferPointer { fieldIndex in
        let teamSlot = layout.slot(.tim)
        while reader.nextRecord() {
            counter.rows += 1
            guard CSVIngest.hasHeaderWidth(reader, width: width, language: language) else { continue }
            let row = CSVRow(reader: reader, fieldIndex: fieldIndex)
            let (record, identity) = decoder.decode(row, line: reader.recordLine, makeRecord: keepRecords, wants: wants, log: &reader.log)
            guard let identity else { continue }
            counter.add(periode: identity.periode, nip: identity.nip)
            counter.add(team: row.bytes(slot: teamSlot))
            let isNew = consistency.add(identity, file: file, line: reader.recordLine,
                                        nipLocation: { row.location(slot: nipSlot) },
                                        leaderLocation: { row.location(slot: leaderSlot) }, log: &reader.log)
            if isNew, let record { each?(record) }
        }
        }
    }
}
