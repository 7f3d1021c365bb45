/// Builds `;`-separated CSV lines straight into one byte buffer, with the same quoting and
/// formula neutralising as ``CSVWriter`` (`line(_:)` with `delimiter: ";"`, and
/// `neutralised(_:)` for text cells), but without an array of Strings per line: pembanding.csv
/// has about 300,000 lines, and the Strings of its fields were most of the time spent on it.
struct CSVLineBytes {
    private(set) var bytes: [UInt8] = []
    private var atLineStart = true
    /// Scratch for fields built from parts (row places), reused from line to line.
    private var scratch: [UInt8] = []

    private static let delimiter = UInt8(ascii: ";")
    private static let quote = UInt8(ascii: "\"")

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Ends the line (CRLF).
    mutating func endLine() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        atLineStart = true
    }

    private mutating func separate() {
        if !atLineStart { bytes.append(Self.delimiter) }
        atLineStart = false
    }

    /// A text cell as a spreadsheet must get it: ``CSVWriter/neutralised(_:)``, then quoted if needed.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { field(UnsafeRawBufferPointer($0), neutralise: true) }
    }

    /// A cell taken as it is (codes, dates, NIPs, header names): quoted if needed, never neutralised.
    mutating func plain(_ value: String) {
        var value = value
        value.withUTF8 { field(UnsafeRawBufferPointer($0), neutralise: false) }
    }

    /// A figure with two decimals and a decimal comma (``IndonesianNumber``); empty for nil.
    mutating func number(_ value: Double?) {
        separate()
        if let value { DecimalCommaBytes.append(value, to: &bytes) }
    }

    mutating func integer(_ value: Int) {
        separate()
        DecimalCommaBytes.appendInteger(value, to: &bytes)
    }

    mutating func nip(_ value: NIP) {
        separate()
        DecimalCommaBytes.appendDigits(value.value, width: 18, to: &bytes)
    }

    mutating func periode(_ value: Periode) {
        separate()
        Self.append(value, to: &bytes)
    }

    /// `2026-11-25`, as ``CivilDate/description``.
    mutating func date(_ value: CivilDate) {
        separate()
        DecimalCommaBytes.appendDigits(UInt64(value.year), width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        DecimalCommaBytes.appendDigits(UInt64(value.month), width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        DecimalCommaBytes.appendDigits(UInt64(value.day), width: 2, to: &bytes)
    }

    /// One place as `file:line`, a plain cell.
    mutating func place(_ source: SourceLocation) {
        var parts: [UInt8] = []
        var file = source.file
        file.withUTF8 { parts.append(contentsOf: $0) }
        parts.append(UInt8(ascii: ":"))
        DecimalCommaBytes.appendInteger(source.line, to: &parts)
        parts.withUnsafeBytes { field($0, neutralise: false) }
    }

    /// Periods separated by spaces (`2026-01 2026-02`).
    mutating func periods(_ rows: [SourceRow]) {
        separate()
        for (i, row) in rows.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            Self.append(row.periode, to: &bytes)
        }
    }

    /// The rows' places as `file:line file:line`, one text cell.
    mutating func places(_ rows: [SourceRow]) {
        var parts = scratch
        parts.removeAll(keepingCapacity: true)
        for (i, row) in rows.enumerated() {
            if i > 0 { parts.append(UInt8(ascii: " ")) }
            var file = row.source.file
            file.withUTF8 { parts.append(contentsOf: $0) }
            parts.append(UInt8(ascii: ":"))
            DecimalCommaBytes.appendInteger(row.source.line, to: &parts)
        }
        parts.withUnsafeBytes { field($0, neutralise: true) }
        scratch = parts
    }

    /// One header or data line of plain cells.
    mutating func plainLine(_ fields: [String]) {
        for f in fields { plain(f) }
        endLine()
    }

    // MARK: - Quoting

    private mutating func field(_ utf8: UnsafeRawBufferPointer, neutralise: Bool) {
        separate()
        let prefix = neutralise && Self.startsFormula(utf8)
        var plain = true
        for b in utf8 where b == Self.delimiter || b == Self.quote || b == 0x0A || b == 0x0D {
            plain = false
            break
        }
        // A leading `'` hides a leading space; an empty field has neither end.
        if (!prefix && utf8.first == 0x20) || utf8.last == 0x20 { plain = false }
        if plain {
            if prefix { bytes.append(UInt8(ascii: "'")) }
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(Self.quote)
        if prefix { bytes.append(UInt8(ascii: "'")) }
        for b in utf8 {
            if b == Self.quote { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(Self.quote)
    }

    /// ``CSVWriter``'s test: after any leading `'`, a character a spreadsheet reads as a formula.
    private static func startsFormula(_ utf8: UnsafeRawBufferPointer) -> Bool {
        guard let first = utf8.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return CSVWriter.formulaStarts.contains(first)
    }

    /// `2026-03`, as ``Periode/description``.
    static func append(_ p: Periode, to out: inout [UInt8]) {
        DecimalCommaBytes.appendInteger(p.year, to: &out)
        out.append(UInt8(ascii: "-"))
        DecimalCommaBytes.appendDigits(UInt64(p.month), width: 2, to: &out)
    }
}
