#if canImport(Glibc)
import Glibc
#endif

/// Reads typed values straight from a field's bytes, without making a String first: at a
/// million rows that is most of the cost of ingest.
enum FieldParsing {
    /// The outcome of reading a decimal number.
    enum Number: Equatable {
        case value(Double)
        case empty
        case invalid
        /// `1.234` in a `;` file: Indonesian Excel uses `.` for thousands, so it could be 1234.
        case ambiguousThousands
    }

    /// True when the bytes spell `text` exactly (a memcmp, no String).
    @inline(__always)
    static func equals(_ bytes: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        guard let base = bytes.baseAddress else { return text.utf8CodeUnitCount == 0 }
        return memcmp(base, text.utf8Start, bytes.count) == 0
    }

    /// True when both byte runs are the same.
    @inline(__always)
    static func equals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0 else { return true }
        return memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
    }

    /// The bytes without leading and trailing spaces or tabs.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[lo..<hi])
    }

    /// Reads `78`, `78.5`, `-3` and, when `decimalComma` is set (files separated by `;`), `78,5`.
    static func number(_ raw: UnsafeRawBufferPointer, decimalComma: Bool) -> Number {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty else { return .empty }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        var mantissa: UInt64 = 0
        var integerDigits = 0, fractionDigits = 0
        var separator: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                guard integerDigits + fractionDigits < 18 else { return .invalid }
                mantissa = mantissa * 10 + UInt64(b - 0x30)
                if separator == 0 { integerDigits += 1 } else { fractionDigits += 1 }
            } else if separator == 0 && (b == UInt8(ascii: ".") || (decimalComma && b == UInt8(ascii: ","))) {
                separator = b
            } else {
                return .invalid
            }
            i += 1
        }
        guard integerDigits > 0, separator == 0 || fractionDigits > 0 else { return .invalid }
        if decimalComma && separator == UInt8(ascii: ".") && fractionDigits == 3 && integerDigits <= 3 {
            return .ambiguousThousands
        }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= powersOfTen[fractionDigits] }
        return .value(negative ? -value : value)
    }

    private static let powersOfTen: [Double] = (0...18).map { (0..<$0).reduce(1.0) { x, _ in x * 10 } }

    /// Reads a non-negative whole number.
    static func integer(_ raw: UnsafeRawBufferPointer) -> Int? {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var n = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// The trimmed field as a String.
    static func string(_ raw: UnsafeRawBufferPointer) -> String {
        String(decoding: trimmed(raw), as: UTF8.self)
    }

    /// The field as the clerk typed it, shortened for messages.
    static func shown(_ raw: UnsafeRawBufferPointer) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// Reads a `YYYY-MM` period from bytes without allocating; falls back to the lenient
    /// String parser for the forms Excel produces.
    static func periode(_ raw: UnsafeRawBufferPointer) -> Periode? {
        let b = trimmed(raw)
        if b.count == 7, b[4] == UInt8(ascii: "-") {
            var y = 0, m = 0
            for k in 0..<4 { guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }; y = y * 10 + Int(b[k] - 0x30) }
            for k in 5..<7 { guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }; m = m * 10 + Int(b[k] - 0x30) }
            return Periode(year: y, month: m)
        }
        return Periode(parsing: String(decoding: b, as: UTF8.self))
    }
}
