/// Reads a CSV input into typed records, row by row, with every problem logged.
struct CSVIngest {
    let configuration: Configuration
    let file: String
    /// The day of the run: NIPs dated after it are refused.
    let today: CivilDate
    /// Files from this size on are read on all cores.
    var parallelMinimumBytes = ParallelCSVReport.minimumBytes

    /// Opens the reader and reads the header line. Nil when the file has no header at all.
    private func open(_ source: ByteSource, log: inout DiagnosticLog) -> CSVReader? {
        let reader = CSVReader(source: source, file: file, delimiter: configuration.input.delimiter,
                               encoding: configuration.input.encoding, log: log, language: configuration.language)
        guard reader.nextRecord() else {
            if !reader.stoppedEarly {
                reader.log.error(SourceLocation(file: file), configuration.language.text(.fileEmpty))
            }
            log = reader.log
            return nil
        }
        return reader
    }

    private func finish(_ reader: CSVReader, rows: Int, summary: inout InputSummary, log: inout DiagnosticLog) {
        summary.encoding = reader.detectedEncoding.rawValue
        log = reader.log
        finish(encoding: reader.encodingDecision, stoppedEarly: reader.stoppedEarly, rows: rows, summary: &summary, log: &log)
    }

    private func finish(encoding: InputEncoding?, stoppedEarly: Bool, rows: Int, summary: inout InputSummary, log: inout DiagnosticLog) {
        if encoding == .windows1252 {
            log.warning(SourceLocation(file: file), configuration.language.text(.fileWindows1252))
        }
        if rows == 0 && !stoppedEarly {
            log.error(SourceLocation(file: file, line: 1), configuration.language.text(.fileHeaderOnly))
        }
    }

    /// True when the record has as many fields as the header; otherwise logs it.
    static func hasHeaderWidth(_ reader: CSVReader, width: Int, language: Language) -> Bool {
        guard reader.fieldCount != width else { return true }
        let delimiter = reader.delimiter == 0x09 ? language.text(.delimiterTab) : "'\(Character(Unicode.Scalar(reader.delimiter)))'"
        reader.log.error(reader.recordLocation,
                         language.text(.rowWidth, ["fields": "\(reader.fieldCount)", "width": "\(width)", "delimiter": delimiter]))
        return false
    }

    func readReport(_ source: ByteSource, consistency: inout ReportConsistency, log: inout DiagnosticLog,
                    periods: RecordPeriods = .all, each: ((PerformanceRecord) -> Void)?) -> InputSummary {
        var sink = RecordSink(periods: periods, each: each)
        return readReport(source, consistency: &consistency, log: &log, periods: periods, keepRows: each != nil, into: &sink)
    }

    /// Reads the report into `sink` (the rows of `periods`; none when `keepRows` is false, for
    /// checking only), with every check and message of the ingest.
    func readReport<Sink: ReportRowSink>(_ source: ByteSource, consistency: inout ReportConsistency, log: inout DiagnosticLog,
                                         periods: RecordPeriods = .all, keepRows: Bool, into sink: inout Sink) -> InputSummary {
        var summary = InputSummary(kind: .report, format: "csv")
        guard let reader = open(source, log: &log) else { return summary }
        guard let header = CSVHeader.report(reader, aliases: configuration.input.headerAliases, language: configuration.language, log: &reader.log),
              let layout = header.layout else {
            log = reader.log
            return summary
        }
        consistency.add(layout: layout)
        summary.aspectCodes = layout.aspectCodes
        summary.kpiCodes = layout.kpiCodes
        var rows = ReportRows(header: header, layout: layout, width: reader.fieldCount,
                              decimalComma: reader.delimiter == UInt8(ascii: ";"), keepRecords: keepRows, today: today, language: configuration.language)
        rows.periods = periods
        if let peeking = source as? PeekingByteSource, let file = peeking.randomAccess,
           let parallel = ParallelCSVReport(ingest: self, rows: rows, file: file, head: peeking.head, delimiter: reader.delimiter,
                                            minimumBytes: parallelMinimumBytes),
           var result = parallel.read(startLine: reader.nextLine, log: reader.log, consistency: &consistency, into: &sink) {
            result.counter.fill(&summary)
            summary.encoding = (result.encoding ?? .utf8).rawValue
            finish(encoding: result.encoding, stoppedEarly: result.stoppedEarly, rows: result.counter.rows, summary: &summary, log: &result.log)
            log = result.log
            return summary
        }
        var counter = SummaryCounter()
        rows.read(reader, consistency: &consistency, counter: &counter, into: &sink)
        counter.fill(&summary)
        finish(reader, rows: counter.rows, summary: &summary, log: &log)
        return summary
    }

    func readRecommendations(_ source: ByteSource, checks: inout RecommendationConsistency, log: inout DiagnosticLog,
                             periods: RecordPeriods = .all, each: ((Recommendation) -> Void)?) -> InputSummary {
        let wants = periods.filter()
        var summary = InputSummary(kind: .recommendations, format: "csv")
        guard let reader = open(source, log: &log) else { return summary }
        guard let header = CSVHeader.recommendations(reader, aliases: configuration.input.headerAliases, language: configuration.language, log: &reader.log) else {
            log = reader.log
            return summary
        }
        let width = reader.fieldCount
        let decoder = RecommendationRowDecoder(today: today, language: configuration.language)
        var counter = SummaryCounter()
        header.fieldIndex.withUnsafeBufferPointer { fieldIndex in
        while reader.nextRecord() {
            counter.rows += 1
            guard Self.hasHeaderWidth(reader, width: width, language: configuration.language) else { continue }
            let row = CSVRow(reader: reader, fieldIndex: fieldIndex)
            guard let recommendation = decoder.decode(row, line: reader.recordLine, makeRecord: each != nil, wants: wants, log: &reader.log) else { continue }
            counter.add(periode: recommendation.periode, nip: recommendation.nip)
            checks.add(recommendation, row: row, log: &reader.log)
            each?(recommendation)
        }
        }
        counter.fill(&summary)
        finish(reader, rows: counter.rows, summary: &summary, log: &log)
        return summary
    }
}
