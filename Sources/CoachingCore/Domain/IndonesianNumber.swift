/// Numbers as Indonesian documents and spreadsheets in an Indonesian locale write them: a
/// decimal comma and a dot between thousands (`62,4`, `1.234`, `87,5 %`). Hand-written, like the
/// day and month names, because locale data differs between platforms.
public enum IndonesianNumber {
    /// `x` rounded to `decimals` places, without a trailing `,0`: 62.44 → `62,4`, 80 → `80`,
    /// 1234.5 → `1.234,5`, -3.25 → `-3,3` (halves away from zero). With `fixed`, every place is
    /// written (80 → `80,0`), so a column of figures lines up and `78,0` beside `78,8` does not
    /// look like a rounder measurement.
    public static func format(_ x: Double, decimals: Int = 1, fixed: Bool = false) -> String {
        guard x.isFinite else { return x.isNaN ? "-" : (x < 0 ? "-∞" : "∞") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = (scaled / scale).rounded(.towardZero)
        var fraction = Int((scaled - whole * scale).rounded())
        var digits = ""
        for _ in 0..<max(0, decimals) {
            digits = String(fraction % 10) + digits
            fraction /= 10
        }
        while !fixed, digits.hasSuffix("0") { digits.removeLast() }
        let sign = x < 0 && scaled > 0 ? "-" : ""
        return sign + grouped(whole) + (digits.isEmpty ? "" : "," + digits)
    }

    /// A share (0.875) as a percentage with one decimal: `87,5 %`.
    public static func percent(_ share: Double) -> String {
        format(share * 100) + " %"
    }

    /// `1234567` → `1.234.567`.
    static func grouped(_ whole: Double) -> String {
        // Scores, counts and seconds: far below where a Double stops holding whole numbers.
        let text = String(Int(min(whole, 9e15)))
        var out = ""
        for (i, c) in text.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return String(out.reversed())
    }
}
