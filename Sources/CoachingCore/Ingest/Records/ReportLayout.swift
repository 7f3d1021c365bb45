/// The shape of one Laporan Kinerja Agen: which aspect and KPI columns it carries.
/// Each row's fields are addressed by a slot: the fixed columns first, then aspects, then KPIs.
public struct ReportLayout: Sendable, Equatable {
    /// Aspect codes in column order (`etika_bertelepon`).
    public let aspectCodes: [String]
    /// KPI codes in column order (`aht_detik`).
    public let kpiCodes: [String]

    public init(aspectCodes: [String], kpiCodes: [String]) {
        self.aspectCodes = aspectCodes
        self.kpiCodes = kpiCodes
    }

    var slotCount: Int { Self.fixedCount + aspectCodes.count + kpiCodes.count }

    @inline(__always)
    func slot(_ column: ReportColumn) -> Int {
        switch column {
        case .periode: 0
        case .nip: 1
        case .nama: 2
        case .jabatan: 3
        case .tim: 4
        case .nipTeamLeader: 5
        case .jumlahPenilaian: 6
        case .nilaiKualitas: 7
        case .statusPegawai: 8
        case .aspect(let i): Self.fixedCount + i
        case .kpi(let i): Self.fixedCount + aspectCodes.count + i
        }
    }

    private static let fixedCount = 9

    /// The column name a clerk sees in messages, e.g. `aspek_efisiensi`.
    func name(_ column: ReportColumn) -> String {
        switch column {
        case .aspect(let i): return "aspek_" + aspectCodes[i]
        case .kpi(let i): return "kpi_" + kpiCodes[i]
        default: return (ReportColumn.required + ReportColumn.optional).first { $0.0 == column }!.1
        }
    }
}
