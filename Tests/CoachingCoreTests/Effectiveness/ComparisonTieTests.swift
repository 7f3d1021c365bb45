import CoachingCore
import Testing
import TestSupport

/// Two comparable people at the same real distance from a coached one are common (scores have
/// one decimal, baselines are means of three), and the float sums of their distances differ in
/// the last bits. Which one is taken must not depend on those bits: the lower NIP is, as the
/// pandas peer takes it. Before the distances were rounded, 660 of 28,406 measured units of the
/// benchmark took another comparison than the peer.
@Suite("Effectiveness: comparisons at the same distance")
struct ComparisonTieTests {
    /// Scores of the benchmark's own tie: U is coached in 2026-04 on Kepatuhan SOP; P and Q are
    /// both 0,0322… away (aspect and overall baselines), Q's float sum a few 10⁻¹⁵ larger.
    static func report(lowerNIPFor lower: String) -> String {
        let people: [(String, [Double], [Double])] = [
            ("U", [70.9, 69.9, 68.8, 70, 75, 75], [68.7, 73.3, 71.9, 70, 70, 70]),
            ("P", [69.5, 68, 71.6, 70, 71, 71], [68.3, 71.8, 73.6, 70, 70, 70]),
            ("Q", [67, 73, 70.1, 70, 72, 72], [69.5, 71.6, 73, 70, 70, 70]),
        ]
        var lines = ["periode,nip,nama,jabatan,tim,nip_team_leader,jumlah_penilaian,nilai_kualitas,aspek_kepatuhan_sop"]
        let leader = nip("L", lowerNIPFor: lower)
        for month in 1...6 {
            lines.append("2026-0\(month),\(leader),Pegawai L,Team Leader Informasi,Tim 1,,8,80,80")
            for (name, aspect, quality) in people {
                lines.append("2026-0\(month),\(nip(name, lowerNIPFor: lower)),Pegawai \(name),Agen Informasi,Tim 1,\(leader),8,\(quality[month - 1]),\(aspect[month - 1])")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// U's and the team leader L's NIPs are fixed; of P and Q, `lower` gets the lower one.
    static func nip(_ name: String, lowerNIPFor lower: String) -> NIP {
        let sequence = name == "U" ? 1 : name == "L" ? 9 : (name == lower ? 2 : 3)
        return NIP.make(birth: CivilDate(year: 1990, month: 1, day: sequence)!, serviceYear: 2015, serviceMonth: 3, sex: 1, sequence: sequence)
    }

    @Test("Of two comparisons at the same distance, the lower NIP is taken, whichever float sum is smaller", arguments: ["P", "Q"])
    func sameDistanceTakesTheLowerNIP(lower: String) throws {
        let (history, checks) = try ReportHistoryLoader(configuration: Configuration(), today: testToday)
            .load([InputFile(name: "laporan.csv", source: MemoryByteSource(Self.report(lowerNIPFor: lower)))])
        #expect(messages(checks).isEmpty, "\(messages(checks))")
        var options = EffectivenessOptions()
        options.minimumComparisons = 1
        options.maximumComparisons = 1
        let session = CoachedSession(beritaAcara: "BA-1/KLIP/2026", batch: "2026-004", nip: Self.nip("U", lowerNIPFor: lower),
                                     date: CivilDate(year: 2026, month: 4, day: 14)!, coach: "Bambang Hartono", aspects: ["aspek_kepatuhan_sop"],
                                     commitments: [], source: SourceLocation(file: "riwayat.csv", line: 2))
        let result = EffectivenessEstimator(options: options, rules: Configuration().rules)
            .estimate(history: history, sessions: [session], today: CivilDate(year: 2026, month: 7, day: 1)!)
        let unit = try #require(result.units.first)
        #expect(unit.status == .terukur)
        #expect(unit.comparisons.map(\.nip) == [Self.nip(lower, lowerNIPFor: lower)])
    }
}
