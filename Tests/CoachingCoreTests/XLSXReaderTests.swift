@testable import CoachingCore
import Foundation
import Testing
import TestSupport

/// Workbooks made by hand, part by part, as other programs write them.
enum HandMadeWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func parts(sheet rows: String, shared: [String]? = nil, styles: String? = nil, workbookPr: String = "<workbookPr/>") -> [(String, String)] {
        var links = "<Relationship Id=\"rId1\" Type=\"\(rels)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        var parts: [(String, String)] = [
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rels)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rels)\">\(workbookPr)<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"),
        ]
        if let shared {
            links += "<Relationship Id=\"rId2\" Type=\"\(rels)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
            parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">\(shared.joined())</sst>"))
        }
        if let styles {
            links += "<Relationship Id=\"rId3\" Type=\"\(rels)/styles\" Target=\"styles.xml\"/>"
            parts.append(("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(links)</Relationships>"))
        return parts
    }

    static func zip(_ parts: [(String, String)]) throws -> [UInt8] {
        var writer = ZipWriter(date: CivilDate(year: 2026, month: 1, day: 1)!)
        try writer.append(parts.map { ZipEntry(path: $0.0, bytes: Array($0.1.utf8)) })
        return try writer.finish()
    }

    static func bytes(sheet rows: String, shared: [String]? = nil, styles: String? = nil, workbookPr: String = "<workbookPr/>") throws -> [UInt8] {
        try zip(parts(sheet: rows, shared: shared, styles: styles, workbookPr: workbookPr))
    }

    /// The package with the size the central directory declares for `path` changed to `size`.
    static func declaring(_ size: UInt32, for path: String, in bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        let name = Array(path.utf8)
        var at = 0
        while at + 46 < b.count {
            if b[at] == 0x50, b[at + 1] == 0x4B, b[at + 2] == 1, b[at + 3] == 2, Array(b[(at + 46)..<(at + 46 + name.count)]) == name {
                for i in 0..<4 { b[at + 24 + i] = UInt8(size >> (8 * UInt32(i)) & 0xFF) }
            }
            at += 1
        }
        return b
    }
}

@Suite("Reading workbooks")
struct XLSXReaderTests {
    func read(_ bytes: [UInt8], limits: XLSXPackage.Limits = .standard, language: Language = .en) -> (SpreadsheetTable?, [String]) {
        var log = DiagnosticLog()
        let table = XLSXReader.read(bytes, file: "b.xlsx", limits: limits, language: language, log: &log)
        return (table, log.sorted.map(\.formatted))
    }

    @Test(arguments: [("A1", 1, 1), ("Z9", 26, 9), ("AA1", 27, 1), ("AB12", 28, 12), ("ab12", 28, 12), ("XFD1048576", 16_384, 1_048_576)])
    func cellReferencesAreRead(_ text: String, _ column: Int, _ row: Int) {
        #expect(CellReference(parsing: text) == CellReference(column: column, row: row))
        #expect(CellReference(column: column, row: row).description == text.uppercased())
    }

    /// One past each limit, and shapes that are not references.
    @Test(arguments: ["XFE1", "A1048577", "A0", "A01", "1A", "", "AAAA1", "A-1", "A", "B2C"])
    func whatIsNoCellReferenceIsRefused(_ text: String) {
        #expect(CellReference(parsing: text) == nil)
    }

    @Test func sharedAndInlineTextsNumbersBooleansErrorsAndFormulas() throws {
        let bytes = try HandMadeWorkbook.bytes(sheet: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve"> line</t></r></is></c></row>
            <row r="2"><c r="A2"><v>1.98607282015092E+17</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="str"><f>A1&amp;B1</f><v>ab</v></c><c r="E2" t="d"><v>2026-11-27T00:00:00</v></c></row>
            """, shared: ["<si><t>a_x000D_</t></si>", "<si><r><t>ka</t></r><r><t>ta</t></r><rPh sb=\"0\" eb=\"1\"><t>KATA</t></rPh></si>"])
        let (table, messages) = read(bytes)
        #expect(messages.isEmpty)
        #expect(table?.rows.map(\.cells) == [
            [1: .text("a\r"), 2: .text("kata"), 3: .text("in line")],
            [1: .number("1.98607282015092E+17", date: false), 2: .bool(true), 3: .error("#N/A"), 4: .text("ab"), 5: .text("2026-11-27T00:00:00")],
        ])
    }

    /// Columns and rows may be left out; a cell without a reference is the one after the last.
    @Test func sparseRowsAndColumnsKeepTheirPlaces() throws {
        let bytes = try HandMadeWorkbook.bytes(sheet: """
            <row r="3"><c r="C3"><v>1</v></c><c><v>2</v></c><c r="AB3"/></row><row><c r="B4" t="inlineStr"><is><t>x</t></is></c></row><row r="9"/>
            """)
        let (table, _) = read(bytes)
        #expect(table?.rows.map(\.number) == [3, 4])
        #expect(table?.rows.map(\.cells) == [[3: .number("1", date: false), 4: .number("2", date: false)], [2: .text("x")]])
    }

    /// A number's format says whether it is a date: built-in formats 14–22 and a format code
    /// with day, month or year; the workbook says which date system.
    @Test func datesAreKnownByTheirFormatAndTheWorkbookSaysItsDateSystem() throws {
        let styles = """
            <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$Rp-421]#,##0.00;[Red]-#,##0"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
            <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"><alignment wrapText="1"/></xf><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>
            """
        let row = "<row r=\"1\">" + (0...4).map { "<c r=\"\(CellReference.columnName($0 + 1))1\" s=\"\($0)\"><v>46353</v></c>" }.joined() + "</row>"
        let (table, _) = read(try HandMadeWorkbook.bytes(sheet: row, styles: styles))
        #expect(table?.rows[0].cells.sorted { $0.key < $1.key }.map(\.value) == [false, true, true, false, false].map { SpreadsheetTable.Value.number("46353", date: $0) })
        #expect(table?.dateSystem == .from1900)
        let (old, _) = read(try HandMadeWorkbook.bytes(sheet: row, workbookPr: "<workbookPr date1904=\"1\"/>"))
        #expect(old?.dateSystem == .from1904)
    }

    @Test(arguments: [("dd/mm/yyyy", true), ("[h]:mm", true), ("\"d\"0", false), ("General", false), ("0.00E+00", false),
                      ("#,##0;[Red]-#,##0", false), ("[$-421]d mmmm yyyy", true), ("@", false), ("\\d0", false)])
    func formatCodesThatShowDates(_ code: String, _ isDate: Bool) {
        #expect(StylesPart.isDateFormat(code) == isDate)
    }

    @Test func whatIsNoWorkbookIsRefusedInPlainWords() throws {
        #expect(read(Array("sesi;nip\n".utf8)).1 == ["b.xlsx: error: this is not an xlsx workbook (an xlsx file is a ZIP package, and this one does not start like one)"])
        let noWorkbook = try HandMadeWorkbook.zip([("a.txt", "x")])
        #expect(read(noWorkbook).1 == ["b.xlsx: error: this is not an xlsx workbook: it has no xl/workbook.xml (was it saved as .xlsx?)"])
    }

    /// The XML parts go through the hardened reader: a DOCTYPE (billion laughs, XXE) or broken
    /// XML refuses the workbook and names the part.
    @Test func aDoctypeOrBrokenXMLInAPartIsRefused() throws {
        var parts = HandMadeWorkbook.parts(sheet: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        parts[2].1 = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><worksheet xmlns=\"\(HandMadeWorkbook.main)\"><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>"
        #expect(read(try HandMadeWorkbook.zip(parts)).1 == [
            "b.xlsx: error: the workbook is damaged: its part xl/worksheets/sheet1.xml is not well-formed XML (line 1: document type declarations (DOCTYPE) are not allowed)",
        ])
        parts[2].1 = "<worksheet><sheetData><row></sheetData></worksheet>"
        let broken = read(try HandMadeWorkbook.zip(parts)).1
        #expect(broken.count == 1 && broken[0].hasPrefix("b.xlsx: error: the workbook is damaged: its part xl/worksheets/sheet1.xml is not well-formed XML (line 1: "))
    }

    /// Sizes are checked as the package declares them, before anything is inflated: one part
    /// too large, or all parts together, or too many files, each at the limit and one past it.
    @Test func aZipBombIsRefusedBeforeItIsInflated() throws {
        // The sheet is the largest part, as in a real worksheet.
        let bytes = try HandMadeWorkbook.bytes(sheet: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(String(repeating: "kata ", count: 200))</t></is></c></row>")
        let bomb = HandMadeWorkbook.declaring(2_000_000_000, for: "xl/worksheets/sheet1.xml", in: bytes)
        #expect(read(bomb).1 == ["b.xlsx: error: the workbook's part xl/worksheets/sheet1.xml would unpack to 1907 MB, more than the 96 MB allowed (damaged, or not a worksheet)"])

        let sizes = try ZipReader(bytes: bytes).entries.reduce(into: [String: Int]()) { $0[$1.path] = $1.size }
        let sheet = sizes["xl/worksheets/sheet1.xml"]!, read3 = sizes["_rels/.rels"]! + sizes["xl/workbook.xml"]! + sizes["xl/_rels/workbook.xml.rels"]!
        var limits = XLSXPackage.Limits()
        limits.partBytes = sheet
        #expect(read(bytes, limits: limits).1.isEmpty)
        limits.partBytes = sheet - 1
        #expect(read(bytes, limits: limits).1 == ["b.xlsx: error: the workbook's part xl/worksheets/sheet1.xml would unpack to \(sheet) bytes, more than the \(sheet - 1) bytes allowed (damaged, or not a worksheet)"])
        limits = XLSXPackage.Limits()
        limits.inflatedBytes = read3 + sheet
        #expect(read(bytes, limits: limits).1.isEmpty)
        limits.inflatedBytes = read3 + sheet - 1
        #expect(read(bytes, limits: limits).1 == ["b.xlsx: error: the workbook's parts would unpack to more than the \(read3 + sheet - 1) bytes allowed (damaged, or not a worksheet)"])
        limits = XLSXPackage.Limits()
        limits.entries = 4
        #expect(read(bytes, limits: limits).1.isEmpty)
        limits.entries = 3
        #expect(read(bytes, limits: limits).1 == ["b.xlsx: error: the workbook holds 4 files, more than the 3 a worksheet can have"])
        limits = XLSXPackage.Limits()
        limits.fileBytes = bytes.count - 1
        #expect(read(bytes, limits: limits).1 == ["b.xlsx: error: the workbook is \(bytes.count) bytes, more than the \(bytes.count - 1) bytes a worksheet can be"])
    }

    @Test func cellsAreCountedAndDamagedCellsPlaced() throws {
        let bytes = try HandMadeWorkbook.bytes(sheet: "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c><c r=\"C2\" t=\"s\"><v>7</v></c><c r=\"D2\"><v>x</v></c><c r=\"E2\" t=\"q\"><v>1</v></c></row>")
        var limits = XLSXPackage.Limits()
        limits.cells = 2
        #expect(read(bytes, limits: limits).1 == [
            "b.xlsx: cell C2: error: this cell refers to shared text number 7, which the workbook does not have (damaged)",
            "b.xlsx: cell D2: error: this number cell holds 'x', which is not a number (damaged)",
            "b.xlsx: cell E2: error: this cell has the type 'q', which no spreadsheet writes (damaged)",
        ])
        limits.cells = 1
        #expect(read(bytes, limits: limits).1 == ["b.xlsx: error: the first sheet has more than 1 cells, more than a worksheet can have"])
        let badReference = try HandMadeWorkbook.bytes(sheet: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(read(badReference).1 == ["b.xlsx: error: the workbook is damaged: 'XFE1' in row 1 is not a cell reference like B7"])
    }

    // MARK: - In Indonesian, the default

    /// A damaged workbook is refused in the office's language; libxml2's own words about the
    /// XML stay as detail in parentheses after the sentence.
    @Test func aDamagedWorkbookIsRefusedInIndonesian() throws {
        #expect(read(Array("sesi;nip\n".utf8), language: .id).1 == ["b.xlsx: error: berkas ini bukan buku kerja xlsx (berkas xlsx adalah paket ZIP, dan awal berkas ini tidak seperti itu)"])
        #expect(read(try HandMadeWorkbook.zip([("a.txt", "x")]), language: .id).1 == ["b.xlsx: error: berkas ini bukan buku kerja xlsx: tidak memuat xl/workbook.xml (apakah disimpan sebagai .xlsx?)"])
        var parts = HandMadeWorkbook.parts(sheet: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        parts[2].1 = "<worksheet><sheetData><row></sheetData></worksheet>"
        let broken = read(try HandMadeWorkbook.zip(parts), language: .id).1
        #expect(broken.count == 1 && broken[0].hasPrefix("b.xlsx: error: buku kerja rusak: bagian xl/worksheets/sheet1.xml bukan XML yang tersusun dengan benar (baris 1: "))
        let bytes = try HandMadeWorkbook.bytes(sheet: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(String(repeating: "kata ", count: 200))</t></is></c></row>")
        let bomb = HandMadeWorkbook.declaring(2_000_000_000, for: "xl/worksheets/sheet1.xml", in: bytes)
        #expect(read(bomb, language: .id).1 == ["b.xlsx: error: bagian buku kerja xl/worksheets/sheet1.xml akan menjadi 1907 MB setelah diurai, melebihi batas 96 MB (rusak, atau bukan lembar kerja)"])
        var limits = XLSXPackage.Limits()
        limits.fileBytes = bytes.count - 1
        #expect(read(bytes, limits: limits, language: .id).1 == ["b.xlsx: error: buku kerja berukuran \(bytes.count) byte, melebihi \(bytes.count - 1) byte yang dapat dimiliki lembar kerja"])
        limits = XLSXPackage.Limits()
        limits.entries = 3
        #expect(read(bytes, limits: limits, language: .id).1 == ["b.xlsx: error: buku kerja memuat 4 berkas, melebihi 3 yang dapat dimiliki lembar kerja"])
    }

    @Test func damagedCellsAreNamedInIndonesian() throws {
        let bytes = try HandMadeWorkbook.bytes(sheet: "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c><c r=\"C2\" t=\"s\"><v>7</v></c><c r=\"D2\"><v>x</v></c><c r=\"E2\" t=\"q\"><v>1</v></c></row>")
        #expect(read(bytes, language: .id).1 == [
            "b.xlsx: cell C2: error: sel ini merujuk teks bersama nomor 7, yang tidak ada dalam buku kerja (rusak)",
            "b.xlsx: cell D2: error: sel angka ini berisi 'x', yang bukan angka (rusak)",
            "b.xlsx: cell E2: error: sel ini bertipe 'q', yang tidak pernah ditulis program spreadsheet (rusak)",
        ])
        var limits = XLSXPackage.Limits()
        limits.cells = 1
        #expect(read(bytes, limits: limits, language: .id).1 == ["b.xlsx: error: lembar pertama memuat lebih dari 1 sel, melebihi yang dapat dimiliki lembar kerja"])
        let badReference = try HandMadeWorkbook.bytes(sheet: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(read(badReference, language: .id).1 == ["b.xlsx: error: buku kerja rusak: 'XFE1' pada baris 1 bukan referensi sel seperti B7"])
    }
}
