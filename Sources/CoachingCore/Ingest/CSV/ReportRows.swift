/// The row loop of a Laporan Kinerja Agen in CSV: type, check and count each row after the
/// header, and hand the valid ones to a ``ReportRowSink``. Shared by the sequential reader and
/// each worker of the parallel one.
struct ReportRows: Sendable {
    let header: CSVHeader
    let layout: ReportLayout
    /// Fields in the header line.
    let width: Int
    let decimalComma: Bool
    /// False when only checking: then no row goes to the sink.
    let keepRecords: Bool
    /// The day of the run: NIPs dated after it are refused.
    let today: CivilDate
    /// The language of the messages.
    let language: Language
    var periods: RecordPeriods = .all

    func read<Sink: ReportRowSink>(_ reader: CSVReader, consistency: inout ReportConsistency, counter: inout SummaryCounter,
                                   into sink: inout Sink) {
        let decoder = ReportRowDecoder(layout: layout, decimalComma: decimalComma, today: today, language: language)
        let wants = keepRecords ? periods.filter() : { _ in false }
        let nipSlot = layout.slot(.nip), leaderSlot = layout.slot(.nipTeamLeader)
        let file = reader.file
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: decoder.scratchCount)
        defer { scratch.deallocate() }
        header.fieldIndex.withUnsafeBufferPointer { fieldIndex in
        let teamSlot = layout.slot(.tim)
        while reader.nextRecord() {
            counter.rows += 1
            guard CSVIngest.hasHeaderWidth(reader, width: width, language: language) else { continue }
            let row = CSVRow(reader: reader, fieldIndex: fieldIndex)
            let (valid, identity) = decoder.decode(row, line: reader.recordLine, scratch: scratch, wants: wants, log: &reader.log)
            guard let identity else { continue }
            counter.add(periode: identity.periode, nip: identity.nip)
            counter.add(team: row.bytes(slot: teamSlot))
            let isNew = consistency.add(identity, file: file, line: reader.recordLine,
                                        nipLocation: { row.location(slot: nipSlot) },
                                        leaderLocation: { row.location(slot: leaderSlot) }, log: &reader.log)
            if isNew, let valid { sink.take(valid) }
        }
        }
    }
}
