import Foundation
import Testing
import TestSupport

/// The Quality Assessors' worksheet through a real spreadsheet application: LibreOffice Calc,
/// headless, in the Indonesian locale, opens the workbook `schedule` wrote and saves it again;
/// openpyxl fills the cells as a person would; LibreOffice saves once more, as xlsx and as CSV.
/// Each file must give the same Berita Acara, byte for byte, as the example notes. CI installs
/// both (`.ci/run`); without them the test is skipped and says so.
@Suite("The worksheet through a real spreadsheet", .serialized)
struct SpreadsheetRoundTripTests {
    typealias W = WorkflowTests

    static let soffice = installedTool("soffice")
    /// A Python that has openpyxl (Debian's python3-openpyxl is for /usr/bin/python3).
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { path in
        FileManager.default.isExecutableFile(atPath: path) && (try? run(path, ["-c", "import openpyxl"]).status) == 0
    }

    struct Run { var status: Int32; var output: String; var errors: String }

    static func run(_ program: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: o, as: UTF8.self), errors: String(decoding: e, as: UTF8.self))
    }

    /// CSV as Excel and LibreOffice write it in Indonesia: `;` (59), `"` (34), UTF-8 (76), from
    /// line 1, the Indonesian locale (1057) for numbers and dates.
    static let csvOptions = "59,34,76,1,,1057"

    /// LibreOffice converting `file` into `format` in `folder`, with a profile of its own (a
    /// user's running LibreOffice and its settings stay out of it).
    static func convert(_ file: URL, to format: String, into folder: URL, profile: URL, inputFilter: String? = nil) throws {
        var arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore"]
        if let inputFilter { arguments += ["--infilter=\(inputFilter)"] }
        arguments += ["--convert-to", format, "--outdir", folder.path, file.path]
        let result = try run(soffice!, arguments)
        #expect(result.status == 0, "soffice: \(result.errors)")
    }

    /// Fills the worksheet's columns from the example notes, as a person types them: one target
    /// date becomes a date cell, several on lines of one cell stay text.
    static let fill = """
    import csv, datetime, sys, openpyxl
    workbook, notes, out = sys.argv[1:4]
    with open(notes, encoding="utf-8-sig", newline="") as f:
        rows = {row["sesi"]: row for row in csv.DictReader(f, delimiter=";")}
    book = openpyxl.load_workbook(workbook)
    sheet = book.worksheets[0]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for line in sheet.iter_rows(min_row=2):
        row = rows.get(str(line[columns["sesi"] - 1].value))
        for name in ["hadir", "pembahasan", "komitmen", "target_tanggal", "tindak_lanjut", "catatan"]:
            value = row[name] if row else ""
            if value == "":
                continue
            if name == "target_tanggal" and "\\n" not in value:
                d, m, y = value.split("/")
                value = datetime.datetime(int(y), int(m), int(d))
            line[columns[name] - 1].value = value
    book.save(out)
    """

    /// The Berita Acara and the rekap of the batch in `folder`.
    static func minutes(in folder: URL) throws -> [String: Data] {
        let batch = folder.appendingPathComponent("Output/2026/2026-001")
        var files: [String: Data] = ["rekap-coaching.html": try Data(contentsOf: batch.appendingPathComponent("rekap-coaching.html"))]
        for name in try FileManager.default.contentsOfDirectory(atPath: batch.appendingPathComponent("berita-acara").path) {
            files["berita-acara/\(name)"] = try Data(contentsOf: batch.appendingPathComponent("berita-acara/\(name)"))
        }
        return files
    }

    /// A copy of the scheduled folder, given `notes` by `minutes`.
    static func minutes(_ notes: URL, scheduled: URL, name: String) throws -> (W.Run, [String: Data]) {
        let copy = scheduled.deletingLastPathComponent().appendingPathComponent("\(scheduled.lastPathComponent)-\(name)")
        try FileManager.default.copyItem(at: scheduled, to: copy)
        let run = try W.coaching(["minutes", "2026-001", "--notes", notes.path], in: copy)
        #expect(run.status == 0, "\(name): \(run.errors)")
        return (run, run.status == 0 ? try minutes(in: copy) : [:])
    }

    @Test(.enabled(if: soffice != nil && python != nil,
                   "LibreOffice Calc (soffice) or openpyxl for /usr/bin/python3 is not installed: apt-get install libreoffice-calc python3-openpyxl"))
    func aWorksheetSavedAndFilledInASpreadsheetGivesTheSameMinutes() throws {
        let started = ContinuousClock.now
        let scheduled = try W.scheduledFolder()
        defer {
            for suffix in ["", "-contoh", "-xlsx", "-xlsx-csv", "-csv", "-lo"] { try? FileManager.default.removeItem(atPath: scheduled.path + suffix) }
        }
        let example = repositoryRoot.appendingPathComponent("Examples/catatan-coaching-lengkap.csv")
        let (_, expected) = try Self.minutes(example, scheduled: scheduled, name: "contoh")
        #expect(expected.count == 41, "20 Berita Acara (HTML and XML) and the rekap")

        let work = URL(fileURLWithPath: scheduled.path + "-lo")
        let profile = work.appendingPathComponent("profil")
        let opened = work.appendingPathComponent("dibuka"), saved = work.appendingPathComponent("disimpan"), roundTrip = work.appendingPathComponent("csv")
        // Opened and saved again untouched, then filled in, then saved again as xlsx and as CSV.
        try Self.convert(scheduled.appendingPathComponent("Output/2026/2026-001/lembar-kerja.xlsx"), to: "xlsx", into: opened, profile: profile)
        let filled = work.appendingPathComponent("lembar-kerja-terisi.xlsx")
        let fill = try Self.run(Self.python!, ["-c", Self.fill, opened.appendingPathComponent("lembar-kerja.xlsx").path, example.path, filled.path])
        #expect(fill.status == 0, "openpyxl: \(fill.errors)")
        try Self.convert(filled, to: "xlsx", into: saved, profile: profile)
        try Self.convert(saved.appendingPathComponent("lembar-kerja-terisi.xlsx"), to: "csv:Text - txt - csv (StarCalc):\(Self.csvOptions)", into: saved, profile: profile)
        // The CSV worksheet opened and saved in the Indonesian locale: NIPs become 1.98607282015092E+017, dates 11/27/26.
        try Self.convert(example, to: "csv:Text - txt - csv (StarCalc):\(Self.csvOptions)", into: roundTrip, profile: profile,
                         inputFilter: "CSV:\(Self.csvOptions)")

        for (name, file) in [("xlsx", saved.appendingPathComponent("lembar-kerja-terisi.xlsx")), ("xlsx-csv", saved.appendingPathComponent("lembar-kerja-terisi.csv"))] {
            let (run, minutes) = try Self.minutes(file, scheduled: scheduled, name: name)
            #expect(minutes == expected, "\(name): other Berita Acara than from the example notes")
            // Only the example's own warnings: six commitments due on Christmas Day.
            let warnings = run.errors.split(separator: "\n").filter { $0.contains(": warning: ") }
            #expect(warnings.count == 6 && warnings.allSatisfy { $0.contains("a holiday (Hari Raya Natal)") }, "\(name): \(run.errors)")
        }
        let damaged = roundTrip.appendingPathComponent("catatan-coaching-lengkap.csv")
        let text = try String(contentsOf: damaged, encoding: .utf8)
        #expect(text.contains(";11/27/26;") && text.contains(";1.98607282015092E+017;"), "LibreOffice no longer writes what the test is about:\n\(text.prefix(400))")
        let (run, minutes) = try Self.minutes(damaged, scheduled: scheduled, name: "csv")
        #expect(minutes == expected, "the CSV LibreOffice saved gives other Berita Acara than the example notes")
        let warnings = run.errors.split(separator: "\n").filter { $0.contains(": warning: ") && !$0.contains("Hari Raya Natal") }
        #expect(warnings.count == 20)
        #expect(warnings.first == "\(damaged.path):2:24: warning: a spreadsheet turned the NIP into the number 1.98607282015092E+017, keeping 15 of its 18 digits; it matches the NIP of session 1, 198607282015091716 (Gilang Lubis), which is used (nip)")
        print("The spreadsheet round trip (4 LibreOffice conversions, openpyxl, 4 minutes runs) took \(ContinuousClock.now - started).")
    }

    /// `kandidat.xlsx` opened in LibreOffice Calc and saved as CSV in the Indonesian locale:
    /// the NIPs are text, so all 18 digits come out, where the CSV loses three.
    @Test(.enabled(if: soffice != nil, "LibreOffice Calc (soffice) is not installed: apt-get install libreoffice-calc"))
    func theCandidateWorkbookKeepsItsNIPsInASpreadsheet() throws {
        let scheduled = try W.scheduledFolder()
        defer { try? FileManager.default.removeItem(at: scheduled) }
        let saved = scheduled.appendingPathComponent("disimpan")
        try Self.convert(scheduled.appendingPathComponent("Output/2026/2026-001/kandidat.xlsx"), to: "csv:Text - txt - csv (StarCalc):\(Self.csvOptions)",
                         into: saved, profile: scheduled.appendingPathComponent("profil"))
        let text = try String(contentsOf: saved.appendingPathComponent("kandidat.csv"), encoding: .utf8)
        #expect(text.hasPrefix("peringkat;nip;nama;"), "\(text.prefix(300))")
        // Every NIP of the batch's kandidat.csv (its second column), whole, as a field.
        let ours = try String(contentsOf: scheduled.appendingPathComponent("Output/2026/2026-001/kandidat.csv"), encoding: .utf8)
        let nips = ours.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(nips.count > 1 && nips.contains("198607282015091716"))
        for nip in nips { #expect(text.contains(";\(nip);"), "\(nip) is not in what LibreOffice saved:\n\(text.prefix(300))") }
        #expect(!text.contains("E+0"))
    }
}
