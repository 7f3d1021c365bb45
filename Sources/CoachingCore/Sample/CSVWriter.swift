/// Writes RFC 4180 CSV: a field is quoted only when it must be (delimiter, quote, line
/// break, or spaces at either end that a reader might trim), quotes are doubled, lines end in CRLF.
public struct CSVWriter: Sendable {
    public var delimiter: Character

    public init(delimiter: Character = ",") { self.delimiter = delimiter }

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
            bytes += (fields.map(escape).joined(separator: String(delimiter)) + "\r\n").utf8
            return
        }
        for (i, field) in fields.enumerated() {
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
