import LibXML

/// Reads the first sheet of an xlsx workbook into a ``SpreadsheetTable``: strict and bounded
/// like the other readers. The package is opened within ``XLSXPackage``'s limits, every XML
/// part goes through the project's hardened libxml2 reader (no DTD, no entities, no network),
/// and the cells are bounded in number. Inline and shared strings, numbers, booleans, errors
/// and ISO dates are read; a number keeps its written digits, and whether its format shows a
/// date, with the workbook's date system.
public enum XLSXReader {
    /// The first sheet of the workbook in `bytes`; nil with the reasons in `log` when it
    /// cannot be read. `file` names the workbook in messages, said in `language`.
    public static func read(_ bytes: [UInt8], file: String, language: Language, log: inout DiagnosticLog) -> SpreadsheetTable? {
        read(bytes, file: file, limits: .standard, language: language, log: &log)
    }

    static func read(_ bytes: [UInt8], file: String, limits: XLSXPackage.Limits, language: Language, log: inout DiagnosticLog) -> SpreadsheetTable? {
        do {
            var package = try XLSXPackage(bytes, limits: limits)
            return try read(&package, file: file, language: language, log: &log)
        } catch {
            log.error(SourceLocation(file: file), error.message.text(language))
            return nil
        }
    }

    private static func read(_ package: inout XLSXPackage, file: String, language: Language, log: inout DiagnosticLog) throws(XLSXPackage.Refusal) -> SpreadsheetTable? {
        let root = try relationships(of: "", in: &package, file: file)
        let workbookPath = root.first { $0.type.hasSuffix("/officeDocument") }.map { resolve($0.target, from: "") } ?? "xl/workbook.xml"
        guard let workbookBytes = try package.part(workbookPath) else {
            throw XLSXPackage.Refusal(.xlsxNoWorkbookPart, ["path": workbookPath])
        }
        let workbook = try WorkbookPart(workbookBytes, part: workbookPath, file: file)
        guard let first = workbook.sheets.first else { throw XLSXPackage.Refusal(.xlsxNoSheet) }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let links = try relationships(of: workbookPath, in: &package, file: file)
        guard let sheetLink = links.first(where: { $0.id == first.relationship }) else {
            throw XLSXPackage.Refusal(.xlsxSheetNoPart, ["sheet": first.name])
        }
        let sheetPath = resolve(sheetLink.target, from: folder)
        guard let sheetBytes = try package.part(sheetPath) else {
            throw XLSXPackage.Refusal(.xlsxSheetMissing, ["sheet": first.name, "path": sheetPath])
        }
        var shared: [String] = []
        if let link = links.first(where: { $0.type.hasSuffix("/sharedStrings") }), let bytes = try package.part(resolve(link.target, from: folder)) {
            shared = try SharedStringsPart.read(bytes, part: resolve(link.target, from: folder), file: file, limit: package.limits.sharedStrings)
        }
        var dateStyles: Set<Int> = []
        if let link = links.first(where: { $0.type.hasSuffix("/styles") }), let bytes = try package.part(resolve(link.target, from: folder)) {
            dateStyles = try StylesPart.dateStyles(bytes, part: resolve(link.target, from: folder), file: file)
        }
        var sheet = SheetPart(shared: shared, dateStyles: dateStyles, limit: package.limits.cells)
        try sheet.read(sheetBytes, part: sheetPath, file: file)
        for problem in sheet.problems { log.error(SourceLocation(file: file, line: problem.row, column: problem.column).inSpreadsheet, problem.message.text(language)) }
        let rows = sheet.rows.keys.sorted().map { SpreadsheetTable.Row(number: $0, cells: sheet.rows[$0]!) }
        return SpreadsheetTable(sheet: first.name, rows: rows, dateSystem: workbook.date1904 ? .from1904 : .from1900)
    }

    // MARK: - Relationships

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of `part` (`_rels/.rels` for the package, `xl/_rels/workbook.xml.rels` for the workbook).
    private static func relationships(of part: String, in package: inout XLSXPackage, file: String) throws(XLSXPackage.Refusal) -> [Relationship] {
        var pieces = part.split(separator: "/").map(String.init)
        let name = pieces.popLast() ?? ""
        let path = (pieces + ["_rels", name + ".rels"]).joined(separator: "/")
        guard let bytes = try package.part(path) else { return [] }
        var list: [Relationship] = []
        try XMLPart.walk(bytes, part: path, file: file) { reader in
            guard reader.kind == .element, reader.localName == "Relationship" else { return }
            var r = Relationship(id: "", type: "", target: "")
            var external = false
            reader.forEachAttribute { name, value in
                switch String(decoding: name, as: UTF8.self) {
                case "Id": r.id = String(decoding: value, as: UTF8.self)
                case "Type": r.type = String(decoding: value, as: UTF8.self)
                case "Target": r.target = String(decoding: value, as: UTF8.self)
                case "TargetMode": external = String(decoding: value, as: UTF8.self) == "External"
                default: break
                }
            }
            if !external { list.append(r) }
        }
        return list
    }

    /// `target` of a relationship from a part in `folder`: absolute (`/xl/…`) or relative, with `..`.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

/// One XML part of the package read through the hardened streaming reader.
enum XMLPart {
    /// Calls `visit` on every node of `bytes`; a part that is not well-formed XML (or has a
    /// DOCTYPE) refuses the workbook, naming the part and the line.
    static func walk(_ bytes: [UInt8], part: String, file: String, _ visit: (StreamingXMLReader) throws(XLSXPackage.Refusal) -> Void) throws(XLSXPackage.Refusal) {
        let adapter = XMLSourceAdapter(MemoryByteSource(bytes))
        guard let reader = StreamingXMLReader(source: adapter, name: "\(file)/\(part)", schema: nil, issueLimit: 10) else {
            throw XLSXPackage.Refusal(.xmlCannotStart)
        }
        while reader.next() { try visit(reader) }
        guard reader.isValid else {
            let issue = reader.issues.first { $0.level != .warning }
            // The parser's own words (libxml2's, in English) follow the sentence, as detail.
            let place = issue.map { Message(.xlsxPartNotXMLAt, ["line": "\($0.line)", "issue": $0.message]) } ?? Message(.empty)
            throw XLSXPackage.Refusal(.xlsxPartNotXML, ["part": part], parts: ["place": place])
        }
    }

    /// The attribute `name` of the current element.
    static func attribute(_ reader: StreamingXMLReader, _ name: String) -> String? {
        var found: String?
        reader.forEachAttribute { n, v in
            if found == nil, String(decoding: n, as: UTF8.self) == name { found = String(decoding: v, as: UTF8.self) }
        }
        return found
    }
}

extension SourceLocation {
    /// The same place, shown as a spreadsheet cell (`cell E3`, `row 3`) rather than a line and column.
    public var inSpreadsheet: SourceLocation {
        var copy = self
        copy.isSpreadsheetCell = true
        return copy
    }
}
