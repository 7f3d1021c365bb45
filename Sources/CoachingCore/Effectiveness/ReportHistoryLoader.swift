/// Reads several Laporan Kinerja files (one per period, or cumulative) into one
/// ``ReportHistory`` with the same strict ingest as every other command. A person's period
/// given twice, in one file or in two, is an error naming both places: which of the two
/// rows is right is for the office to say, not for the analysis to guess.
public struct ReportHistoryLoader {
    public let configuration: Configuration
    /// The day of the run (WIB), for the NIP checks.
    public let today: CivilDate

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
        let sniffer = InputSniffer(aliases: configuration.input.headerAliases)
        var history = ReportHistory()
        var checks: [FileCheck] = []
        for report in reports {
            let peek = try PeekingByteSource(report.source)
            var log = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
            var summary = InputSummary(kind: .report, format: "?")
            switch sniffer.sniff(peek.head) {
            case .input(let format, let kind) where kind == .report || kind == nil:
                var consistency = ReportConsistency(language: configuration.language)
                var records: [PerformanceRecord] = []
                let ingest = AnyIngest(format: format, configuration: configuration, file: report.name, today: today)
                summary = ingest.readReport(peek, consistency: &consistency, log: &log, periods: .all) { records.append($0) }
                consistency.finish(log: &log)
                history.startFile(report.name, layout: ReportLayout(aspectCodes: summary.aspectCodes ?? [], kpiCodes: summary.kpiCodes ?? []))
                for record in records { history.add(record) }
            case .input:
                log.error(SourceLocation(file: report.name), configuration.language.text(.inputIsRecommendationsNotReport))
            case .refused(let why, let line, let column):
                log.error(SourceLocation(file: report.name, line: line, column: column), why)
            }
            checks.append(FileCheck(file: report.name, summary: summary, log: log))
        }
        let twice = history.finish()
        for (repeated, first) in twice where repeats == .error {
            guard let index = checks.firstIndex(where: { $0.file == repeated.file }) else { continue }
            checks[index].log.error(repeated, "this person's period is already at \(first.file):\(first.line); give each period of a person once", field: "periode")
        }
        return (history, checks)
    }
}
