import LibXML

/// The styles part, `xl/styles.xml`: one cell format (`xf`) per ``Workbook.CellStyle`` the workbook
/// uses, numbered in the order they first appear, so the same workbook always numbers them alike.
struct WorkbookStyles {
    private(set) var styles: [Workbook.CellStyle] = []
    private var indices: [Workbook.CellStyle: Int] = [:]

    /// The custom number format for dates (ids below 164 are the format's built-in ones).
    static let dateFormatID = 164
    /// The custom number format for scores with one decimal.
    static let oneDecimalFormatID = 165
    /// Built-in format 49 is text (`@`).
    static let textFormatID = 49

    init(_ workbook: Workbook) {
        // Index 0 is the default every unstyled cell has.
        add(.plain)
        for sheet in workbook.sheets { for row in sheet.rows { for cell in row { add(cell.style) } } }
    }

    private mutating func add(_ style: Workbook.CellStyle) {
        guard indices[style] == nil else { return }
        indices[style] = styles.count
        styles.append(style)
    }

    func index(of style: Workbook.CellStyle) -> Int { indices[style] ?? 0 }

    func part() -> [UInt8] {
        let w = XMLWriter()
        w.startElement("styleSheet", namespace: Workbook.mainNamespace)
        // The one-decimal format only when a cell uses it, so the worksheet's part stays as it was.
        let oneDecimal = styles.contains { $0.format == .oneDecimal }
        w.startElement("numFmts"); w.attribute("count", oneDecimal ? "2" : "1")
        w.startElement("numFmt"); w.attribute("numFmtId", String(Self.dateFormatID)); w.attribute("formatCode", "dd/mm/yyyy"); w.endElement()
        if oneDecimal {
            w.startElement("numFmt"); w.attribute("numFmtId", String(Self.oneDecimalFormatID)); w.attribute("formatCode", "0.0"); w.endElement()
        }
        w.endElement()
        // Fonts: regular and bold. Arial, as the office's documents.
        w.startElement("fonts"); w.attribute("count", "2")
        for bold in [false, true] {
            w.startElement("font")
            if bold { w.startElement("b"); w.endElement() }
            w.startElement("sz"); w.attribute("val", "10"); w.endElement()
            w.startElement("name"); w.attribute("val", "Arial"); w.endElement()
            w.startElement("family"); w.attribute("val", "2"); w.endElement()
            w.endElement()
        }
        w.endElement()
        // Fills 0 and 1 are required as they are by Excel; 2 is the grey of cells not to change.
        w.startElement("fills"); w.attribute("count", "3")
        for pattern in ["none", "gray125"] {
            w.startElement("fill"); w.startElement("patternFill"); w.attribute("patternType", pattern); w.endElement(); w.endElement()
        }
        w.startElement("fill"); w.startElement("patternFill"); w.attribute("patternType", "solid")
        w.startElement("fgColor"); w.attribute("rgb", "FFE4E4E4"); w.endElement()
        w.startElement("bgColor"); w.attribute("indexed", "64"); w.endElement()
        w.endElement(); w.endElement()
        w.endElement()
        // Borders: none, and a thin grey line round the worksheet's cells.
        w.startElement("borders"); w.attribute("count", "2")
        for thin in [false, true] {
            w.startElement("border")
            for side in ["left", "right", "top", "bottom"] {
                w.startElement(side)
                if thin { w.attribute("style", "thin"); w.startElement("color"); w.attribute("rgb", "FFB0B0B0"); w.endElement() }
                w.endElement()
            }
            w.startElement("diagonal"); w.endElement()
            w.endElement()
        }
        w.endElement()
        w.startElement("cellStyleXfs"); w.attribute("count", "1")
        w.startElement("xf"); for name in ["numFmtId", "fontId", "fillId", "borderId"] { w.attribute(name, "0") }; w.endElement()
        w.endElement()
        w.startElement("cellXfs"); w.attribute("count", String(styles.count))
        for style in styles { xf(style, w) }
        w.endElement()
        w.startElement("cellStyles"); w.attribute("count", "1")
        w.startElement("cellStyle"); w.attribute("name", "Normal"); w.attribute("xfId", "0"); w.attribute("builtinId", "0"); w.endElement()
        w.endElement()
        w.endDocument()
        return w.takeOutput()
    }

    private func xf(_ style: Workbook.CellStyle, _ w: XMLWriter) {
        let format = switch style.format {
        case .general: 0
        case .text: Self.textFormatID
        case .date: Self.dateFormatID
        case .oneDecimal: Self.oneDecimalFormatID
        }
        w.startElement("xf")
        w.attribute("numFmtId", String(format))
        w.attribute("fontId", style.bold ? "1" : "0")
        w.attribute("fillId", style.shaded ? "2" : "0")
        w.attribute("borderId", style.bordered ? "1" : "0")
        w.attribute("xfId", "0")
        for name in ["applyNumberFormat", "applyFont", "applyFill", "applyBorder", "applyAlignment", "applyProtection"] { w.attribute(name, "1") }
        w.startElement("alignment"); w.attribute("vertical", "top")
        if style.wraps { w.attribute("wrapText", "1") }
        w.endElement()
        if !style.locked { w.startElement("protection"); w.attribute("locked", "0"); w.endElement() }
        w.endElement()
    }
}
