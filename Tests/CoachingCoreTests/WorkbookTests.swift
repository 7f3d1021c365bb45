@testable import CoachingCore
import Foundation
import Testing
import TestSupport

@Suite("The worksheet as a workbook")
struct WorkbookTests {
    static func workbook() throws -> (Schedule, [UInt8]) {
        let schedule = try JadwalDocumentTests.example().schedule
        return (schedule, try Worksheet.xlsx(for: schedule))
    }

    /// The parts of a package by path.
    static func parts(_ bytes: [UInt8]) throws -> [String: String] {
        let zip = try ZipReader(bytes: bytes)
        var parts: [String: String] = [:]
        for entry in zip.entries { parts[entry.path] = String(decoding: try zip.contents(of: entry).get(), as: UTF8.self) }
        return parts
    }

    @Test func theSheetMatchesItsGoldenFile() throws {
        let (_, bytes) = try Self.workbook()
        let sheet = try #require(try Self.parts(bytes)["xl/worksheets/sheet1.xml"])
        let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/lembar-kerja-sheet1.xml")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try sheet.write(to: url, atomically: true, encoding: .utf8) }
        #expect(sheet == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func theSameScheduleGivesTheSameBytes() throws {
        let (schedule, bytes) = try Self.workbook()
        #expect(try Worksheet.xlsx(for: schedule) == bytes)
        var later = schedule
        later.assignedOn = CivilDate(year: 2026, month: 11, day: 26)!
        #expect(try Worksheet.xlsx(for: later) != bytes, "the entries carry the batch's date")
    }

    @Test func thePackageHasThePartsASpreadsheetNeeds() throws {
        let (_, bytes) = try Self.workbook()
        let parts = try Self.parts(bytes)
        #expect(parts.keys.sorted() == ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                        "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("<sheet name=\"Lembar Kerja\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("<sheet name=\"Petunjuk\" sheetId=\"2\" r:id=\"rId2\"/>"))
        #expect(workbook.contains("'Lembar Kerja'!$1:$1"))
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains("formatCode=\"dd/mm/yyyy\""))
        #expect(try #require(parts["xl/worksheets/sheet2.xml"]).contains("Petunjuk pengisian lembar kerja coaching"))
    }

    /// Identity columns are locked text, the columns to fill are unlocked, dates are date cells.
    @Test func theCellsReadBackWithTheirTypes() throws {
        let (schedule, bytes) = try Self.workbook()
        var log = DiagnosticLog()
        let table = try #require(XLSXReader.read(bytes, file: "lembar-kerja.xlsx", language: .en, log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(table.sheet == "Lembar Kerja" && table.dateSystem == .from1900)
        #expect(table.rows.count == schedule.sessions.count + 1)
        #expect(table.rows[0].cells.keys.sorted() == Array(1...18))
        let first = schedule.sessions[0]
        let row = table.rows[1].cells
        #expect(row[1] == .text("1"))
        #expect(row[2] == .number(String(DateSystem.from1900.serial(of: first.date)), date: true))
        #expect(row[3] == .text("07.30"))
        #expect(row[5] == .text(first.candidate.nip.description))
        #expect(row[13] == nil, "hadir is empty until filled in")
        // The styles: what the tool filled in is locked and grey, the rest unlocked.
        let sheet = try #require(try Self.parts(bytes)["xl/worksheets/sheet1.xml"])
        let styles = WorkbookStyles(Worksheet.workbook(for: schedule))
        #expect(sheet.contains("<c r=\"E2\" s=\"\(styles.index(of: .identity))\" t=\"inlineStr\">"))
        #expect(sheet.contains("<c r=\"M2\" s=\"\(styles.index(of: .input))\"/>"))
        #expect(sheet.contains("<c r=\"P2\" s=\"\(styles.index(of: .inputDate))\"/>"))
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
        #expect(sheet.contains("<formula1>&quot;ya,tidak&quot;</formula1>"))
        #expect(sheet.contains("sqref=\"M2:M\(schedule.sessions.count + 1)\""))
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    }

    /// Control characters cannot stand in XML: they are written as `_xHHHH_`, and a text that
    /// looks like such an escape keeps its underscore, so every text reads back as written.
    @Test(arguments: ["bel\u{7}l", "_x0041_", "a_x00", "tab\there\nline", "_x005F_", " spaces ", "=SUM(A1)"])
    func textsReadBackAsWritten(_ text: String) throws {
        var sheet = Workbook.Sheet(name: "S")
        sheet.rows = [[Workbook.Cell(.text(text))]]
        let bytes = try Workbook(sheets: [sheet]).xlsx(date: CivilDate(year: 2026, month: 1, day: 1)!)
        var log = DiagnosticLog()
        let table = try #require(XLSXReader.read(bytes, file: "t.xlsx", language: .en, log: &log))
        #expect(table.rows.first?.cells[1] == .text(text))
    }
}
