/// A reporting period, one calendar month (`2026-10`).
public struct Periode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

    public static func < (a: Periode, b: Periode) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// The month before this one.
    public var previous: Periode { month == 1 ? Periode(year: year - 1, month: 12)! : Periode(year: year, month: month - 1)! }

    /// Parses `YYYY-MM`; also what Excel makes of it when it turns the cell into a date:
    /// `dd/mm/yyyy`, `mm/yyyy` or `yyyy-mm-dd`.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: text.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if text.contains("/") {
            switch parts.count {
            case 2 where parts[1].count == 4 && parts[0].count <= 2:
                guard let m = Int(parts[0]), let y = Int(parts[1]) else { return nil }
                self.init(year: y, month: m)
            case 3:
                guard let date = CivilDate(parsing: text) else { return nil }
                self.init(year: date.year, month: date.month)
            default: return nil
            }
        } else {
            switch parts.count {
            case 2 where parts[0].count == 4 && parts[1].count == 2:
                guard let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
                self.init(year: y, month: m)
            case 3:
                guard let date = CivilDate(parsing: text) else { return nil }
                self.init(year: date.year, month: date.month)
            default: return nil
            }
        }
    }
}
