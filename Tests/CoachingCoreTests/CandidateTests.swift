import CoachingCore
import Testing
import TestSupport

@Suite("Coaching candidates")
struct CandidateTests {
    static let report = """
        periode,nip,nama,jabatan,tim,nip_team_leader,jumlah_penilaian,nilai_kualitas,aspek_etika_bertelepon,aspek_efisiensi,kpi_aht_detik
        2026-10,198609262015051001,Rizki Pratama,Team Leader Informasi,Tim 1,,8,88,90,85,300
        2026-10,198012302010012005,Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,76,70,80,410
        2026-10,199001152015022001,Ani Wulan,Agen Informasi,Tim 1,198609262015051001,6,90,92,65,300
        2026-10,199103222014021003,Budi Santoso,Agen Informasi,Tim 1,198609262015051001,6,91,90,88,520
        2026-10,199205102016011004,Citra Dewi,Agen Informasi,Tim 1,198609262015051001,3,60,50,50,600
        2026-10,199306112017012005,Eko Saputra,Agen Informasi,Tim 1,198609262015051001,9,95,95,95,250
        2026-09,198609262015051001,Rizki Pratama,Team Leader Informasi,Tim 1,,8,88,90,85,300
        2026-09,198012302010012005,Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,70,70,80,410

        """
    static let recommendations = """
        id,periode,nip,aspek,temuan,rekomendasi,prioritas
        R1,2026-10,199306112017012005,etika_bertelepon,Salam tidak lengkap,Latihan skrip salam,tinggi
        R2,2026-10,198012302010012005,etika_bertelepon,Intonasi terburu-buru,Latihan intonasi,sedang

        """

    private func load(_ periode: Periode? = nil) throws -> LoadedInputs {
        try InputLoader(configuration: Configuration(), today: testToday).load(
            report: InputFile(name: "lap.csv", source: MemoryByteSource(Self.report)),
            recommendations: InputFile(name: "rek.csv", source: MemoryByteSource(Self.recommendations)), periode: periode)
    }

    @Test func everyRuleGivesItsReasonAndTheOrderIsStable() throws {
        let inputs = try load()
        #expect(!inputs.hasErrors)
        let list = try #require(CandidateSelector(rules: Configuration().rules).select(inputs))
        #expect(CandidateReport(list).text == """
            Coaching candidates for 2026-10: 5 of 6 people, 1 skipped

            1. Dewi Lestari (198012302010012005), Agen, Tim 1
               why:   nilai kualitas 76 di bawah batas 80 [lap.csv:3]
               why:   Etika Bertelepon 70 di bawah batas 75 [lap.csv:3]
               focus: Etika Bertelepon
            2. Rizki Pratama (198609262015051001), Team Leader, Tim 1
               why:   4 dari 4 agen Tim 1 menjadi kandidat (100 %, batas 30 %) [lap.csv:2]
            3. Ani Wulan (199001152015022001), Agen, Tim 1
               why:   Efisiensi 65 di bawah batas 70 [lap.csv:4]
               focus: Efisiensi
            4. Budi Santoso (199103222014021003), Agen, Tim 1
               why:   AHT (detik) 520 di atas batas 480 [lap.csv:5]
            5. Eko Saputra (199306112017012005), Agen, Tim 1
               why:   rekomendasi prioritas tinggi R1 tentang Etika Bertelepon [rek.csv:2]
               focus: Etika Bertelepon

            Skipped:
               Citra Dewi (199205102016011004): baru 3 penilaian (paling sedikit 5 untuk dapat dinilai) [lap.csv:6]

            """)
        let dewi = list.candidates[0]
        #expect(dewi.focus[0].recommendations.map(\.id) == ["R2"])
        #expect(dewi.reasons[0].threshold == "< 80")
    }

    @Test func onlyTheLatestPeriodIsKeptUnlessAnotherIsAsked() throws {
        #expect(Set(try load().records.map(\.periode)) == [Periode(year: 2026, month: 10)!])
    }

    @Test func anEarlierPeriodCanBeChosen() throws {
        let september = Periode(year: 2026, month: 9)!
        let list = try #require(CandidateSelector(rules: Configuration().rules).select(try load(september), periode: september))
        #expect(list.candidates.map(\.nama) == ["Dewi Lestari", "Rizki Pratama"])  // his team of one is all flagged
    }

    @Test func theCoolDownSkipsSomeoneCoachedRecently() throws {
        let selector = CandidateSelector(rules: Configuration().rules, today: CivilDate(year: 2026, month: 11, day: 25)!) { nip in
            nip.description == "198012302010012005" ? CivilDate(year: 2026, month: 11, day: 2) : nil
        }
        let list = try #require(selector.select(try load()))
        #expect(!list.candidates.map(\.nama).contains("Dewi Lestari"))
        #expect(list.skipped.map(\.reason).contains("sudah mendapat coaching pada 2 November 2026 (masa jeda 20 hari kerja)"))
    }

    @Test func csvAndJSONCarryTheSameList() throws {
        let list = try #require(CandidateSelector(rules: Configuration().rules).select(try load()))
        let csv = CandidateReport(list).csv
        #expect(csv.hasPrefix("peringkat,nip,nama,jabatan,tim,periode,nilai_kualitas,alasan,fokus\r\n1,198012302010012005,Dewi Lestari,Agen Informasi,Tim 1,2026-10,76.0,nilai kualitas 76 di bawah batas 80; Etika Bertelepon 70 di bawah batas 75,Etika Bertelepon\r\n"))
        #expect(CandidateReport(list).json.contains("\"rule\" : \"tim-bermasalah\""))
    }

    /// Agent `i`'s NIP: born 1 January 1990, in service from January 2015, sequence i + 1.
    static func agentNIP(_ i: Int) -> String { "1990010120150110" + (i + 1 < 10 ? "0\(i + 1)" : "\(i + 1)") }

    /// Exactly on a threshold is not below it: a score of 80 is not a candidate, 79.9 is; a team
    /// with exactly 30 % of its agents flagged flags its leader ("at least"), as the settings say.
    @Test func scoresAndSharesExactlyOnTheirThresholds() throws {
        let header = "periode,nip,nama,jabatan,tim,nip_team_leader,jumlah_penilaian,nilai_kualitas"
        let leader = "198609262015051001"
        var rows = [header, "2026-10,\(leader),Rizki Pratama,Team Leader Informasi,Tim 1,,8,90"]
        // Ten agents: 80 exactly, then three just below (flagged), then six well above.
        let scores = ["80", "79.9", "79", "79"] + Array(repeating: "95", count: 6)
        for (i, score) in scores.enumerated() {
            rows.append("2026-10,\(Self.agentNIP(i)),Agen \(i),Agen Informasi,Tim 1,\(leader),8,\(score)")
        }
        let inputs = try InputLoader(configuration: Configuration(), today: testToday).load(
            report: InputFile(name: "lap.csv", source: MemoryByteSource(rows.joined(separator: "\n") + "\n")), recommendations: nil, periode: nil)
        #expect(!inputs.hasErrors, "\(inputs.checks.flatMap { $0.log.sorted.map(\.formatted) })")
        let list = try #require(CandidateSelector(rules: Configuration().rules).select(inputs))
        let chosen = Set(list.candidates.map(\.nip.description))
        #expect(!chosen.contains(Self.agentNIP(0)), "a score of exactly 80 is not below the minimum 80")
        #expect(chosen.contains(Self.agentNIP(1)), "79.9 is below 80")
        let rizki = try #require(list.candidates.first { $0.nip.description == leader }, "3 of 10 agents is exactly the 30 % limit")
        #expect(rizki.reasons.map(\.text) == ["3 dari 10 agen Tim 1 menjadi kandidat (30 %, batas 30 %)"])
    }
}

@Suite("Coaching candidates: the loop back from earlier coaching")
struct CandidateFollowUpTests {
    @Test("A follow-up reason makes a candidate of someone the report alone would not, and weighs by its priority")
    func followUpReasonsJoinAndWeigh() throws {
        let inputs = try InputLoader(configuration: Configuration(), today: testToday)
            .load(report: InputFile(name: "laporan.csv", source: MemoryByteSource(CandidateTests.report)), recommendations: nil)
        let eko = nip("199306112017012005"), dewi = nip("198012302010012005")
        let reason = CandidateReason(rule: .unmetCommitment, subject: "BA-7/KLIP/2026", value: 76, threshold: "≥ 80",
                                     source: SourceLocation(file: "laporan.csv", line: 7), text: "komitmen belum tercapai (BA-7/KLIP/2026)",
                                     priority: .tinggi)
        let plain = CandidateSelector(rules: Configuration().rules).select(inputs)!
        #expect(!plain.candidates.contains { $0.nip == eko })
        let list = CandidateSelector(rules: Configuration().rules, followUp: [eko: [reason]]).select(inputs)!
        let found = try #require(list.candidates.first { $0.nip == eko })
        #expect(found.reasons == [reason])
        // Weight 3 (tinggi) ranks Eko before Dewi, whose two reasons weigh 2.
        let dewiRank = try #require(list.candidates.first { $0.nip == dewi }).rank
        #expect(dewiRank > found.rank)
    }
}
