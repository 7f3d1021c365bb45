/// A time of day as spreadsheets write it back: `07.30` (Indonesian), `7:30`, `07:30:00`,
/// `07.30.00`, a fraction of a day (`0.3125`, `0,3125`, or a number cell), or `730` (Excel in
/// an Indonesian locale may read `07.30` with `.` as the thousands separator).
public enum SpreadsheetTime {
    /// Minutes after midnight, or nil when `text` is no time of day. Seconds are dropped
    /// (spreadsheets write `:00`).
    public static func minutes(parsing text: String) -> Int? {
        let t = text.trimmingASCIIWhitespace()
        guard !t.isEmpty else { return nil }
        if let separator = t.first(where: { $0 == ":" || $0 == "." }) {
            let parts = t.split(separator: separator, omittingEmptySubsequences: false)
            if (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
               parts.dropFirst().allSatisfy({ $0.count == 2 }),
               let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 {
                guard parts.count == 2 || (Int(parts[2]) ?? 60) < 60 else { return nil }
                return h * 60 + m
            }
        }
        if (3...4).contains(t.count), t.allSatisfy(\.isASCIIDigit), let hhmm = Int(t), hhmm / 100 < 24, hhmm % 100 < 60 {
            return hhmm / 100 * 60 + hhmm % 100
        }
        // A fraction of a day: 0.3125 is 07.30.
        if let fraction = Double(t.replacingOccurrences(of: ",", with: ".")), t.hasPrefix("0"), fraction >= 0, fraction < 1 {
            return minutes(dayFraction: fraction)
        }
        return nil
    }

    /// The time of day of a number cell: its fraction of a day (a date and time keeps its day in the whole part).
    public static func minutes(dayFraction value: Double) -> Int? {
        guard value.isFinite, value >= 0 else { return nil }
        let minutes = Int(((value - value.rounded(.down)) * 1440).rounded())
        return minutes == 1440 ? 0 : minutes
    }
}
