/// Text as SpreadsheetML stores it. XML 1.0 cannot hold most control characters, so the format
/// writes them as `_xHHHH_` (`_x0007_` for BEL), and a literal `_x0041_` as `_x005F_x0041_`
/// so that it reads back as written. Tab, line feed and carriage return are kept as they are.
enum OOXMLText {
    /// `text` ready for a `<t>` element.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || $0 == "_" }) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            if needsEscape(c) {
                out.append(contentsOf: hex(c.value).unicodeScalars)
            } else if c == "_", isEscape(scalars, at: i) {
                out.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// The text a `<t>` element stands for.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if isEscape(scalars, at: i), let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// Characters XML 1.0 cannot hold, and the other C0 controls a cell should not lose.
    private static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF
    }

    /// `_xHHHH_` starts at `i`.
    private static func isEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i] == "_", s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_"
    }
}
