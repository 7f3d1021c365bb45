/// Appends numbers to a byte buffer exactly as ``IndonesianNumber/format(_:decimals:)``
/// writes them (decimal comma, `.` between thousands, no trailing zeros, halves away from
/// zero), without the Strings that function makes: pembanding.csv holds about two million
/// figures, and formatting them as Strings was most of its two seconds.
enum DecimalCommaBytes {
    /// `x` with at most two decimals (the tables' figures). The arithmetic is the same as
    /// ``IndonesianNumber/format(_:decimals:)``'s step for step, so the digits are the same.
    static func append(_ x: Double, to out: inout [UInt8]) {
        guard x.isFinite else {
            out += Array(IndonesianNumber.format(x, decimals: 2).utf8)
            return
        }
        let scale = 100.0
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = (scaled / scale).rounded(.towardZero)
        let fraction = Int((scaled - whole * scale).rounded())
        if x < 0 && scaled > 0 { out.append(UInt8(ascii: "-")) }
        appendGrouped(Int(min(whole, 9e15)), to: &out)
        let tens = (fraction / 10) % 10, units = fraction % 10
        if tens == 0 && units == 0 { return }
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: "0") + UInt8(tens))
        if units != 0 { out.append(UInt8(ascii: "0") + UInt8(units)) }
    }

    /// `1234567` → `1.234.567` (non-negative whole numbers).
    static func appendGrouped(_ value: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            for i in stride(from: count - 1, through: 0, by: -1) {
                out.append(buffer[i])
                if i > 0 && i % 3 == 0 { out.append(UInt8(ascii: ".")) }
            }
        }
    }

    /// A whole number in plain digits (`-12`, `345`), as `String(n)` writes it.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            appendDigits(UInt64(value.magnitude), to: &out)
        } else {
            appendDigits(UInt64(value), to: &out)
        }
    }

    /// `value` in decimal, at least `width` digits (leading zeros).
    static func appendDigits(_ value: UInt64, width: Int = 1, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0 || count < width
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }
}
