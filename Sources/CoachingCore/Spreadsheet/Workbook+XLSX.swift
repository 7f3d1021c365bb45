import LibXML

/// Writing a ``Workbook`` as an xlsx package: the parts Excel and LibreOffice need and no more
/// (no document properties, so nothing in it depends on the clock), every XML part built with
/// libxml2's writer, packed by the project's deterministic ZIP writer. The same workbook and
/// date give the same bytes.
extension Workbook {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The package; `date` stamps its ZIP entries (use the batch's date, not today's).
    public func xlsx(date: CivilDate) throws -> [UInt8] {
        var zip = ZipWriter(date: date)
        try zip.append(parts().map { ZipEntry(path: $0.path, bytes: $0.bytes) })
        return try zip.finish()
    }

    /// Every part of the package, in the order they are packed (content types first, as Office writes them).
    func parts() -> [(path: String, bytes: [UInt8])] {
        let styles = WorkbookStyles(self)
        return [("[Content_Types].xml", contentTypes()), ("_rels/.rels", rootRelationships()), ("xl/workbook.xml", workbookPart()),
                ("xl/_rels/workbook.xml.rels", workbookRelationships()), ("xl/styles.xml", styles.part())]
            + sheets.enumerated().map { ("xl/worksheets/sheet\($0.offset + 1).xml", $0.element.part(styles: styles, selected: $0.offset == 0)) }
    }

    private func contentTypes() -> [UInt8] {
        let w = XMLWriter()
        w.startElement("Types", namespace: "http://schemas.openxmlformats.org/package/2006/content-types")
        for (ext, type) in [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")] {
            w.startElement("Default"); w.attribute("Extension", ext); w.attribute("ContentType", type); w.endElement()
        }
        let overrides = [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                         ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")]
            + sheets.indices.map { ("/xl/worksheets/sheet\($0 + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml") }
        for (part, type) in overrides {
            w.startElement("Override"); w.attribute("PartName", part); w.attribute("ContentType", type); w.endElement()
        }
        w.endDocument()
        return w.takeOutput()
    }

    private func rootRelationships() -> [UInt8] {
        relationships([("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")])
    }

    private func workbookRelationships() -> [UInt8] {
        relationships(sheets.indices.map { ("rId\($0 + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet\($0 + 1).xml") }
            + [("rId\(sheets.count + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")])
    }

    private func relationships(_ list: [(id: String, type: String, target: String)]) -> [UInt8] {
        let w = XMLWriter()
        w.startElement("Relationships", namespace: Self.packageRelationships)
        for r in list {
            w.startElement("Relationship"); w.attribute("Id", r.id); w.attribute("Type", r.type); w.attribute("Target", r.target); w.endElement()
        }
        w.endDocument()
        return w.takeOutput()
    }

    private func workbookPart() -> [UInt8] {
        let w = XMLWriter()
        w.startElement("workbook", namespace: Self.mainNamespace)
        w.attribute("xmlns:r", Self.relationshipNamespace)
        w.startElement("workbookPr"); w.endElement()
        w.startElement("bookViews"); w.startElement("workbookView"); w.attribute("activeTab", "0"); w.endElement(); w.endElement()
        w.startElement("sheets")
        for (i, sheet) in sheets.enumerated() {
            w.startElement("sheet"); w.attribute("name", sheet.name); w.attribute("sheetId", String(i + 1)); w.attribute("r:id", "rId\(i + 1)")
            w.endElement()
        }
        w.endElement()
        let titled = sheets.enumerated().filter { $0.element.printTitleRows > 0 }
        if !titled.isEmpty {
            w.startElement("definedNames")
            for (i, sheet) in titled {
                // Quotes in a sheet's name are doubled inside the quoted name.
                let name = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
                w.startElement("definedName"); w.attribute("name", "_xlnm.Print_Titles"); w.attribute("localSheetId", String(i))
                w.text("\(name)!$1:$\(sheet.printTitleRows)")
                w.endElement()
            }
            w.endElement()
        }
        w.endDocument()
        return w.takeOutput()
    }
}
