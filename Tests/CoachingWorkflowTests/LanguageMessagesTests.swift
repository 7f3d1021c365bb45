import CoachingCore
@testable import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// The messages that matter most, in Bahasa Indonesia (the default) word for word: the input
/// errors with file, line, column and field, the approval refusals, the status, and what
/// `schedule` says it assumed and who did not fit (issue #19).
@Suite("Messages in Bahasa Indonesia")
struct LanguageMessagesTests {
    static func date(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// The list of sessions held (`--riwayat` of `efektivitas`): its problems in Indonesian,
    /// each with line, column and field.
    @Test func aSessionListsProblemsAreSaidInIndonesian() {
        let text = """
            berita_acara,batch,nip,tanggal,pelatih,aspek,komitmen,target_komitmen
            BA-1/KLIP/2026,2026-001,19860728201509171,2026-11-27,Ratna,efisiensi,,
            BA-2/KLIP/2026,2026-001,198607282015091716,27-11-2026,Ratna,efisiensi,,
            ,2026-001,198607282015091716,2026-11-27,Ratna,efisiensi,,

            """
        var log = DiagnosticLog()
        _ = SessionHistoryFile.read(InputFile(name: "riwayat.csv", source: MemoryByteSource(text)), log: &log)
        #expect(log.sorted.map(\.formatted) == [
            "riwayat.csv:2:25: error: \"19860728201509171\" bukan NIP 18 angka yang sah (nip)",
            "riwayat.csv:3:44: error: \"27-11-2026\" bukan tanggal (YYYY-MM-DD) (tanggal)",
            "riwayat.csv:4:1: error: nomor Berita Acara kosong (berita_acara)",
        ])
    }

    @Test func inputErrorsNameFileLineColumnAndField() {
        let report = [
            Fixture.header, Fixture.leader, Fixture.agent,
            "2026-13,19861326201505100,,Supervisor,Tim 1,,x,105,-1,abc",
            "2026-10,198012302010012005,Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,76,70,410",
            "2026-10,199001152015022001,Ani,Agen Informasi,Tim 2,199103222014021003,6,81,80,300",
            "2026-10,199103222014021003,Budi,Agen Informasi,Tim 2,,6,81,80,1",
            "2026-10,199103222014021003,Budi,Agen Informasi,Tim 2,,6,81,80",
        ].joined(separator: "\n")
        let results = checkFiles([("lap.csv", report)], configuration: Configuration())
        #expect(messages(results) == [
            "lap.csv:4:1: error: '2026-13' bukan periode; tulis bulan dalam bentuk YYYY-MM, misalnya 2026-10 (periode)",
            "lap.csv:4:9: error: NIP harus 18 angka; yang tertulis 17 angka (nip)",
            "lap.csv:4:27: error: nama kosong (nama)",
            "lap.csv:4:28: error: 'Supervisor' bukan jabatan dalam laporan ini; gunakan 'Agen Informasi' atau 'Team Leader Informasi' (jabatan)",
            "lap.csv:4:46: error: jumlah penilaian harus bilangan bulat (0 atau lebih), tertulis 'x' (jumlah_penilaian)",
            "lap.csv:4:48: error: nilai kualitas harus antara 0 dan 100, tertulis 105 (nilai_kualitas)",
            "lap.csv:4:52: error: nilai aspek etika_bertelepon harus antara 0 dan 100, tertulis -1 (aspek_etika_bertelepon)",
            "lap.csv:4:55: error: aht_detik harus berupa angka, tertulis 'abc' (kpi_aht_detik)",
            "lap.csv:5:9: error: NIP 198012302010012005 sudah tercantum untuk periode 2026-10 pada baris 3; setiap pegawai hanya sekali per periode (nip)",
            "lap.csv:6:53: error: Team Leader yang disebut di sini, 199103222014021003, adalah Agen Informasi pada periode 2026-10, bukan Team Leader Informasi (nip_team_leader)",
            "lap.csv:7:54: error: baris agen memerlukan NIP Team Leader-nya (nip_team_leader)",
            "lap.csv:8: error: baris ini berisi 9 kolom, sedangkan judul kolom berisi 10; periksa pemisah ',' yang kurang atau berlebih, atau nilai yang perlu diberi tanda petik",
        ])
        #expect(CheckReport(results: results, language: .id).text.hasSuffix("""
            lap.csv: Laporan Kinerja Agen (CSV, UTF-8), 7 baris, 4 orang, 2 tim, periode 2026-10; 12 kesalahan, 0 peringatan
            12 kesalahan dan 0 peringatan: perbaiki kesalahan, lalu periksa kembali.

            """))
    }

    @Test func aMissingColumnAndACleanCheckAreSaidInIndonesian() {
        let results = checkFiles([("lap.csv", "periode,nip,nama,jabatan,tim,jumlah_penilaian,nilai_kualitas\n2026-10,198012302010012005,Dewi,Agen Informasi,Tim 1,7,76\n")],
                                 configuration: Configuration())
        #expect(messages(results) == [
            "lap.csv:1: error: baris judul tidak memuat kolom nip_team_leader; Laporan Kinerja Agen memerlukan periode, nip, nama, jabatan, tim, nip_team_leader, jumlah_penilaian, nilai_kualitas",
        ])
        let clean = checkFiles([("l.csv", Fixture.report)], configuration: Configuration())
        #expect(CheckReport(results: clean, language: .id).text == """
            l.csv: Laporan Kinerja Agen (CSV, UTF-8), 2 baris, 2 orang, 1 tim, periode 2026-10; 0 kesalahan, 0 peringatan
            Tidak ada kesalahan: data masukan dapat digunakan.

            """)
    }

    @Test func approvalRefusalsSayWhoMayAndWhy() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.date(11, 25))))
        let id = batch.folder.lastPathComponent
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(11, 27)),
                                                    actor: "penyaji", language: .id))
        let wrong = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: "197205141998031002", on: Self.date(11, 26)))
        }
        #expect(wrong == WorkflowError(.refused, "error: NIP 197205141998031002 tidak berwenang menyetujui: kewenangan itu ada pada Kepala Seksi PKL, Ratna Kusumawardani (NIP 198012302010012005), sebagaimana disebut pada people.kepala_seksi_pkl dalam coaching.toml batch ini"))
        let future = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: "198012302010012005", on: Self.date(11, 30)))
        }
        #expect(future == WorkflowError(.refused, "error: 30 November 2026 jatuh setelah hari ini (27 November 2026, WIB); persetujuan tidak dapat dicatat sebelum terjadi"))
        let early = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .beritaAcara, by: "198012302010012005", on: Self.date(11, 26)))
        }
        #expect(early == WorkflowError(.refused, "error: Jadwal JDW-1/KLIP/2026 belum disetujui; sesuai SOP, Jadwal disetujui (langkah 4) sebelum Berita Acara (langkah 8): coaching approve 2026-001 --document jadwal …"))
        let malformed = #expect(throws: WorkflowError.self) {
            try workflow.approve(ApprovalRequest(batch: id, document: .jadwal, by: "12345", on: Self.date(11, 26)))
        }
        #expect(malformed == WorkflowError(.usage, "error: --by 12345 bukan NIP (18 angka)"))
        // The same refusal in English, when asked.
        let english = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(11, 27)),
                                                   actor: "penyaji", language: .en))
        let future2 = #expect(throws: WorkflowError.self) {
            try english.approve(ApprovalRequest(batch: id, document: .jadwal, by: "198012302010012005", on: Self.date(11, 30)))
        }
        #expect(future2 == WorkflowError(.refused, "error: 30 November 2026 is after today (27 November 2026, WIB); an approval cannot be recorded before it has happened"))
    }

    @Test func theStatusSaysTheNextStepInIndonesian() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.date(11, 25))))
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(11, 26)),
                                                    actor: "penyaji", language: .id))
        let status = try #require(try workflow.status(StatusRequest(batch: batch.folder.lastPathComponent)).statuses.first)
        #expect(status.steps.map { $0.progress ?? "" } == ["", "", "", "", "0 dari 20", "0 dari 20", "0 dari 20", "0 dari 20"])
        #expect(status.next == "Kepala Seksi PKL (Ratna Kusumawardani): setujui Jadwal: coaching approve 2026-001 --document jadwal --by NIP --on TANGGAL")
    }

    @Test func scheduleSaysTheDaysUsedAndWhatItAssumed() throws {
        let fixture = try WorkflowFixture(today: Self.date(11, 25))
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(11, 25)),
                                                    actor: "penyaji", language: .id))
        let request = ScheduleRequest(reports: WorkflowFixture.example("laporan-kinerja.csv"), recommendations: nil, unavailable: nil,
                                      assignedOn: nil, period: nil, allowPartial: false, settings: WorkflowFixture.settings)
        #expect(workflow.scheduleAssumptions(request).lines(.id) == [
            "Tanggal penugasan diterima: Rabu, 25 November 2026, yaitu hari ini (WIB), karena --assigned-on tidak diberikan.",
            "warning: --recommendations tidak diberikan: kandidat dipilih dari Laporan Kinerja Agen saja, tanpa Rekomendasi Perbaikan Kinerja Agen, dan Jadwal tidak memuat fokus perbaikannya.",
        ])
        var given = request
        given.assignedOn = Self.date(11, 25)
        given.recommendations = WorkflowFixture.example("rekomendasi-perbaikan.csv")
        #expect(workflow.scheduleAssumptions(given).lines(.en) == ["Assignment received on Wednesday, 25 November 2026 (--assigned-on)."])
        // Issue #19, surprise 1: the days that have sessions, not the window.
        let batch = try #require(WorkflowFixture.batch(try workflow.schedule(given)))
        #expect(batch.firstDay == Self.date(11, 27) && batch.lastDay == Self.date(12, 2))
        #expect(batch.windowFirst == Self.date(11, 27) && batch.windowLast == Self.date(12, 10))
        #expect(batch.unplacedList == nil)
    }

    /// Issue #19, surprise 4: too few coaches. Refused: a summary and the first names; with
    /// --allow-partial: the others scheduled and the whole list in the batch's tidak-terjadwal.csv.
    @Test func whoDoesNotFitIsSummarisedAndWrittenIntoTheBatch() throws {
        let fixture = try WorkflowFixture()
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(11, 25)),
                                                    actor: "penyaji", language: .id))
        var settings = WorkflowFixture.settings
        settings.configuration.schedule.maxSessionsPerDay = 1
        var request = ScheduleRequest(reports: WorkflowFixture.example("laporan-kinerja.csv"),
                                      recommendations: WorkflowFixture.example("rekomendasi-perbaikan.csv"), unavailable: nil,
                                      assignedOn: Self.date(11, 25), period: nil, allowPartial: false, settings: settings)
        let refused = #expect(throws: WorkflowError.self) { try workflow.schedule(request) }
        let lines = refused?.lines ?? []
        let summary = try #require(lines.first { $0.hasPrefix("error: ") && $0.hasSuffix("kandidat tidak mendapat jadwal.") })
        #expect(summary.hasSuffix(" dari 20 kandidat tidak mendapat jadwal."))
        #expect(lines.contains { $0.hasPrefix("  Agar semua terjadwal: tambahkan Quality Assessor atau coach pengganti di coaching.toml, naikkan schedule.max_sessions_per_day (saat ini 1)") })
        #expect(lines.last == "Tidak ada yang ditulis; dengan --allow-partial, kandidat lain dijadwalkan dan daftar yang tidak terjadwal ditulis ke tidak-terjadwal.csv dalam folder batch.")
        #expect(lines.count < 20, "one line per person again: \(lines)")
        request.allowPartial = true
        let batch = try #require(WorkflowFixture.batch(try workflow.schedule(request)))
        let list = try #require(batch.unplacedList)
        #expect(list.lastPathComponent == "tidak-terjadwal.csv" && list.deletingLastPathComponent() == batch.folder)
        let rows = try String(contentsOf: list, encoding: .utf8).split(separator: "\r\n")
        #expect(rows.first == "peringkat,nip,nama,jabatan,tim,alasan,saran")
        #expect(rows.count - 1 == 20 - batch.sessions)
    }

    /// The Quality Assessors' worksheet: a cell that is not a date or not an attendance answer.
    @Test func worksheetErrorsNameTheCellInIndonesian() {
        let notes = "sesi,tanggal,nip,hadir,pembahasan,komitmen,target_tanggal\n1,,198012302010012005,mungkin,Bahas,Komitmen,27/11/2026\n"
            + "2,32/13/2026,198012302010012005,ya,Bahas,Komitmen,27/11/2026\n"
        let (_, log) = NotesReader(language: .id).read(InputFile(name: "catatan.csv", source: MemoryByteSource(notes)))
        #expect(log.sorted.map(\.formatted) == [
            "catatan.csv:2:23: error: 'mungkin' bukan isian kehadiran; tulis ya atau tidak (kosongkan selama sesi belum berlangsung) (hadir)",
            "catatan.csv:3:3: error: '32/13/2026' bukan tanggal; tulis 27/11/2026 atau 2026-11-27 (tanggal)",
        ])
    }

    @Test func printingWithoutChromiumSaysWhatToInstallInIndonesian() {
        guard case .failure(let error) = ChromiumLocator.locate(environment: ["PATH": "/tidak-ada"], language: .id) else {
            Issue.record("a Chromium was found on an empty PATH")
            return
        }
        #expect(error.lines == [
            "error: coaching pdf mencetak dengan Chromium, tetapi Chromium tidak ditemukan (chromium-headless-shell, chrome-headless-shell, chromium, chromium-browser dan google-chrome tidak ada di PATH, COACHING_CHROMIUM tidak diisi). Pasang dengan: sudo apt install chromium-headless-shell",
        ])
    }

    @Test func aMissingRegisterAndANothingToRebuildAreSaidInIndonesian() throws {
        let root = try CommitPathTests.root()
        let error = #expect(throws: WorkflowError.self) { try CommitPath.open(root, create: false, language: .id) }
        #expect(error == WorkflowError(.register, "error: tidak ada register di \(root.appendingPathComponent("register.sqlite").path): belum ada yang dijadwalkan di folder keluaran ini"))
        let workflow = Workflow(WorkflowEnvironment(outputRoot: root, clock: .fixed(Self.date(12, 31)), actor: "penyaji", language: .id))
        let rebuild = #expect(throws: WorkflowError.self) { try workflow.rebuildRegister(RebuildRequest()) }
        #expect(rebuild == .error(.refused, "tidak ada folder batch (TAHUN/TAHUN-NNN) di \(root.path): tidak ada bahan untuk membangun ulang register"))
    }

    @Test func aNamedKeyThatIsNotThereIsSaidInIndonesian() throws {
        let folder = URL(fileURLWithPath: "/tidak-ada")
        let error = #expect(throws: WorkflowError.self) { try OfficeKeyFiles.publicKey("/tidak-ada/kantor.pub", folder: folder, language: .id) }
        #expect(error == .error(.invalidInput, "tidak ada kunci publik di /tidak-ada/kantor.pub"))
        let missing = #expect(throws: WorkflowError.self) { try OfficeKeyFiles.privateKey("/tidak-ada/kantor.key", folder: folder, language: .id) }
        #expect(missing == .error(.invalidInput, "tidak ada kunci di /tidak-ada/kantor.key; buat dengan coaching keygen"))
    }
}
