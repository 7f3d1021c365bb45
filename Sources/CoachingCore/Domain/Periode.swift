/// A reporting period, one calendar month (`2026-10`).
///
/// Stored as a month count so it hashes and compares as one small integer: a million
/// report rows key their people by it.
public struct Periode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Months since January of year 0.
    let monthCount: Int32

    public var year: Int { Int(monthCount) / 12 }
    public var month: Int { Int(monthCount) % 12 + 1 }

    public init?(year: Int, month: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        monthCount = Int32(year * 12 + month - 1)
    }

    init(monthCount: Int32) { self.monthCount = monthCount }

    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

    public static func < (a: Periode, b: Periode) -> Bool { a.monthCount < b.monthCount }

    /// The month before this one.
    public var previous: Periode { Periode(monthCount: monthCount - 1) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Periode(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid period \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Parses `YYYY-MM`; also what Excel makes of it when it turns the cell into a date:
    /// `dd/mm/yyyy`, `mm/yyyy` or `yyyy-mm-dd`.
    public init?(parsing text: some StringProtocol) {
        let slash = text.contains("/")
        let parts = text.split(separator: slash ? "/" : "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        switch parts.count {
        case 2 where slash && parts[1].count == 4 && parts[0].count <= 2:
            guard let m = Int(parts[0]), let y = Int(parts[1]) else { return nil }
            self.init(year: y, month: m)
        case 2 where !slash && parts[0].count == 4 && parts[1].count == 2:
            guard let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            self.init(year: y, month: m)
        case 3:
            guard let date = CivilDate(parsing: text) else { return nil }
            self.init(year: date.year, month: date.month)
        default:
            return nil
        }
    }
}
