/// One input file to check: its name for messages and where its bytes come from.
public struct InputFile {
    public var name: String
    public var source: ByteSource
    public init(name: String, source: ByteSource) {
        self.name = name
        self.source = source
    }
}

/// The outcome of checking one file.
public struct FileCheck: Sendable {
    public var file: String
    public var summary: InputSummary
    public var log: DiagnosticLog

    public init(file: String, summary: InputSummary, log: DiagnosticLog) {
        self.file = file
        self.summary = summary
        self.log = log
    }
}

/// The ingest stage as `coaching check` runs it: every file, reports before recommendations
/// (so recommendations can be checked against the people in the reports), every problem
/// of every file, bounded per file.
public struct InputChecker {
    public let configuration: Configuration
    /// The day of the run (WIB): NIPs whose birth date or start of service lies after it are refused.
    public let today: CivilDate
    /// Large CSV reports are read on all cores from this size on (tests lower it).
    var parallelMinimumBytes = ParallelCSVReport.minimumBytes

    public init(configuration: Configuration, today: CivilDate) {
        self.configuration = configuration
        self.today = today
    }

    /// Checks all files. Records are not kept: memory stays flat for a million rows.
    public func check(_ files: [InputFile]) -> [FileCheck] {
        var prepared: [(index: Int, file: InputFile, peek: PeekingByteSource?, verdict: InputSniffer.Verdict)] = []
        let sniffer = InputSniffer(aliases: configuration.input.headerAliases, language: configuration.language)
        for (index, file) in files.enumerated() {
            do {
                let peek = try PeekingByteSource(file.source)
                prepared.append((index, file, peek, sniffer.sniff(peek.head)))
            } catch {
                prepared.append((index, file, nil, .refused(configuration.language.describe(error, path: file.name))))
            }
        }
        // Reports first: recommendations are checked against them.
        let order = prepared.sorted { a, b in
            func rank(_ v: InputSniffer.Verdict) -> Int { if case .input(_, .report) = v { return 0 }; return 1 }
            return (rank(a.verdict), a.index) < (rank(b.verdict), b.index)
        }
        var consistency = ReportConsistency(language: configuration.language)
        var reportCount = 0
        var finishedReports = false
        var results: [(Int, FileCheck)] = []
        for entry in order {
            var log = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
            var summary = InputSummary(kind: nil, format: "?")
            switch entry.verdict {
            case .refused(let why, let line, let column):
                log.error(SourceLocation(file: entry.file.name, line: line, column: column), why)
            case .input(let format, nil):
                summary.format = format.rawValue
                if entry.peek?.head.isEmpty == true {
                    log.error(SourceLocation(file: entry.file.name), configuration.language.text(.fileEmpty))
                } else {
                    log.error(SourceLocation(file: entry.file.name, line: 1),
                              format == .csv
                              ? configuration.language.text(.inputKindUnknownCSV, [
                                  "report": ReportColumn.required.map(\.1).joined(separator: ", "),
                                  "recommendations": RecommendationColumn.requiredColumns.map(\.rawValue).joined(separator: ", ")])
                              : configuration.language.text(.inputKindUnknownXML, ["namespace": InputSchemas.namespace]))
                }
            case .input(let format, .report?):
                reportCount += 1
                summary = ingest(format, entry.file.name).readReport(entry.peek!, consistency: &consistency, log: &log, each: nil)
            case .input(let format, .recommendations?):
                if !finishedReports {
                    finishedReports = true
                    var shared = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
                    consistency.finish(log: &shared)
                    attach(shared, to: &results)
                }
                var checks = RecommendationConsistency(report: reportCount > 0 ? consistency : nil,
                                                       configuredAspects: configuration.rules.aspectMinimum.keys,
                                                       language: configuration.language)
                if reportCount == 0 {
                    log.warning(SourceLocation(file: entry.file.name),
                                configuration.language.text(.recommendationsWithoutReport))
                }
                summary = ingest(format, entry.file.name).readRecommendations(entry.peek!, checks: &checks, log: &log, each: nil)
            }
            results.append((entry.index, FileCheck(file: entry.file.name, summary: summary, log: log)))
        }
        if !finishedReports {
            var shared = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
            consistency.finish(log: &shared)
            attach(shared, to: &results)
        }
        return results.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private func ingest(_ format: InputSniffer.Format, _ name: String) -> AnyIngest {
        AnyIngest(format: format, configuration: configuration, file: name, today: today, parallelMinimumBytes: parallelMinimumBytes)
    }

    /// Cross-file findings (a team leader missing from the reports) go to the file they point at.
    private func attach(_ shared: DiagnosticLog, to results: inout [(Int, FileCheck)]) {
        for diagnostic in shared.diagnostics {
            if let i = results.firstIndex(where: { $0.1.file == diagnostic.location.file }) {
                results[i].1.log.add(diagnostic)
            }
        }
    }
}

/// Dispatches to the CSV or XML reader.
struct AnyIngest {
    let format: InputSniffer.Format
    let configuration: Configuration
    let file: String
    let today: CivilDate
    var parallelMinimumBytes = ParallelCSVReport.minimumBytes

    func readReport(_ source: ByteSource, consistency: inout ReportConsistency, log: inout DiagnosticLog,
                    periods: RecordPeriods = .all, each: ((PerformanceRecord) -> Void)?) -> InputSummary {
        switch format {
        case .csv: CSVIngest(configuration: configuration, file: file, today: today, parallelMinimumBytes: parallelMinimumBytes)
            .readReport(source, consistency: &consistency, log: &log, periods: periods, each: each)
        case .xml: XMLIngest(configuration: configuration, file: file, today: today)
            .readReport(source, consistency: &consistency, log: &log, periods: periods, each: each)
        }
    }

    /// Reads a report into `sink`: every row of every period, through the same checks.
    func readReport<Sink: ReportRowSink>(_ source: ByteSource, consistency: inout ReportConsistency, log: inout DiagnosticLog,
                                         into sink: inout Sink) -> InputSummary {
        switch format {
        case .csv:
            return CSVIngest(configuration: configuration, file: file, today: today, parallelMinimumBytes: parallelMinimumBytes)
                .readReport(source, consistency: &consistency, log: &log, keepRows: true, into: &sink)
        case .xml:
            // An XML report hands over records (XML files are small next to the CSV exports).
            var records: [PerformanceRecord] = []
            let summary = XMLIngest(configuration: configuration, file: file, today: today)
                .readReport(source, consistency: &consistency, log: &log, each: { records.append($0) })
            for record in records { sink.take(record) }
            return summary
        }
    }

    func readRecommendations(_ source: ByteSource, checks: inout RecommendationConsistency, log: inout DiagnosticLog,
                             periods: RecordPeriods = .all, each: ((Recommendation) -> Void)?) -> InputSummary {
        switch format {
        case .csv: CSVIngest(configuration: configuration, file: file, today: today).readRecommendations(source, checks: &checks, log: &log, periods: periods, each: each)
        case .xml: XMLIngest(configuration: configuration, file: file, today: today).readRecommendations(source, checks: &checks, log: &log, periods: periods, each: each)
        }
    }
}
