/// Column names as offices write them, matched case- and space-insensitively.
public enum HeaderName {
    /// `Nilai  Kualitas ` → `nilai_kualitas`; spaces, hyphens and underscores collapse to one `_`.
    public static func normalize(_ header: String) -> String {
        var result = ""
        var pendingSeparator = false
        for scalar in header.unicodeScalars {
            if scalar == " " || scalar == "_" || scalar == "-" || scalar == "\t" || scalar == "\u{A0}" {
                pendingSeparator = !result.isEmpty
                continue
            }
            if pendingSeparator { result += "_"; pendingSeparator = false }
            result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        return result
    }

    /// True for codes like `etika_bertelepon`: lower-case ASCII letters, digits and `_`.
    public static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    /// Our own columns an office may map its headers onto.
    public static let aliasableColumns = ReportColumn.fixedNames + RecommendationColumn.allCases.map(\.rawValue)
        .filter { !ReportColumn.fixedNames.contains($0) }

    static func isAliasable(_ canonical: String) -> Bool {
        aliasableColumns.contains(canonical) || canonical.hasPrefix("aspek_") || canonical.hasPrefix("kpi_")
    }

    /// Maps an office's header to ours through the configured aliases.
    static func canonical(_ header: String, aliases: [String: [String]]) -> String {
        let normalized = normalize(header)
        for (canonical, names) in aliases where names.contains(normalized) { return canonical }
        return normalized
    }
}

/// The columns of the Laporan Kinerja Agen.
public enum ReportColumn: Hashable, Sendable {
    case periode, nip, nama, jabatan, tim, nipTeamLeader, jumlahPenilaian, nilaiKualitas, statusPegawai
    case aspect(Int)
    case kpi(Int)

    static let required: [(ReportColumn, String)] = [
        (.periode, "periode"), (.nip, "nip"), (.nama, "nama"), (.jabatan, "jabatan"), (.tim, "tim"),
        (.nipTeamLeader, "nip_team_leader"), (.jumlahPenilaian, "jumlah_penilaian"), (.nilaiKualitas, "nilai_kualitas"),
    ]
    static let optional: [(ReportColumn, String)] = [(.statusPegawai, "status_pegawai")]
    static let fixedNames = (required + optional).map(\.1)

}

/// The columns of the Rekomendasi Perbaikan Kinerja Agen.
public enum RecommendationColumn: String, CaseIterable, Sendable {
    case id, periode, nip, aspek, temuan, rekomendasi, prioritas
    static let requiredColumns: [RecommendationColumn] = [.periode, .nip, .aspek, .temuan, .rekomendasi, .prioritas]
    /// Index into a row's field array.
    var slot: Int {
        switch self {
        case .id: 0
        case .periode: 1
        case .nip: 2
        case .aspek: 3
        case .temuan: 4
        case .rekomendasi: 5
        case .prioritas: 6
        }
    }
}
