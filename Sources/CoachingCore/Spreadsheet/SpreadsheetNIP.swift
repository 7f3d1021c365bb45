/// A NIP that a spreadsheet turned into a number. Eighteen digits do not fit a spreadsheet
/// number: Excel and LibreOffice keep 15 significant digits (a binary double holds 15 to 17),
/// so `198607282015091716` comes back as `1.98607282015092E+017` and its last three digits are
/// gone for good. What is left can still confirm a NIP known from elsewhere (the Jadwal), never
/// name one.
public struct SpreadsheetNIP: Sendable, Equatable {
    /// The fewest significant digits any spreadsheet keeps. A value showing fewer (`1.98607E+17`)
    /// is read as these 15 with the rest zero, so it matches only a NIP whose digits 7–15 are zero:
    /// a NIP cut shorter than a spreadsheet cuts it is refused, not guessed at.
    public static let digitsKept = 15

    /// As written.
    public var text: String
    /// The number's value, an integer of 18 digits (the NIP's size).
    public var value: UInt64
    /// Significant digits written, trailing zeros left out (`1.9860728201509E+17` shows 14).
    public var digitsShown: Int

    /// `1.98607282015092E+017`, `1,98607282015092E+17`, `1.98607282015092e17`, or the plain
    /// digits a number cell holds (`198607282015092000`). Nil unless the number has 18 digits
    /// before any decimal point: only then can it have been a NIP.
    public init?(parsing text: String) {
        self.text = text
        var digits: [UInt8] = [], exponent = 0, pointSeen = false, digitsBeforePoint = 0
        var bytes = Substring(text.trimmingASCIIWhitespace()).utf8[...]
        while let byte = bytes.first, byte != UInt8(ascii: "E"), byte != UInt8(ascii: "e") {
            bytes = bytes.dropFirst()
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits.isEmpty && byte == UInt8(ascii: "0") && !pointSeen { continue }
                guard digits.count < 40 else { return nil }
                digits.append(byte - UInt8(ascii: "0"))
                if !pointSeen { digitsBeforePoint += 1 }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !pointSeen else { return nil }
                pointSeen = true
            default:
                return nil
            }
        }
        if let e = bytes.first, e == UInt8(ascii: "E") || e == UInt8(ascii: "e") {
            let rest = String(Substring(bytes.dropFirst()))
            guard !rest.isEmpty, rest.count <= 5, let value = Int(rest.hasPrefix("+") ? String(rest.dropFirst()) : rest) else { return nil }
            exponent = value
        }
        // The value is 0.d1d2… × 10^(digitsBeforePoint + exponent); it must have 18 digits before the point.
        guard let first = digits.firstIndex(where: { $0 != 0 }), first == 0, digitsBeforePoint + exponent == 18 else { return nil }
        var value: UInt64 = 0
        for i in 0..<18 { value = value * 10 + UInt64(i < digits.count ? digits[i] : 0) }
        // Digits past the 18th would be a fraction of a NIP: not a number a NIP became.
        guard digits.dropFirst(18).allSatisfy({ $0 == 0 }) else { return nil }
        self.value = value
        digitsShown = (digits.prefix(18).lastIndex(where: { $0 != 0 }) ?? 0) + 1
    }

    /// The digits taken as kept: those shown, and at least the 15 every spreadsheet keeps.
    public var digitsTaken: Int { min(18, max(digitsShown, Self.digitsKept)) }

    /// True when `nip`, rounded to the digits kept the way spreadsheets round, gives this
    /// number: from its 18 digits or from the binary number a spreadsheet holds for it, and
    /// either at once or a digit at a time. LibreOffice does the latter: `200102202025091477`
    /// comes back as `2.00102202025092E+017` (…91477 → …9148 → …915 → …92), where rounding
    /// at once gives …91.
    public func agrees(with nip: NIP) -> Bool {
        let digits = digitsTaken
        return [nip.value, UInt64(Double(nip.value))].contains { held in
            value == Self.rounded(held, digits: digits) || value == Self.roundedStepwise(held, digits: digits)
        }
    }

    /// `nip` as this number would show it: the same digits kept, written the same way.
    public func shown(_ nip: NIP) -> String {
        let rounded = Self.rounded(nip.value, digits: digitsTaken)
        var digits = Array(String(rounded))
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let scientific = text.contains("E") || text.contains("e")
        guard scientific else { return String(rounded) }
        let mark: Character = text.contains(",") ? "," : "."
        let e = text.firstIndex { $0 == "E" || $0 == "e" }!
        let exponentText = text[text.index(after: e)...]
        let width = exponentText.filter(\.isASCIIDigit).count
        let exponent = String(17)
        let padded = String(repeating: "0", count: max(0, width - exponent.count)) + exponent
        let sign = exponentText.hasPrefix("+") ? "+" : ""
        let mantissa = digits.count > 1 ? "\(digits[0])\(mark)\(String(digits.dropFirst()))" : "\(digits[0])"
        return mantissa + String(text[e]) + sign + padded
    }

    /// `value` rounded half up one digit at a time, from the 17th down to `digits`.
    static func roundedStepwise(_ value: UInt64, digits: Int) -> UInt64 {
        var v = value
        for d in stride(from: 17, through: digits, by: -1) { v = rounded(v, digits: d) }
        return v
    }

    /// `value` rounded half up to `digits` significant digits of 18.
    static func rounded(_ value: UInt64, digits: Int) -> UInt64 {
        guard digits < 18 else { return value }
        var unit: UInt64 = 1
        for _ in 0..<(18 - digits) { unit *= 10 }
        return (value + unit / 2) / unit * unit
    }
}
