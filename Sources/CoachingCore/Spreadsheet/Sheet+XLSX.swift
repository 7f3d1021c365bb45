import LibXML

/// A sheet's part, `xl/worksheets/sheetN.xml`. Its elements come in the order the format's
/// schema fixes (views, columns, cells, protection, validations, page): Excel refuses a
/// sheet whose elements are out of order.
extension Workbook.Sheet {
    func part(styles: WorkbookStyles, selected: Bool) -> [UInt8] {
        let w = XMLWriter()
        w.startElement("worksheet", namespace: Workbook.mainNamespace)
        w.attribute("xmlns:r", Workbook.relationshipNamespace)
        let width = rows.map(\.count).max() ?? 0
        w.startElement("dimension")
        w.attribute("ref", rows.isEmpty || width == 0 ? "A1" : "A1:\(CellReference(column: width, row: rows.count))")
        w.endElement()
        views(w, selected: selected)
        if !columnWidths.isEmpty {
            w.startElement("cols")
            for (i, width) in columnWidths.enumerated() {
                w.startElement("col"); w.attribute("min", String(i + 1)); w.attribute("max", String(i + 1))
                w.attribute("width", Self.number(width)); w.attribute("customWidth", "1"); w.endElement()
            }
            w.endElement()
        }
        w.startElement("sheetData")
        for (r, row) in rows.enumerated() {
            w.startElement("row"); w.attribute("r", String(r + 1))
            if let height = rowHeights[r + 1] { w.attribute("ht", Self.number(height)); w.attribute("customHeight", "1") }
            for (c, cell) in row.enumerated() { Self.write(cell, at: CellReference(column: c + 1, row: r + 1), style: styles.index(of: cell.style), to: w) }
            w.endElement()
        }
        w.endElement()
        if isProtected {
            // Columns and rows may still be widened and cells selected: only values are guarded.
            w.startElement("sheetProtection")
            for (name, value) in [("sheet", "1"), ("objects", "1"), ("scenarios", "1"), ("formatColumns", "0"), ("formatRows", "0")] { w.attribute(name, value) }
            w.endElement()
        }
        if !lists.isEmpty {
            w.startElement("dataValidations"); w.attribute("count", String(lists.count))
            for list in lists {
                w.startElement("dataValidation")
                for (name, value) in [("type", "list"), ("allowBlank", "1"), ("showErrorMessage", "1"), ("error", list.error)] { w.attribute(name, value) }
                let column = CellReference.columnName(list.column)
                w.attribute("sqref", "\(column)\(list.rows.lowerBound):\(column)\(list.rows.upperBound)")
                // An explicit list is one quoted string, its values separated by commas.
                w.element("formula1", text: "\"" + list.values.joined(separator: ",") + "\"")
                w.endElement()
            }
            w.endElement()
        }
        w.startElement("pageMargins")
        for (name, value) in [("left", "0.5"), ("right", "0.4"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3")] { w.attribute(name, value) }
        w.endElement()
        w.startElement("pageSetup"); w.attribute("paperSize", "9"); w.attribute("orientation", landscape ? "landscape" : "portrait"); w.endElement()
        w.endDocument()
        return w.takeOutput()
    }

    private func views(_ w: XMLWriter, selected: Bool) {
        w.startElement("sheetViews")
        w.startElement("sheetView")
        if selected { w.attribute("tabSelected", "1") }
        w.attribute("workbookViewId", "0")
        let first = CellReference(column: 1, row: frozenRows + 1).description
        if frozenRows > 0 {
            w.startElement("pane"); w.attribute("ySplit", String(frozenRows)); w.attribute("topLeftCell", first)
            w.attribute("activePane", "bottomLeft"); w.attribute("state", "frozen"); w.endElement()
        }
        w.startElement("selection")
        if frozenRows > 0 { w.attribute("pane", "bottomLeft") }
        w.attribute("activeCell", first); w.attribute("sqref", first)
        w.endElement()
        w.endElement()
        w.endElement()
    }

    private static func write(_ cell: Workbook.Cell, at reference: CellReference, style: Int, to w: XMLWriter) {
        w.startElement("c")
        w.attribute("r", reference.description)
        if style > 0 { w.attribute("s", String(style)) }
        switch cell.value {
        case .empty: break
        case .text(let text):
            // Inline strings: each cell carries its own text, so a cell's bytes do not depend on the others.
            w.attribute("t", "inlineStr")
            w.startElement("is")
            w.startElement("t")
            if text.first?.isWhitespace == true || text.last?.isWhitespace == true { w.attribute("xml:space", "preserve") }
            w.text(OOXMLText.escaped(text))
            w.endElement()
            w.endElement()
        case .number(let value):
            w.element("v", text: number(value))
        case .date(let date):
            w.element("v", text: String(DateSystem.from1900.serial(of: date)))
        }
        w.endElement()
    }

    /// A number as the format writes it: integers without a decimal point.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
