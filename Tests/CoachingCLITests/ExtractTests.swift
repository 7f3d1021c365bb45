import CoachingCore
import Foundation
import Testing
import TestSupport

/// `candidates` and `find` as workbooks: `--format xlsx` into the file `--output` names, never
/// to the terminal, NIPs as text and dates as dates, read back by the reader `minutes` uses.
@Suite("The lists as workbooks through the command line", .serialized)
struct ExtractTests {
    typealias W = WorkflowTests

    /// The first sheet of the workbook at `url`, read as `minutes --notes` reads one.
    static func table(_ url: URL) throws -> SpreadsheetTable {
        var log = DiagnosticLog()
        let table = try #require(XLSXReader.read(Array(try Data(contentsOf: url)), file: url.lastPathComponent, language: .en, log: &log))
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        return table
    }

    /// The column named `name` in the table's first row.
    static func column(_ name: String, of table: SpreadsheetTable) throws -> Int {
        try #require(table.rows.first?.cells.first { $0.value == .text(name) }?.key, "no column \(name)")
    }

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func aWorkbookNeedsAFileAndOnlyTheListsWriteOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let needsFile = "Error: --format xlsx writes a workbook to open in a spreadsheet, not text for the terminal: name the file with --output FILE\n"
        var run = try W.coaching(["candidates", "--reports", "laporan-kinerja.csv", "--format", "xlsx"], in: folder)
        #expect(run.status == 64 && run.output.isEmpty)
        #expect(run.errors.hasPrefix(needsFile + "Usage: coaching candidates "), "\(run.errors)")
        #expect(run.errors.hasSuffix("\n  See 'coaching candidates --help' for more information.\n"))
        run = try W.coaching(["find", "--from", "2026-11-01", "--to", "2026-12-31", "--format", "xlsx"], in: folder)
        #expect(run.status == 64 && run.output.isEmpty)
        #expect(run.errors.hasPrefix(needsFile + "Usage: coaching find "), "\(run.errors)")
        // check and status have formats of their own, without xlsx.
        run = try W.coaching(["check", "laporan-kinerja.csv", "--format", "xlsx"], in: folder)
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("Error: The value 'xlsx' is invalid for '--format <format>'. Please provide one of 'text' and 'json'.\n"), "\(run.errors)")
        run = try W.coaching(["status", "--format", "xlsx"], in: folder)
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("Error: The value 'xlsx' is invalid for '--format <format>'. Please provide one of 'text' and 'json'.\n"), "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing is written on a wrong command line")
    }

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func theCandidatesAndTheFindExtractAreWorkbooksWithTextNIPsAndRealDates() throws {
        let folder = try W.scheduledFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = folder.appendingPathComponent("Output/2026/2026-001")

        // The batch's kandidat.xlsx: a NIP in every row, as text with its 18 digits.
        let kandidat = try Self.table(batch.appendingPathComponent("kandidat.xlsx"))
        let nip = try Self.column("nip", of: kandidat)
        let csv = try String(contentsOf: batch.appendingPathComponent("kandidat.csv"), encoding: .utf8)
        #expect(kandidat.rows.count == csv.split(separator: "\r\n").count)
        for row in kandidat.rows.dropFirst() {
            guard case .text(let text) = row.cells[nip] else { Issue.record("row \(row.number): the NIP is not text: \(String(describing: row.cells[nip]))"); continue }
            #expect(text.count == 18 && text.allSatisfy(\.isNumber) && csv.contains(",\(text),"))
        }
        // `candidates` writes the same workbook for the same inputs, day and history (none under Kosong).
        var run = try W.coaching(["candidates", "--config", "coaching.toml", "--reports", "laporan-kinerja.csv", "--recommendations", "rekomendasi-perbaikan.csv",
                                  "--assigned-on", "2026-11-25", "--out", "Kosong", "--format", "xlsx", "--output", "kandidat.xlsx"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Wrote kandidat.xlsx: \(kandidat.rows.count - 1) candidates for 2026-10.\n")
        run = try W.coaching(["candidates", "--config", "coaching.toml", "--reports", "laporan-kinerja.csv", "--recommendations", "rekomendasi-perbaikan.csv",
                              "--assigned-on", "2026-11-25", "--out", "Kosong", "--format", "xlsx", "--output", "kandidat.xlsx"], in: folder, language: "")
        #expect(run.status == 0 && run.output == "kandidat.xlsx telah ditulis: \(kandidat.rows.count - 1) kandidat untuk periode 2026-10.\n", "\(run.output)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("kandidat.xlsx")) == (try Data(contentsOf: batch.appendingPathComponent("kandidat.xlsx"))))

        // find: the Jadwal, approved; numbers, batch and NIP text, the dates date cells.
        run = try W.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-11-26"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        run = try W.coaching(["find", "--to", "2026-11-30", "--format", "xlsx", "--output", "dokumen.xlsx"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Wrote dokumen.xlsx: 1 document.\n")
        run = try W.coaching(["find", "--to", "2026-11-30", "--format", "xlsx", "--output", "dokumen.xlsx"], in: folder, language: "")
        #expect(run.status == 0 && run.output == "dokumen.xlsx telah ditulis: 1 dokumen.\n", "\(run.output)")
        let found = try Self.table(folder.appendingPathComponent("dokumen.xlsx"))
        let header = try W.coaching(["find", "--to", "2026-11-30", "--format", "csv"], in: folder).output.split(separator: "\r\n").first ?? ""
        let titles = try #require(found.rows.first).cells
        #expect(titles.keys.sorted().map { titles[$0]! } == header.split(separator: ",").map { SpreadsheetTable.Value.text(String($0)) })
        #expect(found.rows.count == 2)
        let row = found.rows[1].cells
        func serial(_ day: Int) -> SpreadsheetTable.Value { .number(String(DateSystem.from1900.serial(of: CivilDate(year: 2026, month: 11, day: day)!)), date: true) }
        #expect(row[try Self.column("nomor", of: found)] == .text("JDW-1/KLIP/2026"))
        #expect(row[try Self.column("batch", of: found)] == .text("2026-001"))
        #expect(row[try Self.column("nip", of: found)] == .text("198012302010012005"))
        #expect(row[try Self.column("tanggal", of: found)] == serial(25))
        #expect(row[try Self.column("disetujui", of: found)] == serial(26))
        #expect(row[try Self.column("diterima", of: found)] == nil)
        // Written whole through a temporary file, which is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)

        // A folder that is not there: said plainly, nothing written.
        run = try W.coaching(["find", "--format", "xlsx", "--output", "tidak-ada/dokumen.xlsx"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot write tidak-ada/dokumen.xlsx: check that the folder exists and is writable; nothing was written\n")
    }
}
