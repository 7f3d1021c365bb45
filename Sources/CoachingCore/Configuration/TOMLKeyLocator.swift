import Foundation

/// Finds the line on which a key of a TOML file is set.
///
/// TOMLKit reports positions for syntax errors only, but a clerk fixing a wrong value needs
/// its line too. This scans the text the way TOML lays out tables: `[a.b]`, `[[a.b]]`
/// (counted, so `people.quality_assessors[1].nip` works), `key = …` and dotted keys.
struct TOMLKeyLocator {
    private var lines: [String: Int] = [:]

    init(text: String) {
        var table = ""
        var arrayCounts: [String: Int] = [:]
        var depth = 0                 // open brackets of a multi-line array
        var inMultilineString = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.trimmingASCIIWhitespace()
            if inMultilineString {
                if line.contains("\"\"\"") || line.contains("'''") { inMultilineString = false }
                continue
            }
            if depth > 0 {
                depth += Self.bracketBalance(line)
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let name = Self.key(line.dropFirst(2).prefix { $0 != "]" })
                let n = arrayCounts[name, default: -1] + 1
                arrayCounts[name] = n
                table = "\(name)[\(n)]"
                lines[table] = number
                lines[name] = lines[name] ?? number
            } else if line.hasPrefix("[") {
                table = Self.key(line.dropFirst().prefix { $0 != "]" })
                lines[table] = number
            } else if let equals = line.firstIndex(of: "=") {
                let key = Self.key(line[..<equals])
                let path = table.isEmpty ? key : "\(table).\(key)"
                lines[path] = number
                let value = line[line.index(after: equals)...]
                if value.contains("\"\"\"") && value.components(separatedBy: "\"\"\"").count == 2 { inMultilineString = true }
                depth = max(0, Self.bracketBalance(String(value)))
            }
        }
    }

    /// The line of `path` (`rules.quality_minimum`), or of the nearest enclosing table.
    func line(of path: String) -> Int {
        var candidate = path
        while true {
            if let line = lines[candidate] { return line }
            guard let dot = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return 0 }
            candidate = String(candidate[..<dot])
        }
    }

    private static func key(_ text: Substring) -> String {
        text.split(separator: ".").map { $0.trimmingASCIIWhitespace().trimmingQuotes() }.joined(separator: ".")
    }

    private static func bracketBalance(_ text: String) -> Int {
        var balance = 0, inString = false
        for c in text {
            if c == "\"" { inString.toggle() }
            else if !inString && c == "#" { break }
            else if !inString && c == "[" { balance += 1 }
            else if !inString && c == "]" { balance -= 1 }
        }
        return balance
    }
}

private extension String {
    func trimmingQuotes() -> String {
        if count >= 2, let f = first, f == last, f == "\"" || f == "'" { return String(dropFirst().dropLast()) }
        return self
    }
}
