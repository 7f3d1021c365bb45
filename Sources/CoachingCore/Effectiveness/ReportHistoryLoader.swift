/// Reads several Laporan Kinerja files (one per period, or cumulative) into one
/// ``ReportHistory`` with the same strict ingest as every other command: the rows go from the
/// ingest straight into the history's compact columns (``ReportHistory/FileRows``), through
/// the same checks and messages as `coaching check`, but without a ``PerformanceRecord`` per
/// row. A person's period given twice, in one file or in two, is an error naming both places:
/// which of the two rows is right is for the office to say, not for the analysis to guess.
public struct ReportHistoryLoader {
    public let configuration: Configuration
    /// The day of the run (WIB), for the NIP checks.
    public let today: CivilDate
    /// Large CSV reports are read on all cores from this size on (tests lower it).
    var parallelMinimumBytes = ParallelCSVReport.minimumBytes

    public init(configuration: Configuration, today: CivilDate) {
        self.configuration = configuration
        self.today = today
    }

    /// What a person's period given twice is.
    public enum RepeatedPeriods: Sendable {
        /// An error naming both places (the analysis).
        case error
        /// The first file given counts (the loop back of `candidates`, which gives the current
        /// report first and earlier, possibly cumulative, reports after it).
        case firstGivenCounts
    }

    /// The history and each file's check (errors among them stop the analysis).
    public func load(_ reports: [InputFile], repeats: RepeatedPeriods = .error) throws -> (history: ReportHistory, checks: [FileCheck]) {
        let sniffer = InputSniffer(aliases: configuration.input.headerAliases, language: configuration.language)
        let language = configuration.language
        var history = ReportHistory()
        var checks: [FileCheck] = []
        var timer = StageTimer()
        for report in reports {
            let peek = try PeekingByteSource(report.source)
            var log = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
            var summary = InputSummary(kind: .report, format: "?")
            switch sniffer.sniff(peek.head) {
            case .input(let format, let kind) where kind == .report || kind == nil:
                var consistency = ReportConsistency(language: language)
                var rows = ReportHistory.FileRows()
                let ingest = AnyIngest(format: format, configuration: configuration, file: report.name, today: today,
                                       parallelMinimumBytes: parallelMinimumBytes)
                summary = ingest.readReport(peek, consistency: &consistency, log: &log, into: &rows)
                consistency.finish(log: &log)
                timer.mark("efektivitas:   \(report.name) read")
                history.add(rows, name: report.name, layout: ReportLayout(aspectCodes: summary.aspectCodes ?? [], kpiCodes: summary.kpiCodes ?? []))
                timer.mark("efektivitas:   \(report.name) added to the history")
            case .input:
                log.error(SourceLocation(file: report.name), language.text(.inputIsRecommendationsNotReport))
            case .refused(let why, let line, let column):
                log.error(SourceLocation(file: report.name, line: line, column: column), why)
            }
            checks.append(FileCheck(file: report.name, summary: summary, log: log))
        }
        let twice = history.finish()
        timer.mark("efektivitas:   rows put in period order")
        for (repeated, first) in twice where repeats == .error {
            guard let index = checks.firstIndex(where: { $0.file == repeated.file }) else { continue }
            checks[index].log.error(repeated, language.text(.effectivenessPeriodRepeated, ["place": "\(first.file):\(first.line)"]), field: "periode")
        }
        return (history, checks)
    }
}
