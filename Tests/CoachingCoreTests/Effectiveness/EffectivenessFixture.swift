import CoachingCore
import TestSupport

/// A small hand-made history whose figures are worked out by hand in the tests: six periods
/// (2026-01 … 2026-06) of one aspect, kepatuhan_sop (minimum 80); sessions in 2026-04, so the
/// baseline is 2026-01 … 2026-03 and the periods after are 2026-05 and 2026-06.
enum EffectivenessFixture {
    /// Person → (jabatan, kepatuhan_sop per period 01…06). Everyone's nilai_kualitas is 80.
    /// - A (coached): baseline 70, after 78 and 80 → change +9.
    /// - G (coached): baseline 74, after 73 and 81 → change +3.
    /// - I (coached): baseline 60, after 59 and 60 → change −0,5; nobody within 3 points.
    /// - B 71 → +2, C 69 → +2, D 72 → +3, H 75 → +1, E 80 → 0: uncoached agents.
    /// - F: the team leader, baseline 70 but another jabatan.
    static let people: [(name: String, leader: Bool, scores: [Double])] = [
        ("A", false, [70, 72, 68, 75, 78, 80]),
        ("B", false, [71, 71, 71, 71, 73, 73]),
        ("C", false, [69, 69, 69, 69, 70, 72]),
        ("D", false, [72, 72, 72, 72, 75, 75]),
        ("E", false, [80, 80, 80, 80, 80, 80]),
        ("F", true, [70, 70, 70, 70, 70, 70]),
        ("G", false, [74, 74, 74, 74, 73, 81]),
        ("H", false, [75, 75, 75, 75, 76, 76]),
        ("I", false, [60, 60, 60, 60, 59, 60]),
    ]

    static func nipOf(_ name: String) -> NIP {
        let i = people.firstIndex { $0.name == name }!
        return NIP.make(birth: CivilDate(year: 1990, month: 1, day: 1 + i)!, serviceYear: 2015, serviceMonth: 3, sex: 1, sequence: 1 + i)
    }

    /// The report; `evaluations` overrides jumlah_penilaian and `scores` kepatuhan_sop per
    /// (person, period index 1…6).
    static func report(evaluations: [String: [Int: Int]] = [:], scores: [String: [Int: Double]] = [:]) -> String {
        var lines = ["periode,nip,nama,jabatan,tim,nip_team_leader,jumlah_penilaian,nilai_kualitas,aspek_kepatuhan_sop"]
        for month in 1...6 {
            for p in people {
                let jabatan = p.leader ? "Team Leader Informasi" : "Agen Informasi"
                let count = evaluations[p.name]?[month] ?? 8
                lines.append("2026-0\(month),\(nipOf(p.name)),Pegawai \(p.name),\(jabatan),Tim 1,\(p.leader ? "" : nipOf("F").description),\(count),80,\(Int(scores[p.name]?[month] ?? p.scores[month - 1]))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func session(_ number: Int, _ name: String, commitments: [(String, String)] = []) -> CoachedSession {
        CoachedSession(beritaAcara: "BA-\(number)/KLIP/2026", batch: "2026-004", nip: nipOf(name), date: CivilDate(year: 2026, month: 4, day: 14)!,
                       coach: number == 3 ? "Sri Wahyuni" : "Bambang Hartono", aspects: ["aspek_kepatuhan_sop"],
                       commitments: commitments.map { .init(text: $0.0, target: CivilDate(parsing: $0.1)!) },
                       source: SourceLocation(file: "riwayat.csv", line: number + 1))
    }

    static let sessions = [
        session(1, "A", commitments: [("Menaikkan Kepatuhan SOP", "2026-05-20"), ("Kepatuhan SOP mencapai 80", "2026-06-10")]),
        session(2, "G", commitments: [("Menaikkan Kepatuhan SOP", "2026-05-10"), ("Menjaga kepatuhan sop", "2026-08-01")]),
        session(3, "I"),
    ]

    static let today = CivilDate(year: 2026, month: 7, day: 1)!

    static func history(_ report: String = report()) throws -> ReportHistory {
        let (history, checks) = try ReportHistoryLoader(configuration: Configuration(), today: testToday)
            .load([InputFile(name: "laporan.csv", source: MemoryByteSource(report))])
        precondition(!checks.contains { $0.log.hasErrors }, messages(checks).joined(separator: "\n"))
        return history
    }

    static func result(options: EffectivenessOptions = EffectivenessOptions(), report: String = report()) throws -> EffectivenessResult {
        EffectivenessEstimator(options: options, rules: Configuration().rules)
            .estimate(history: try history(report), sessions: sessions, today: today)
    }
}
