import CoachingCore
import Foundation
import Testing
import TestSupport

/// The program speaks Indonesian unless asked otherwise: `--lang en` or `COACHING_LANG=en`,
/// never the system locale; a language it does not know is a wrong command line (issue #19).
@Suite("The language of the command line", .serialized)
struct LanguageCommandTests {
    typealias W = WorkflowTests

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func statusRefusalsAndDatesInIndonesianByDefaultAndEnglishWhenAsked() throws {
        let folder = try W.scheduledFolder()
        var run = try W.coaching(["status", "2026-001", "--today", "2026-11-26"], in: folder, language: "")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Batch 2026-001 · JDW-1/KLIP/2026 · sesuai jadwal")
        #expect(lines.dropFirst().first == "  penugasan 2026-11-25, batas waktu 2026-12-15; terpakai 1 dari 14 hari kerja, sisa 13 (per 2026-11-26)")
        #expect(lines.last == "  berikutnya: Kepala Seksi PKL (Ratna Kusumawardani): setujui Jadwal: coaching approve 2026-001 --document jadwal --by NIP --on TANGGAL")
        run = try W.coaching(["status", "2026-001", "--today", "2026-11-26", "--lang", "en"], in: folder, language: "")
        #expect(run.output.hasPrefix("Batch 2026-001 · JDW-1/KLIP/2026 · on track\n  assigned 2026-11-25, deadline 2026-12-15; working days used 1 of 14, 13 left (as of 2026-11-26)\n"))
        run = try W.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "197205141998031002", "--on", "2026-11-26"], in: folder, language: "id")
        #expect(run.status == 1 && run.errors == "error: NIP 197205141998031002 tidak berwenang menyetujui: kewenangan itu ada pada Kepala Seksi PKL, Ratna Kusumawardani (NIP 198012302010012005), sebagaimana disebut pada people.kepala_seksi_pkl dalam coaching.toml batch ini\n")
        // Issue #19, surprise 6: the date error says which forms are accepted.
        run = try W.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "26-11-2026"], in: folder, language: "id")
        #expect(run.status == 64 && run.errors.hasPrefix("error: nilai '26-11-2026' tidak sah untuk '--on <yyyy-mm-dd>': '26-11-2026' bukan tanggal; tulis dalam bentuk 2026-11-25 atau 25/11/2026"))
        run = try W.coaching(["calendar", "--from", "2026-11-31"], in: folder, language: "en")
        #expect(run.status == 64 && run.errors.contains("'2026-11-31' is not a date; write it as 2026-11-25 or 25/11/2026"))
    }

    /// argument-parser's own words around help and command-line errors are said in Indonesian
    /// too; English, the completion script and the help dump stay as the library makes them.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func theCommandLinesOwnWordsAreIndonesian() throws {
        let folder = FileManager.default.temporaryDirectory
        var run = try W.coaching(["schedule", "--repot", "x"], in: folder, language: "")
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("error: argumen '--reports <file>' belum diberikan\nBantuan:  --reports <file>  Laporan Kinerja Agen (.csv atau .xml).\nPenggunaan: coaching schedule "))
        #expect(run.errors.hasSuffix("  Lihat 'coaching schedule --help' untuk keterangan lebih lanjut.\n"))
        run = try W.coaching(["approve", "2026-001", "--document", "rekap", "--by", "1", "--on", "2026-11-26"], in: folder, language: "")
        #expect(run.status == 64 && run.errors.hasPrefix(
            "error: nilai 'rekap' tidak sah untuk '--document <type>'. Pilih salah satu dari 'jadwal' dan 'berita-acara'.\n"))
        run = try W.coaching(["efektivitas", "--reports", "x.csv", "--from", "2026-13"], in: folder, language: "")
        #expect(run.status == 64 && run.errors.hasPrefix("error: nilai '2026-13' tidak sah untuk '--from <yyyy-mm>': '2026-13' bukan periode; tulis bulan dalam bentuk YYYY-MM, misalnya 2026-10\n"))
        run = try W.coaching(["status", "--bogus"], in: folder, language: "")
        #expect(run.status == 64 && run.errors.hasPrefix("error: opsi '--bogus' tidak dikenal. Maksud Anda '--out'?\n"))
        run = try W.coaching(["status", "--help"], in: folder, language: "")
        #expect(run.status == 0)
        for line in ["PENGGUNAAN: coaching status [--lang <id|en>] [<batch>] [--out <dir>] [--today <yyyy-mm-dd>] [--format <format>]", "ARGUMEN:", "OPSI:",
                     "  --format <format>       text atau json. (nilai: text, json; bawaan: text)", "  -h, --help              Menampilkan bantuan ini."] {
            #expect(run.output.split(separator: "\n").contains(Substring(line)), "\(line)")
        }
        run = try W.coaching(["status", "--help"], in: folder, language: "en")
        #expect(run.output.contains("\nOPTIONS:\n") && run.output.contains("Show help information."))
        run = try W.coaching(["status", "--bogus"], in: folder, language: "en")
        #expect(run.errors.hasPrefix("Error: Unknown option '--bogus'. Did you mean '--out'?\n"))
        run = try W.coaching(["--generate-completion-script", "bash"], in: folder, language: "")
        #expect(run.status == 0 && run.output.hasPrefix("#!/bin/bash\n"))
    }

    /// Past the SOP's 14 working days, status says how late, not "24 of 14 used, 0 left": the
    /// 14th day is not late, the 15th is one working day late.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func aLateBatchSaysHowManyWorkingDaysLate() throws {
        let folder = try W.scheduledFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func second(_ run: WorkflowTests.Run) -> String? { run.output.split(separator: "\n").dropFirst().first.map(String.init) }
        var run = try W.coaching(["status", "2026-001", "--today", "2026-12-15"], in: folder, language: "")
        #expect(second(run) == "  penugasan 2026-11-25, batas waktu 2026-12-15; terpakai 14 dari 14 hari kerja, sisa 0 (per 2026-12-15)", "\(run.output)")
        run = try W.coaching(["status", "2026-001", "--today", "2026-12-16"], in: folder, language: "")
        #expect(second(run) == "  penugasan 2026-11-25, batas waktu 2026-12-15; terlambat 1 hari kerja dari batas 14 hari kerja (per 2026-12-16)", "\(run.output)")
        run = try W.coaching(["status", "2026-001", "--today", "2026-12-16"], in: folder)
        #expect(second(run) == "  assigned 2026-11-25, deadline 2026-12-15; 1 working day late against the limit of 14 working days (as of 2026-12-16)", "\(run.output)")
        run = try W.coaching(["status", "--help"], in: folder, language: "")
        #expect(run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("Hitung sampai tanggal ini (bawaan: hari ini, WIB)."), "\(run.output)")
    }

    /// A batch whose Jadwal is damaged is named and counted: status never says there is no batch.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func aDamagedBatchIsCountedNotSaidNotToExist() throws {
        let folder = try W.scheduledFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jadwal = folder.appendingPathComponent("Output/2026/2026-001/jadwal-coaching.xml")
        try Data((try String(contentsOf: jadwal, encoding: .utf8)).replacingOccurrences(of: "Ruang Coaching", with: "Ruang Rapat").utf8).write(to: jadwal)
        var run = try W.coaching(["status", "--today", "2026-11-26"], in: folder, language: "")
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("warning: batch 2026-001 tidak ditampilkan: "), "\(run.errors)")
        #expect(run.output == "1 batch di Output tidak dapat ditampilkan (lihat peringatan di atas); pulihkan berkasnya, lalu jalankan coaching status lagi.\n", "\(run.output)")
        run = try W.coaching(["status", "--today", "2026-11-26"], in: folder)
        #expect(run.status == 1)
        #expect(run.output == "1 batch under Output could not be shown (see the warnings above); restore the files, then run coaching status again.\n", "\(run.output)")
    }

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func anUnknownLanguageIsAWrongCommandLineAndTheLocaleChangesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var run = try W.coaching(["status"], in: folder, language: "fr")
        #expect(run.status == 64)
        #expect(run.errors == """
            error: COACHING_LANG bernilai 'fr', bukan bahasa yang dikenal; nilai yang diterima: id, en

            """)
        // `--lang fr` is refused once, in Indonesian, not in both languages.
        run = try W.coaching(["--lang", "fr", "status"], in: folder, language: "")
        #expect(run.status == 64 && run.errors == "error: --lang bernilai 'fr', bukan bahasa yang dikenal; nilai yang diterima: id, en\n", "\(run.errors)")
        #expect(run.output.isEmpty)
        run = try W.coaching(["--help"], in: folder, language: "")
        #expect(run.output.hasPrefix("IKHTISAR: Administrasi coaching KLIP DJP (SOP LIP30-0005)"))
        run = try W.coaching(["check", "tidak-ada.csv"], in: folder, language: "")
        #expect(run.status == 1 && run.output.hasPrefix("tidak-ada.csv: error: tidak-ada.csv tidak ditemukan; periksa nama dan folder berkas itu\n"))
    }

    /// One broken tag in a shared partial (kop.html, included by every document) is one problem,
    /// shown and counted once, not once per document that includes it.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func aBrokenSharedPartialIsOneProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID().uuidString)")
        let templates = folder.appendingPathComponent("templat")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<header>{{#kop}}</header>\n".utf8).write(to: templates.appendingPathComponent("kop.html"))
        let run = try W.coaching(["templates", "check", "templat"], in: folder, language: "")
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(run.output)")
        #expect(lines.first == "templat/kop.html:1:9: error: 'kop' dibuka di sini tetapi tidak pernah ditutup", "\(run.output)")
        #expect(lines.last?.hasPrefix("1 masalah pada templat (") == true, "\(run.output)")
    }

    /// A broken office template, checked by `templates check`: the place as editors follow it
    /// (`file:line:column: error:`), the problem in Indonesian.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func aBrokenTemplateIsNamedInIndonesian() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID().uuidString)")
        let templates = folder.appendingPathComponent("templat")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<p>{{#sesi}}{{nama}}</p>\n".utf8).write(to: templates.appendingPathComponent("jadwal-coaching.html"))
        let run = try W.coaching(["templates", "check", "templat"], in: folder, language: "")
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("templat/jadwal-coaching.html:1:4: error: 'sesi' dibuka di sini tetapi tidak pernah ditutup\n"), "\(run.output)")
        let english = try W.coaching(["templates", "check", "templat"], in: folder, language: "en")
        #expect(english.output.hasPrefix("templat/jadwal-coaching.html:1:4: error: 'sesi' is opened here but never closed\n"), "\(english.output)")
    }

    /// `coaching init` writes the settings file with its comments in the run's language: Bahasa
    /// Indonesia by default, English with `--lang en`; the keys are the same in both.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func initWritesTheSettingsCommentsInIndonesianByDefaultAndEnglishWhenAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coaching.toml")
        var run = try W.coaching(["init"], in: folder, language: "")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasSuffix("coaching.toml telah ditulis. Isi para penanda tangan, lalu jalankan `coaching check`.\n"), "\(run.output)")
        let indonesian = try String(contentsOf: file, encoding: .utf8)
        let lines = indonesian.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(2)) == [
            "# coaching.toml: pengaturan aplikasi coaching KLIP DJP (SOP LIP30-0005).",
            "# Setiap pengaturan mempunyai nilai bawaan; hapus pengaturan yang tidak perlu diubah.",
        ])
        #expect(lines.contains("# Para penanda tangan. Nama dan NIP (18 angka) wajib diisi sebelum dokumen dapat dibuat;"))
        #expect(lines.contains("# Jumlah sesi paling banyak yang diberikan coach (Kepala Seksi PKL) dalam satu hari."))
        #expect(lines.contains("quality_minimum = 80"))
        #expect(indonesian == ConfigurationTemplate.indonesian)
        run = try W.coaching(["init", "--force", "--lang", "en"], in: folder, language: "")
        #expect(run.status == 0, "\(run.errors)")
        let english = try String(contentsOf: file, encoding: .utf8)
        #expect(english.hasPrefix("# coaching.toml: settings of the KLIP DJP coaching tool (SOP LIP30-0005).\n# Every setting has a default; delete what you do not need to change.\n"))
        #expect(english == ConfigurationTemplate.english)
    }
}
