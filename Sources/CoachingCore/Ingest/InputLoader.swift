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
    /// The day of the run (WIB): NIPs whose birth date or start of service lies after it are refused.
    public let today: CivilDate

    public init(configuration: Configuration, today: CivilDate) {
        self.configuration = configuration
        self.today = today
    }

    /// Reads both files. Only the rows of one period are kept (`periode`, else the latest in the
    /// report), so a year of a large office fits in memory.
    public func load(report: InputFile, recommendations: InputFile?, periode wanted: Periode? = nil) throws -> LoadedInputs {
        let sniffer = InputSniffer(aliases: configuration.input.headerAliases, language: configuration.language)
        var consistency = ReportConsistency(language: configuration.language)
        var records: [PerformanceRecord] = []
        let layout: ReportLayout
        var checks: [FileCheck] = []

        let reportPeek = try PeekingByteSource(report.source)
        var log = DiagnosticLog(limit: configuration.input.maxProblemsPerFile)
        var summary = InputSummary(kind: .report, format: "?")
        switch sniffer.sniff(reportPeek.head) {
        case .input(let format, let kind) where kind == .report || kind == nil:
            let ingest = AnyIngest(format: format, configuration: configuration, file: report.name, today: today)
            var kept: Periode? = wanted
            summary = ingest.readReport(reportPeek, consistency: &consistency, log: &log,
                                        periods: wanted.map { .only($0) } ?? latestGuess(reportPeek)) { record in
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
            log.error(SourceLocation(file: report.name), configuration.language.text(.inputIsRecommendationsNotReport))
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
                var checker = RecommendationConsistency(report: consistency, configuredAspects: configuration.rules.aspectMinimum.keys, language: configuration.language)
                let ingest = AnyIngest(format: format, configuration: configuration, file: recommendations.name, today: today)
                let keep = wanted ?? records.first?.periode
                recSummary = ingest.readRecommendations(peek, checks: &checker, log: &recLog,
                                                        periods: keep.map { .only($0) } ?? .all) { recommendation in
                    if keep == nil || recommendation.periode == keep { recommendationRecords.append(recommendation) }
                }
            case .input:
                recLog.error(SourceLocation(file: recommendations.name), configuration.language.text(.inputIsReportNotRecommendations))
            case .refused(let why, let line, let column):
                recLog.error(SourceLocation(file: recommendations.name, line: line, column: column), why)
            }
            checks.append(FileCheck(file: recommendations.name, summary: recSummary, log: recLog))
        }
        return LoadedInputs(reportFile: report.name, recommendationsFile: recommendations?.name, layout: layout,
                            records: records, recommendations: recommendationRecords, checks: checks)
    }

    /// The latest period of a CSV report, guessed from its first and last rows without reading
    /// the rest, so rows of earlier periods need not become records (reports are usually in
    /// period order). A wrong guess costs only time: the guess is a floor, not a filter.
    private func latestGuess(_ source: PeekingByteSource) -> RecordPeriods {
        guard let file = source.randomAccess, file.byteCount > 1 << 20 else { return .latest }
        let head = source.head
        guard let headerEnd = head.firstIndex(of: 0x0A) else { return .latest }
        let header = String(decoding: head[..<headerEnd], as: UTF8.self)
        let delimiter: Character = [",", ";", "\t"].max { a, b in header.filter { $0 == a }.count < header.filter { $0 == b }.count } ?? ","
        let names = header.split(separator: delimiter, omittingEmptySubsequences: false)
            .map { HeaderName.canonical(String($0).filter { $0 != "\"" && $0 != "\u{FEFF}" }, aliases: configuration.input.headerAliases) }
        guard let column = names.firstIndex(of: "periode") else { return .latest }
        func periode(_ line: Substring) -> Periode? {
            let fields = line.split(separator: delimiter, omittingEmptySubsequences: false)
            return column < fields.count ? Periode(parsing: fields[column].trimmingASCIIWhitespace()) : nil
        }
        var tail = [UInt8](repeating: 0, count: 1 << 16)
        let offset = max(0, file.byteCount - tail.count)
        let n = (try? tail.withUnsafeMutableBytes { try file.read(at: offset, into: $0) }) ?? 0
        let lines = String(decoding: tail[..<n], as: UTF8.self).split(whereSeparator: \.isNewline)
        let firstData = String(decoding: head[(headerEnd + 1)...], as: UTF8.self).split(whereSeparator: \.isNewline).first
        let guesses = [lines.last.flatMap(periode), firstData.flatMap(periode)].compactMap { $0 }
        return guesses.max().map { .latestFrom($0) } ?? .latest
    }
}
