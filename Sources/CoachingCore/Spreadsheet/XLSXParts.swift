import LibXML

/// `xl/workbook.xml`: the sheets in order and the date system.
struct WorkbookPart {
    var sheets: [(name: String, relationship: String)] = []
    var date1904 = false

    init(_ bytes: [UInt8], part: String, file: String) throws(XLSXPackage.Refusal) {
        var sheets: [(name: String, relationship: String)] = []
        var date1904 = false
        try XMLPart.walk(bytes, part: part, file: file) { reader in
            guard reader.kind == .element else { return }
            switch reader.localName {
            case "workbookPr":
                let value = XMLPart.attribute(reader, "date1904")
                date1904 = value == "1" || value == "true"
            case "sheet":
                // `r:id`: its local name is `id` (the sheet's number is `sheetId`).
                sheets.append((XMLPart.attribute(reader, "name") ?? "", XMLPart.attribute(reader, "id") ?? ""))
            default: break
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
    }
}

/// `xl/sharedStrings.xml`: the texts cells of type `s` refer to by number.
enum SharedStringsPart {
    static func read(_ bytes: [UInt8], part: String, file: String, limit: Int) throws(XLSXPackage.Refusal) -> [String] {
        var strings: [String] = []
        var current = "", inItem = false, inText = false, phonetic = false
        try XMLPart.walk(bytes, part: part, file: file) { reader throws(XLSXPackage.Refusal) in
            switch reader.kind {
            case .element:
                switch reader.localName {
                case "si":
                    current = ""
                    inItem = !reader.isEmptyElement
                    if reader.isEmptyElement { strings.append("") }
                case "t": inText = inItem && !phonetic && !reader.isEmptyElement
                // Phonetic guides (furigana) are not part of the text.
                case "rPh": phonetic = !reader.isEmptyElement
                default: break
                }
            case .text, .whitespace:
                if inText { current += String(decoding: reader.valueBytes, as: UTF8.self) }
            case .endElement:
                switch reader.localName {
                case "si":
                    guard strings.count < limit else {
                        throw XLSXPackage.Refusal(.xlsxTooManyTexts, ["limit": "\(limit)"])
                    }
                    strings.append(OOXMLText.unescaped(current))
                    inItem = false
                case "t": inText = false
                case "rPh": phonetic = false
                default: break
                }
            default: break
            }
        }
        return strings
    }
}

/// `xl/styles.xml`, for one thing only: which cell formats show a number as a date or time.
enum StylesPart {
    /// Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// The indices (the `s` of a cell) of the cell formats that show dates or times.
    static func dateStyles(_ bytes: [UInt8], part: String, file: String) throws(XLSXPackage.Refusal) -> Set<Int> {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var cellXfsDepth: Int?
        try XMLPart.walk(bytes, part: part, file: file) { reader in
            switch reader.kind {
            case .element:
                switch reader.localName {
                case "numFmt":
                    if let id = XMLPart.attribute(reader, "numFmtId").flatMap({ Int($0) }) { custom[id] = XMLPart.attribute(reader, "formatCode") ?? "" }
                case "cellXfs":
                    if !reader.isEmptyElement { cellXfsDepth = reader.depth }
                case "xf":
                    if let depth = cellXfsDepth, reader.depth == depth + 1 {
                        formats.append(XMLPart.attribute(reader, "numFmtId").flatMap { Int($0) } ?? 0)
                    }
                default: break
                }
            case .endElement:
                if reader.localName == "cellXfs" { cellXfsDepth = nil }
            default: break
            }
        }
        var result: Set<Int> = []
        for (index, id) in formats.enumerated() where builtInDateFormats.contains(id) || custom[id].map(isDateFormat) == true {
            result.insert(index)
        }
        return result
    }

    /// A format code shows a date or time when, outside quoted text, escapes and `[…]`
    /// (colours, locales), it has a day, month, year, hour or second placeholder. `[h]`,
    /// `[mm]`, `[ss]` are elapsed times.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false, bracket = ""
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            if inQuotes { if c == "\"" { inQuotes = false }; continue }
            if inBrackets {
                if c == "]" {
                    inBrackets = false
                    if !bracket.isEmpty, bracket.allSatisfy({ "hms".contains($0) }) { return true }
                } else { bracket.append(c) }
                continue
            }
            switch c {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": inBrackets = true; bracket = ""
            case ";": return false // only the first section decides
            case "d", "m", "y", "h", "s": return true
            default: break
            }
        }
        return false
    }
}

/// A sheet part, `xl/worksheets/sheetN.xml`: the cells, by row and column.
struct SheetPart {
    let shared: [String]
    let dateStyles: Set<Int>
    /// The most cells kept.
    let limit: Int
    var rows: [Int: [Int: SpreadsheetTable.Value]] = [:]
    /// Cells that could not be read, by row and column.
    var problems: [(row: Int, column: Int, message: Message)] = []
    private var count = 0

    init(shared: [String], dateStyles: Set<Int>, limit: Int) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.limit = limit
    }

    /// The cell being read.
    private struct Open {
        var reference: CellReference
        var type: String
        var style: Int
        var value = ""
        var text = ""
    }

    mutating func read(_ bytes: [UInt8], part: String, file: String) throws(XLSXPackage.Refusal) {
        var row = 0, column = 0
        var cell: Open?
        var inValue = false, inText = false, inInline = false, phonetic = false
        try XMLPart.walk(bytes, part: part, file: file) { reader throws(XLSXPackage.Refusal) in
            switch reader.kind {
            case .element:
                switch reader.localName {
                case "row":
                    row = XMLPart.attribute(reader, "r").flatMap { Int($0) } ?? row + 1
                    guard (1...CellReference.maximumRow).contains(row) else { throw XLSXPackage.Refusal(.xlsxRowOutside, ["row": "\(row)"]) }
                    column = 0
                case "c":
                    let written = XMLPart.attribute(reader, "r")
                    let reference: CellReference
                    if let written {
                        guard let parsed = CellReference(parsing: written) else {
                            throw XLSXPackage.Refusal(.xlsxNotCellReference, ["value": written, "row": "\(row)"])
                        }
                        reference = parsed
                    } else {
                        // Without a reference a cell is the one after the last (a sheet may leave columns out).
                        reference = CellReference(column: column + 1, row: max(row, 1))
                        guard reference.column <= CellReference.maximumColumn else { throw XLSXPackage.Refusal(.xlsxRowTooWide, ["row": "\(row)"]) }
                    }
                    column = reference.column
                    cell = Open(reference: reference, type: XMLPart.attribute(reader, "t") ?? "n", style: XMLPart.attribute(reader, "s").flatMap { Int($0) } ?? 0)
                    if reader.isEmptyElement { try finish(&cell) }
                case "v": inValue = cell != nil && !reader.isEmptyElement
                case "is": inInline = cell != nil && !reader.isEmptyElement
                case "rPh": phonetic = !reader.isEmptyElement
                case "t": inText = inInline && !phonetic && !reader.isEmptyElement
                default: break
                }
            case .text, .whitespace:
                if inValue { cell?.value += String(decoding: reader.valueBytes, as: UTF8.self) }
                if inText { cell?.text += String(decoding: reader.valueBytes, as: UTF8.self) }
            case .endElement:
                switch reader.localName {
                case "c": try finish(&cell)
                case "v": inValue = false
                case "is": inInline = false
                case "t": inText = false
                case "rPh": phonetic = false
                default: break
                }
            default: break
            }
        }
    }

    private mutating func finish(_ open: inout Open?) throws(XLSXPackage.Refusal) {
        guard let cell = open else { return }
        open = nil
        let place = cell.reference
        func problem(_ message: Message) { problems.append((place.row, place.column, message)) }
        let value: SpreadsheetTable.Value
        switch cell.type {
        case "s":
            guard let index = Int(cell.value.trimmingASCIIWhitespace()), shared.indices.contains(index) else {
                return problem(Message(.xlsxSharedTextMissing, ["number": cell.value]))
            }
            value = .text(shared[index])
        case "inlineStr": value = .text(OOXMLText.unescaped(cell.text))
        case "str", "d": value = .text(cell.value)
        case "b": value = .bool(cell.value.trimmingASCIIWhitespace() == "1" || cell.value.trimmingASCIIWhitespace() == "true")
        case "e": value = .error(cell.value)
        case "n":
            let text = cell.value.trimmingASCIIWhitespace()
            if text.isEmpty { return }
            guard Double(text) != nil else { return problem(Message(.xlsxNumberNotNumber, ["value": text])) }
            value = .number(text, date: dateStyles.contains(cell.style))
        default:
            return problem(Message(.xlsxCellType, ["type": cell.type]))
        }
        if case .text(let t) = value, t.isEmpty { return }
        guard count < limit else {
            throw XLSXPackage.Refusal(.xlsxTooManyCells, ["limit": "\(limit)"])
        }
        if rows[place.row, default: [:]].updateValue(value, forKey: place.column) == nil { count += 1 }
    }
}
