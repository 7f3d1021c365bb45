import CoachingCore
import Foundation
import Testing
import TestSupport

@Suite("Checking the Laporan Kinerja Agen and the Rekomendasi")
struct ReportCheckTests {
    @Test func aCleanPairHasNoDiagnosticsAndASummary() {
        let recs = "periode,nip,aspek,temuan,rekomendasi,prioritas\n2026-10,198012302010012005,Etika Bertelepon,Salam tidak lengkap,Latihan skrip,tinggi\n"
        let results = checkFiles([("r.csv", recs), ("l.csv", Fixture.report)])
        #expect(messages(results) == [])
        #expect(results[1].summary.rows == 2)
        #expect(results[1].summary.people == 2)
        #expect(results[1].summary.teams == 1)
        #expect(results[1].summary.periods == ["2026-10"])
        #expect(CheckReport(results: results, language: .en).text == """
            r.csv: Rekomendasi Perbaikan Kinerja Agen (CSV, UTF-8), 1 row, 1 person, period 2026-10; 0 errors, 0 warnings
            l.csv: Laporan Kinerja Agen (CSV, UTF-8), 2 rows, 2 people, 1 team, period 2026-10; 0 errors, 0 warnings
            No errors: the inputs can be used.

            """)
    }

    @Test func everyProblemOfEveryRowIsReportedWithLineColumnAndField() {
        let report = [
            Fixture.header, Fixture.leader, Fixture.agent,
            "2026-13,19861326201505100,,Supervisor,Tim 1,,x,105,-1,abc",
            "2026-10,198012302010012005,Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,76,70,410",
            "2026-10,199001152015022001,Ani,Agen Informasi,Tim 2,199103222014021003,6,81,80,300",
            "2026-10,199103222014021003,Budi,Agen Informasi,Tim 2,,6,81,80,1",
            "2026-10,199103222014021003,Budi,Agen Informasi,Tim 2,,6,81,80",
        ].joined(separator: "\n")
        let results = checkFiles([("lap.csv", report)])
        #expect(messages(results) == [
            "lap.csv:4:1: error: '2026-13' is not a period; write the month as YYYY-MM, e.g. 2026-10 (periode)",
            "lap.csv:4:9: error: a NIP has 18 digits; this one has 17 (nip)",
            "lap.csv:4:27: error: the name is empty (nama)",
            "lap.csv:4:28: error: 'Supervisor' is not a position in this report; use 'Agen Informasi' or 'Team Leader Informasi' (jabatan)",
            "lap.csv:4:46: error: the number of evaluations must be a whole number (0 or more), found 'x' (jumlah_penilaian)",
            "lap.csv:4:48: error: the quality score must be from 0 to 100, found 105 (nilai_kualitas)",
            "lap.csv:4:52: error: the score for etika_bertelepon must be from 0 to 100, found -1 (aspek_etika_bertelepon)",
            "lap.csv:4:55: error: aht_detik must be a number, found 'abc' (kpi_aht_detik)",
            "lap.csv:5:9: error: NIP 198012302010012005 already has a row for 2026-10 on line 3; a person appears once per period (nip)",
            "lap.csv:6:53: error: the team leader named here, 199103222014021003, is an Agen Informasi in 2026-10, not a Team Leader Informasi (nip_team_leader)",
            "lap.csv:7:54: error: an agent's row needs the NIP of their team leader (nip_team_leader)",
            "lap.csv:8: error: this row has 9 fields but the header has 10; check for a missing or extra ',', or a value that needs quotes",
        ])
        #expect(CheckReport(results: results, language: .en).errorCount == 12)
    }

    /// Issue #15: NIPs dated after today passed. Today is 31 December 2026 (`testToday`);
    /// Citra's service from this month is accepted.
    @Test func nipsDatedAfterTodayAreRefusedWithLineColumnAndField() {
        let report = [
            Fixture.header, Fixture.leader, Fixture.agent,
            "2026-10,199001152027012001,Ani,Agen Informasi,Tim 1,198609262015051001,6,81,80,300",
            "2026-10,202701022027011003,Budi,Agen Informasi,Tim 1,198609262015051001,6,81,80,300",
            "2026-10,199205102026122004,Citra,Agen Informasi,Tim 1,198609262015051001,6,81,80,300",
            "2026-10,199306112017012005,Eko,Agen Informasi,Tim 1,198609262027051001,6,81,80,300",
        ].joined(separator: "\n") + "\n"
        let recs = "periode,nip,aspek,temuan,rekomendasi,prioritas\n2026-10,199001152027012001,etika_bertelepon,Salam,Latihan,tinggi\n"
        #expect(messages(checkFiles([("lap.csv", report), ("rek.csv", recs)])) == [
            "lap.csv:4:9: error: digits 9–14 of a NIP are the start of service (YYYYMM), and 202701 is after this month (2026-12) (nip)",
            "lap.csv:5:9: error: the first 8 digits of a NIP are the birth date (YYYYMMDD), and 20270102 is after today (2026-12-31) (nip)",
            "lap.csv:7:53: error: the team leader's NIP is wrong: digits 9–14 of a NIP are the start of service (YYYYMM), and 202705 is after this month (2026-12) (nip_team_leader)",
            "rek.csv:2:9: error: digits 9–12 of a NIP are the year service started, and 2027 is after this year (2026) (nip)",
        ])
    }

    @Test func readsSemicolonFilesWithDecimalCommasAndExcelDates() {
        let report = """
            periode;nip;nama;jabatan;tim;nip_team_leader;jumlah_penilaian;nilai_kualitas;kpi_aht_detik
            01/10/2026;198609262015051001;Rizki;Team Leader Informasi;Tim 1;;8;88,5;300
            10/2026;198012302010012005;Dewi;agen  informasi;Tim 1;198609262015051001;7;76,25;1.234
            """
        let results = checkFiles([("l.csv", report)])
        #expect(messages(results) == [
            "l.csv:3:82: error: '1.234' is unclear in a file separated by ';', where ',' is the decimal mark and '.' groups thousands; write it without the '.' or with ',' for decimals (kpi_aht_detik)",
        ])
    }

    @Test func mapsAnOfficesHeadersThroughAliases() {
        var configuration = Configuration()
        configuration.input.headerAliases = ["nip": ["nip_pegawai"], "nilai_kualitas": ["skor_qa"]]
        let report = Fixture.report
            .replacingFirst("periode,nip,", with: "Periode, NIP Pegawai ,")
            .replacingFirst("nilai_kualitas", with: "Skor  QA")
        let results = checkFiles([("l.csv", report)], configuration: configuration)
        #expect(messages(results) == [])
        #expect(results[0].summary.rows == 2)
    }

    @Test func namesMissingColumnsAndUnknownOnes() {
        let results = checkFiles([("l.csv", "periode,nip,nama,jabatan,tim,jumlah_penilaian,nilai_kualitas,catatan\n2026-10,1,2,3,4,5,6,7\n")])
        #expect(messages(results) == [
            "l.csv:1: error: the header lacks the column nip_team_leader; a Laporan Kinerja Agen needs periode, nip, nama, jabatan, tim, nip_team_leader, jumlah_penilaian, nilai_kualitas",
            "l.csv:1:62: warning: column 'catatan' is not one this tool reads and is ignored (add an alias in coaching.toml if it is one of ours) (catatan)",
        ])
    }

    @Test func checksRecommendationsAgainstTheReport() {
        let recs = """
            id,periode,nip,aspek,temuan,rekomendasi,prioritas
            R1,2026-10,198012302010012005,etika_bertelepon,Salam,Latihan,tinggi
            R1,2026-10,198012302010012005,etika_bertelepon,Intonasi,Latihan,sedang
            R2,2026-09,198012302010012005,etika_bertelepon,Salam,Latihan,rendah
            R3,2026-10,198012302010012005,menyanyi,Salam,Latihan,penting
            R4,2026-10,198012302010012005,efisiensi,,Latihan,rendah
            """
        let results = checkFiles([("l.csv", Fixture.report), ("r.csv", recs)])
        #expect(messages(results) == [
            "r.csv:3:1: error: id 'R1' is already used on line 2; each recommendation needs its own id (id)",
            "r.csv:4:12: error: there is no row for NIP 198012302010012005 in 2026-09 in the Laporan Kinerja Agen, so this recommendation belongs to nobody (nip)",
            "r.csv:5:54: error: 'penting' is not a priority; use tinggi, sedang or rendah (prioritas)",
            "r.csv:6:41: error: the finding (temuan) is empty (temuan)",
        ])
    }

    @Test func flagsAnUnknownAspect() {
        let recs = "periode,nip,aspek,temuan,rekomendasi,prioritas\n2026-10,198012302010012005,menyanyi,Salam,Latihan,tinggi\n"
        let results = checkFiles([("l.csv", Fixture.report), ("r.csv", recs)])
        #expect(messages(results) == [
            "r.csv:2:28: error: 'menyanyi' is not an aspect of the report; known aspects: akurasi_informasi, efisiensi, etika_bertelepon, interaksi_empati, kepatuhan_sop (aspek)",
        ])
    }

    @Test func derivesStableIDsWhenAbsent() {
        let a = Recommendation.stableID(periode: Periode(year: 2026, month: 10)!, nip: NIP.make(birth: CivilDate(year: 1980, month: 12, day: 30)!, serviceYear: 2010, serviceMonth: 1, sex: 2, sequence: 5), aspek: "efisiensi", temuan: "x")
        #expect(a.hasPrefix("R-"))
        #expect(a.count == 12)
        #expect(a == Recommendation.stableID(periode: Periode(year: 2026, month: 10)!, nip: NIP.make(birth: CivilDate(year: 1980, month: 12, day: 30)!, serviceYear: 2010, serviceMonth: 1, sex: 2, sequence: 5), aspek: "efisiensi", temuan: "x"))
    }

    @Test func headerOnlyAndEmptyFilesAreErrors() {
        #expect(messages(checkFiles([("l.csv", Fixture.header + "\n")])) == ["l.csv:1: error: the file has a header line but no data rows"])
    }

    @Test func boundsTheNumberOfDiagnosticsPerFile() {
        var configuration = Configuration()
        configuration.input.maxProblemsPerFile = 5
        let rows = (0..<50).map { _ in "2026-10,1,x,Agen Informasi,Tim 1,198609262015051001,1,50,50,1" }
        let results = checkFiles([("l.csv", ([Fixture.header, Fixture.leader] + rows).joined(separator: "\n"))], configuration: configuration)
        #expect(results[0].log.diagnostics.count == 5)
        #expect(results[0].log.errorCount == 50)
        #expect(CheckReport(results: results, language: .en).text.contains("l.csv: note: 45 more problems not shown (the first 5 are listed)"))
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

@Suite("Check output")
struct CheckOutputTests {
    @Test func jsonListsEveryFileWithItsDiagnosticsAndSummary() throws {
        let results = checkFiles([("l.csv", Fixture.report.replacingFirst("88.5", with: "188.5"))])
        let json = CheckReport(results: results, language: .en).json
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(decoded["errors"] as? Int == 1)
        let files = decoded["files"] as! [[String: Any]]
        let diagnostic = (files[0]["diagnostics"] as! [[String: Any]])[0]
        #expect(diagnostic["line"] as? Int == 2)
        #expect(diagnostic["column"] as? Int == 73)
        #expect(diagnostic["field"] as? String == "nilai_kualitas")
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["message"] as? String == "the quality score must be from 0 to 100, found 188.5")
        #expect((files[0]["summary"] as! [String: Any])["rows"] as? Int == 2)
        // Stable for machines: keys sorted, same bytes every run.
        #expect(json == CheckReport(results: checkFiles([("l.csv", Fixture.report.replacingFirst("88.5", with: "188.5"))]), language: .en).json)
    }
}
