/// The ingest stage as the pipeline uses it: both inputs read into memory, checked, with
/// their diagnostics. The value handed to the candidates stage.
public struct LoadedInputs: Sendable {
    public var reportFile: String
    public var recommendationsFile: String?
    public var layout: ReportLayout
    public var records: [PerformanceRecord]
    public var recommendations: [Recommendation]
    public var checks: [FileCheck]

    public var hasErrors: Bool { checks.contains { $0.log.hasErrors } }
}

/// Reads the Laporan Kinerja Agen and (optionally) the Rekomendasi for the later stages.
public struct InputLoader {
    public let configuration: Configuration

    public init(configuration: Configuration) { self.configuration = configuration }

    /// Reads both files. Only the rows of one period are kept (`periode`, else the latest in the
    /// report), so a year of a large office fits in memory.
    public func load(report: InputFile, recommendations: InputFile?, periode wanted: Periode? = nil) throws -> LoadedInputs {
        let sniffer = InputSniffer(aliases: configuration.input.headerAliases)
        var consistency = ReportConsistency()
        var records: [PerformanceRecord] = []
        let layout: ReportLayout
        var checks: [FileCheck] = []

        let reportPeek = try PeekingByteSource(report.source)
        var log = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
        var summary = InputSummary(kind: .report, format: "?")
        switch sniffer.sniff(reportPeek.head) {
        case .input(let format, let kind) where kind == .report || kind == nil:
            let ingest = AnyIngest(format: format, configuration: configuration, file: report.name)
            var kept: Periode? = wanted
            summary = ingest.readReport(reportPeek, consistency: &consistency, log: &log,
                                        periods: wanted.map { .only($0) } ?? .latest) { record in
                if let current = kept {
                    if record.periode == current { records.append(record) }
                    else if wanted == nil && record.periode > current { records = [record]; kept = record.periode }
                } else {
                    records.append(record)
                    kept = record.periode
                }
            }
            consistency.finish(log: &log)
        case .input:
            log.error(SourceLocation(file: report.name), "this is a Rekomendasi Perbaikan Kinerja Agen, not the Laporan Kinerja Agen")
        case .refused(let why, let line, let column):
            log.error(SourceLocation(file: report.name, line: line, column: column), why)
        }
        checks.append(FileCheck(file: report.name, summary: summary, log: log))
        layout = ReportLayout(aspectCodes: summary.aspectCodes ?? [], kpiCodes: summary.kpiCodes ?? [])

        var recommendationRecords: [Recommendation] = []
        if let recommendations {
            let peek = try PeekingByteSource(recommendations.source)
            var recLog = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
            var recSummary = InputSummary(kind: .recommendations, format: "?")
            switch sniffer.sniff(peek.head) {
            case .input(let format, let kind) where kind == .recommendations || kind == nil:
                var checker = RecommendationConsistency(report: consistency, configuredAspects: configuration.rules.aspectMinimum.keys)
                let ingest = AnyIngest(format: format, configuration: configuration, file: recommendations.name)
                let keep = wanted ?? records.first?.periode
                recSummary = ingest.readRecommendations(peek, checks: &checker, log: &recLog) { recommendation in
                    if keep == nil || recommendation.periode == keep { recommendationRecords.append(recommendation) }
                }
            case .input:
                recLog.error(SourceLocation(file: recommendations.name), "this is a Laporan Kinerja Agen, not the Rekomendasi Perbaikan Kinerja Agen")
            case .refused(let why, let line, let column):
                recLog.error(SourceLocation(file: recommendations.name, line: line, column: column), why)
            }
            checks.append(FileCheck(file: recommendations.name, summary: recSummary, log: recLog))
        }
        return LoadedInputs(reportFile: report.name, recommendationsFile: recommendations?.name, layout: layout,
                            records: records, recommendations: recommendationRecords, checks: checks)
    }
}
