/// Text in the iCalendar format (RFC 5545), written by hand: content lines of
/// `NAME;PARAM=VALUE:value`, folded at 75 octets, each ended by CRLF.
///
/// The format is small and strict, so it is written here rather than through a library: every
/// value goes through ``text(_:)`` (TEXT escaping, §3.3.11) or ``parameter(_:)`` (§3.2), and
/// every line through ``line(_:_:_:)``, which folds it without cutting a UTF-8 character.
public struct ICalendarText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 2048) { bytes.reserveCapacity(capacity) }

    /// Appends one content line: `name`, its parameters in order, then `value` as given
    /// (already escaped where it is TEXT).
    public mutating func line(_ name: String, _ value: String) { line(name, [], value) }

    /// Appends one content line with parameters (values quoted by ``parameter(_:)``).
    public mutating func line(_ name: String, _ parameters: [(String, String)], _ value: String) {
        var content = Array(name.utf8)
        for (key, parameterValue) in parameters {
            content.append(UInt8(ascii: ";"))
            content += key.utf8
            content.append(UInt8(ascii: "="))
            content += Self.parameter(parameterValue).utf8
        }
        content.append(UInt8(ascii: ":"))
        content += value.utf8
        fold(content)
    }

    /// Appends lines written before (a VEVENT drawn once for several calendars).
    mutating func append(_ lines: [UInt8]) { bytes += lines }

    /// Lines longer than 75 octets are split (§3.1): CRLF and a space before each continuation,
    /// which counts towards the next line's 75. A split never falls inside a UTF-8 sequence.
    private mutating func fold(_ content: [UInt8]) {
        var start = 0, limit = 75
        while content.count - start > limit {
            var cut = start + limit
            while cut > start && content[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes += content[start..<cut]
            bytes += [0x0D, 0x0A, 0x20]
            start = cut
            limit = 74
        }
        bytes += content[start...]
        bytes += [0x0D, 0x0A]
    }

    /// A TEXT value: backslash, semicolon and comma escaped, a line break written `\n`, other
    /// control characters (which TEXT does not allow) dropped.
    public static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count + 8)
        var previousCR = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { break }
                out.unicodeScalars.append(scalar)
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`; double quotes and control
    /// characters, which a parameter cannot carry at all, are dropped.
    public static func parameter(_ value: String) -> String {
        var clean = ""
        var needsQuotes = false
        for scalar in value.unicodeScalars {
            if scalar == "\"" || scalar.value < 0x20 || scalar.value == 0x7F { continue }
            if scalar == ":" || scalar == ";" || scalar == "," { needsQuotes = true }
            clean.unicodeScalars.append(scalar)
        }
        return needsQuotes ? "\"\(clean)\"" : clean
    }

    /// A local date-time in Jakarta: `20261127T080000`.
    public static func localDateTime(_ date: CivilDate, minutes: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(date.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + two(date.month) + two(date.day)
            + "T" + two(minutes / 60) + two(minutes % 60) + "00"
    }
}
