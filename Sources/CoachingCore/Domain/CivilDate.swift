/// A calendar date without time or zone (the documents speak in Asia/Jakarta dates).
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date, or nil when it does not exist (31 April, 29 February 2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO form, `2026-11-25` (the year in four digits, so that it reads back).
    public var description: String {
        let y = year < 1000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Parses `yyyy-mm-dd` or, as Indonesian-locale Excel writes dates, `dd/mm/yyyy`.
    public init?(parsing text: some StringProtocol) {
        // The usual form, YYYY-MM-DD, straight from the bytes: the register and the documents
        // hold tens of thousands of dates.
        var year = 0, month = 0, day = 0, position = 0, iso = true
        for byte in text.utf8 {
            if position == 4 || position == 7 {
                iso = iso && byte == UInt8(ascii: "-")
            } else if position < 10, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                if position < 4 { year = year * 10 + digit } else if position < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
            } else {
                iso = false
            }
            position += 1
            if !iso { break }
        }
        if iso && position == 10 {
            self.init(year: year, month: month, day: day)
            return
        }
        let parts: [Substring]
        if text.contains("/") {
            parts = text.split(separator: "/", omittingEmptySubsequences: false).reversed().map { Substring($0) }
        } else {
            parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Substring($0) }
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
