import LibXML

/// Reads an XML input, streamed and validated against its XSD while it streams, into the
/// same typed records (and the same checks) as the CSV path.
struct XMLIngest {
    let configuration: Configuration
    let file: String
    /// The day of the run: NIPs dated after it are refused.
    let today: CivilDate

    // MARK: - Laporan Kinerja Agen

    /// Reads a Laporan Kinerja Agen, checking every row; `each` gets the records it accepts.
    func readReport(_ source: ByteSource, consistency: inout ReportConsistency, log: inout DiagnosticLog,
                    periods: RecordPeriods = .all, each: ((PerformanceRecord) -> Void)?) -> InputSummary {
        var summary = InputSummary(kind: .report, format: "xml")
        guard let (reader, adapter) = open(source, schema: InputSchemas.report, log: &log) else { return summary }
        var reading = XMLReportReading(file: file, today: today, language: configuration.language, wants: periods.filter(), each: each)
        while reader.next() {
            switch reader.kind {
            case .element:
                let name = reader.localNameBytes
                switch reader.depth {
                case 0:
                    guard expectRoot(reader, "laporanKinerja", other: "rekomendasiPerbaikan", log: &log) else { return summary }
                case 1 where FieldParsing.equals(name, "pegawai"):
                    reading.startRow(reader, consistency: &consistency, summary: &summary)
                    if reader.isEmptyElement { reading.finishRow(reader, endLine: reader.nodeLine, consistency: &consistency, log: &log) }
                case 2 where reading.inRow:
                    reading.addValue(reader, isAspect: FieldParsing.equals(name, "aspek"), log: &log)
                case 2 where reading.layout == nil:
                    reading.declareColumn(reader, isAspect: FieldParsing.equals(name, "aspek"))
                default: break
                }
            case .endElement where reader.depth == 1 && reading.inRow:
                reading.finishRow(reader, endLine: reader.nodeLine, consistency: &consistency, log: &log)
            default: break
            }
        }
        finish(reader, adapter, summary: &summary, counter: reading.counter, log: &log)
        return summary
    }

    // MARK: - Rekomendasi Perbaikan Kinerja Agen

    func readRecommendations(_ source: ByteSource, checks: inout RecommendationConsistency, log: inout DiagnosticLog,
                             periods: RecordPeriods = .all, each: ((Recommendation) -> Void)?) -> InputSummary {
        let wants = periods.filter()
        var summary = InputSummary(kind: .recommendations, format: "xml")
        guard let (reader, adapter) = open(source, schema: InputSchemas.recommendations, log: &log) else { return summary }
        let row = XMLRow(file: file, slotCount: RecommendationColumn.allCases.count)
        let decoder = RecommendationRowDecoder(today: today, language: configuration.language)
        var counter = SummaryCounter()
        var tracker = SchemaIssueTracker()
        var textSlot: Int?
        var inRow = false
        while reader.next() {
            switch reader.kind {
            case .element:
                let name = reader.localNameBytes
                switch reader.depth {
                case 0:
                    guard expectRoot(reader, "rekomendasiPerbaikan", other: "laporanKinerja", log: &log) else { return summary }
                case 1 where FieldParsing.equals(name, "butir"):
                    row.reset(line: reader.nodeLine)
                    inRow = true
                    reader.forEachAttribute { attribute, value in
                        let text = String(decoding: attribute, as: UTF8.self)
                        if let column = RecommendationColumn(rawValue: text) { row.append(slot: column.slot, value) }
                    }
                case 2 where inRow:
                    let text = String(decoding: name, as: UTF8.self)
                    if let column = RecommendationColumn(rawValue: text), column == .temuan || column == .rekomendasi {
                        textSlot = column.slot
                        row.append(slot: column.slot, UnsafeRawBufferPointer(start: nil, count: 0))
                    }
                default: break
                }
            case .text, .whitespace:
                if let textSlot { row.append(slot: textSlot, reader.valueBytes) }
            case .endElement:
                textSlot = nil
                if reader.depth == 1 && inRow {
                    inRow = false
                    counter.rows += 1
                    if tracker.rowHasIssues(reader.issues, from: row.line, to: reader.nodeLine) { continue }
                    guard let recommendation = decoder.decode(row, line: row.line, makeRecord: each != nil, wants: wants, log: &log) else { continue }
                    counter.add(periode: recommendation.periode, nip: recommendation.nip)
                    checks.add(recommendation, row: row, log: &log)
                    each?(recommendation)
                }
            default: break
            }
        }
        finish(reader, adapter, summary: &summary, counter: counter, log: &log)
        return summary
    }

    // MARK: - Shared

    /// A hardened, validating reader over `source`; nil (with a message) if libxml2 cannot start one.
    private func open(_ source: ByteSource, schema: XMLSchema, log: inout DiagnosticLog) -> (StreamingXMLReader, XMLSourceAdapter)? {
        let adapter = XMLSourceAdapter(source)
        guard let reader = StreamingXMLReader(source: adapter, name: file, schema: schema, issueLimit: log.limit) else {
            log.error(SourceLocation(file: file), configuration.language.text(.xmlCannotStart))
            return nil
        }
        return (reader, adapter)
    }

    /// Checks the root element; a swapped input gets a message that says so.
    private func expectRoot(_ reader: StreamingXMLReader, _ expected: String, other: String, log: inout DiagnosticLog) -> Bool {
        let name = reader.localName
        guard name == expected, reader.namespaceURI == InputSchemas.namespace else {
            let at = SourceLocation(file: file, line: reader.nodeLine)
            if name == other {
                log.error(at, configuration.language.text(.xmlWrongKind, ["other": other, "expected": expected]))
            } else {
                log.error(at, configuration.language.text(.xmlWrongRoot, ["name": name, "namespace": reader.namespaceURI, "expected": expected,
                                                                             "ours": InputSchemas.namespace]))
            }
            return false
        }
        return true
    }

    private func finish(_ reader: StreamingXMLReader, _ adapter: XMLSourceAdapter, summary: inout InputSummary,
                        counter: SummaryCounter, log: inout DiagnosticLog) {
        for issue in reader.issues {
            log.add(Self.diagnostic(issue, file: file, language: configuration.language))
        }
        // libxml2 stops keeping issues at the limit; the rest still count as errors.
        log.countUnlisted(errors: reader.droppedIssueCount)
        if let failure = adapter.failure {
            log.error(SourceLocation(file: file), configuration.language.text(.csvReadFailed, ["reason": configuration.language.describe(failure, path: file)]))
        }
        if counter.rows == 0 && reader.isValid {
            log.error(SourceLocation(file: file), configuration.language.text(.xmlNoRows))
        }
        counter.fill(&summary)
    }

    /// libxml2's message in a clerk's words: without our namespace in braces, and saying (in
    /// `language`) whether the file is broken XML or valid XML in the wrong shape. libxml2's
    /// own words follow as detail; they exist only in English.
    static func diagnostic(_ issue: XMLIssue, file: String, language: Language) -> Diagnostic {
        let message = issue.message.replacingOccurrences(of: "{\(InputSchemas.namespace)}", with: "")
        let at = SourceLocation(file: file, line: issue.line, column: issue.column)
        let severity: Diagnostic.Severity = issue.level == .warning ? .warning : .error
        if message.hasPrefix("document type declarations") {
            return Diagnostic(.error, at: at, language.text(.xmlDoctypeRefused))
        }
        if issue.isSchemaViolation {
            return Diagnostic(severity, at: at, language.text(.xmlSchemaViolation, ["detail": message]))
        }
        return Diagnostic(severity, at: at, language.text(.xmlNotWellFormed, ["detail": message]))
    }
}

/// Tells whether XSD validation complained about a given row, so the row's own checks do
/// not report the same problem a second time in other words.
struct SchemaIssueTracker {
    private var cursor = 0

    mutating func rowHasIssues(_ issues: [XMLIssue], from startLine: Int, to endLine: Int) -> Bool {
        var found = false
        while cursor < issues.count, issues[cursor].line <= endLine {
            if issues[cursor].line >= startLine { found = true }
            cursor += 1
        }
        return found
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
