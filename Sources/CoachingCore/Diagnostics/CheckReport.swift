import Foundation

/// The output of `coaching check`: diagnostics and one summary line per file, as text for
/// people or JSON for programs.
public struct CheckReport {
    public let results: [FileCheck]
    /// The language of the text (the JSON's keys and values stay as they are, for programs).
    public let language: Language

    public init(results: [FileCheck], language: Language) {
        self.results = results
        self.language = language
    }

    public var errorCount: Int { results.reduce(0) { $0 + $1.log.errorCount } }
    public var warningCount: Int { results.reduce(0) { $0 + $1.log.warningCount } }

    /// Diagnostics file by file, then a summary line per file and a verdict.
    public var text: String {
        var out = ""
        for result in results {
            for diagnostic in result.log.sorted { out += diagnostic.formatted + "\n" }
            if result.log.omittedCount > 0 {
                out += language.text(.checkOmitted, ["file": result.file, "more": language.count(result.log.omittedCount, .nounProblem),
                                                     "limit": "\(result.log.limit)"]) + "\n"
            }
        }
        if !out.isEmpty { out += "\n" }
        for result in results { out += summaryLine(result) + "\n" }
        let warnings = language.count(warningCount, .nounWarning)
        out += errorCount == 0
            ? language.text(.checkNoErrors, ["warnings": warningCount > 0 ? language.text(.checkWarningsInParentheses, ["warnings": warnings]) : ""]) + "\n"
            : language.text(.checkHasErrors, ["errors": language.count(errorCount, .nounError), "warnings": warnings]) + "\n"
        return out
    }

    private func summaryLine(_ r: FileCheck) -> String {
        let s = r.summary
        var parts: [String] = []
        if let kind = s.kind {
            var format = s.format.uppercased()
            if let encoding = s.encoding { format += ", " + (encoding == "windows-1252" ? "Windows-1252" : "UTF-8") }
            parts.append("\(kind.title) (\(format))")
            parts.append(language.count(s.rows, .nounRow))
            parts.append(language.count(s.people, .nounPerson))
            if kind == .report { parts.append(language.count(s.teams, .nounTeam)) }
            if !s.periods.isEmpty {
                parts.append(s.periods.count == 1 ? language.text(.checkPeriod, ["period": s.periods[0].description])
                    : language.text(.checkPeriods, ["count": "\(s.periods.count)", "first": "\(s.periods.first!)", "last": "\(s.periods.last!)"]))
            }
        } else {
            parts.append(language.text(.checkNotRead))
        }
        return "\(r.file): " + parts.joined(separator: ", ") + "; " + language.count(r.log.errorCount, .nounError) + ", "
            + language.count(r.log.warningCount, .nounWarning)
    }

    private struct JSONFile: Encodable {
        var file: String
        var summary: InputSummary
        var errors: Int
        var warnings: Int
        var omitted: Int
        var diagnostics: [JSONDiagnostic]
    }

    private struct JSONDiagnostic: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var field: String?
    }

    private struct JSONReport: Encodable {
        var files: [JSONFile]
        var errors: Int
        var warnings: Int
    }

    /// Stable, sorted-key JSON.
    public var json: String {
        let files = results.map { r in
            JSONFile(file: r.file, summary: r.summary, errors: r.log.errorCount, warnings: r.log.warningCount,
                     omitted: r.log.omittedCount,
                     diagnostics: r.log.sorted.map {
                         JSONDiagnostic(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                                        severity: $0.severity.rawValue, message: $0.message, field: $0.field)
                     })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JSONReport(files: files, errors: errorCount, warnings: warningCount))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
