/// One row of the Laporan Kinerja Agen: one person in one period, typed and validated.
public struct PerformanceRecord: Sendable, Equatable {
    public var periode: Periode
    public var nip: NIP
    public var nama: String
    public var jabatan: Jabatan
    public var tim: String
    /// The agent's team leader; nil for team leaders.
    public var nipTeamLeader: NIP?
    /// How many evaluations the score rests on.
    public var jumlahPenilaian: Int
    /// Overall quality score, 0–100.
    public var nilaiKualitas: Double
    /// Per-aspect scores in ``ReportLayout/aspectCodes`` order; nil where the cell was empty.
    public var aspectScores: [Double?]
    /// KPI values in ``ReportLayout/kpiCodes`` order; nil where the cell was empty.
    public var kpiValues: [Double?]
    /// Contract staff (PPPK) rather than civil servant (PNS).
    public var isPPPK: Bool
    /// Where the row is, for reasons that point back to the source.
    public var line: Int
}

/// One improvement recommendation for one person in one period.
public struct Recommendation: Sendable, Equatable {
    /// Given in the file, or derived from the content so it stays the same across runs.
    public var id: String
    public var idIsDerived: Bool
    public var periode: Periode
    public var nip: NIP
    /// Aspect code, normalised (`Etika Bertelepon` → `etika_bertelepon`).
    public var aspek: String
    /// The finding.
    public var temuan: String
    /// The recommended improvement.
    public var rekomendasi: String
    public var prioritas: Prioritas
    public var line: Int

    /// A stable id from the content: `R-` and 10 hex digits of an FNV-1a hash, so reordering
    /// the file does not change anyone's id.
    public static func stableID(periode: Periode, nip: NIP, aspek: String, temuan: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(periode)|\(nip)|\(aspek)|\(temuan)".utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash & 0xFF_FFFF_FFFF, radix: 16, uppercase: true)
        return "R-" + String(repeating: "0", count: 10 - hex.count) + hex
    }
}
