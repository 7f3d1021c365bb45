import Foundation

/// The output of `coaching check`: diagnostics and one summary line per file, as text for
/// people or JSON for programs.
public struct CheckReport {
    public let results: [FileCheck]

    public init(results: [FileCheck]) { self.results = results }

    public var errorCount: Int { results.reduce(0) { $0 + $1.log.errorCount } }
    public var warningCount: Int { results.reduce(0) { $0 + $1.log.warningCount } }

    /// Diagnostics file by file, then a summary line per file and a verdict.
    public var text: String {
        var out = ""
        for result in results {
            for diagnostic in result.log.sorted { out += diagnostic.formatted + "\n" }
            if result.log.omittedCount > 0 {
                out += "\(result.file): note: \(result.log.omittedCount) more problem\(result.log.omittedCount == 1 ? "" : "s") not shown (the first \(result.log.limit) are listed)\n"
            }
        }
        if !out.isEmpty { out += "\n" }
        for result in results { out += summaryLine(result) + "\n" }
        out += errorCount == 0
            ? "No errors\(warningCount > 0 ? " (\(warningCount) warning\(warningCount == 1 ? "" : "s"))" : ""): the inputs can be used.\n"
            : "\(errorCount) error\(errorCount == 1 ? "" : "s") and \(warningCount) warning\(warningCount == 1 ? "" : "s"): fix the errors and check again.\n"
        return out
    }

    private func summaryLine(_ r: FileCheck) -> String {
        let s = r.summary
        var parts: [String] = []
        if let kind = s.kind {
            var format = s.format.uppercased()
            if let encoding = s.encoding { format += ", " + (encoding == "windows-1252" ? "Windows-1252" : "UTF-8") }
            parts.append("\(kind.title) (\(format))")
            parts.append(count(s.rows, "row"))
            parts.append(count(s.people, "person", "people"))
            if kind == .report { parts.append(count(s.teams, "team")) }
            if !s.periods.isEmpty {
                parts.append(s.periods.count == 1 ? "period \(s.periods[0])" : "\(s.periods.count) periods \(s.periods.first!)…\(s.periods.last!)")
            }
        } else {
            parts.append("not read")
        }
        return "\(r.file): " + parts.joined(separator: ", ") + "; " + count(r.log.errorCount, "error") + ", " + count(r.log.warningCount, "warning")
    }

    private func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : (many ?? one + "s"))"
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
