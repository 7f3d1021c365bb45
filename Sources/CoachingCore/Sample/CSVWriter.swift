/// Writes RFC 4180 CSV: a field is quoted only when it must be (delimiter, quote, line
/// break, or spaces at either end that a reader might trim), quotes are doubled, lines end in CRLF.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    /// For files a person opens in a spreadsheet: a cell that begins with `=`, `+`, `-`, `@`,
    /// tab or carriage return would be taken for a formula, so it gets a leading `'` (as OWASP
    /// recommends against CSV injection). ``restoringFormulaText(_:)`` takes it off again.
    public var neutralisesFormulas: Bool

    public init(delimiter: Character = ",", forSpreadsheet: Bool = false) {
        self.delimiter = delimiter
        neutralisesFormulas = forSpreadsheet
    }

    /// The first characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// `field` as it goes into a spreadsheet's file: with a leading `'` when it would start a
    /// formula. A field that already starts with `'` before such a character gets one more,
    /// so that reading back is exact for every value.
    func neutralised(_ field: String) -> String {
        neutralisesFormulas && Self.startsFormula(field.utf8) ? "'" + field : field
    }

    /// A value read back from a file written for a spreadsheet: the `'` put before a would-be
    /// formula is taken off; anything else is returned as it is.
    public static func restoringFormulaText(_ field: String) -> String {
        let utf8 = field.utf8
        guard utf8.first == UInt8(ascii: "'"), startsFormula(utf8.dropFirst()) else { return field }
        return String(field.dropFirst())
    }

    /// After any leading `'`, the first character is one a spreadsheet reads as a formula.
    private static func startsFormula(_ utf8: some Collection<UInt8>) -> Bool {
        guard let first = utf8.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return formulaStarts.contains(first)
    }

    /// One line, CRLF included.
    public func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one line, CRLF included, to `bytes`: for files of many thousand lines, with
    /// no string per field or line in between.
    public func append(_ fields: [String], to bytes: inout [UInt8]) {
        guard let ascii = delimiter.asciiValue else {
            bytes += (fields.map { escape(neutralised($0)) }.joined(separator: String(delimiter)) + "\r\n").utf8
            return
        }
        for (i, original) in fields.enumerated() {
            let field = neutralised(original)
            if i > 0 { bytes.append(ascii) }
            let utf8 = field.utf8
            let plain = !utf8.contains { $0 == ascii || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                && utf8.first != 0x20 && utf8.last != 0x20
            if plain {
                bytes += utf8
                continue
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes += [0x0D, 0x0A]
    }

    /// `field` quoted as it must be (not neutralised: see ``neutralisesFormulas``).
    public func escape(_ field: String) -> String {
        // The common case, checked on bytes: an ASCII delimiter, and nothing to quote.
        if let ascii = delimiter.asciiValue {
            var plain = true
            for byte in field.utf8 where byte == ascii || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
            if plain && field.utf8.first != 0x20 && field.utf8.last != 0x20 { return field }
        }
        // Look at scalars, not Characters: "," followed by a combining mark is one Character
        // that is not equal to ",", yet a reader still sees the delimiter byte.
        let delimiterScalars = delimiter.unicodeScalars
        let needsQuotes = field.unicodeScalars.contains { c in
            c == "\"" || c == "\n" || c == "\r" || delimiterScalars.contains(c)
        } || field.unicodeScalars.first == " " || field.unicodeScalars.last == " "
        guard needsQuotes else { return field }
        var result = "\""
        for c in field.unicodeScalars {
            if c == "\"" { result += "\"\"" } else { result.unicodeScalars.append(c) }
        }
        return result + "\""
    }
}
