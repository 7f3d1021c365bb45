/// The names documents give the report's codes: `kepatuhan_sop` is "Kepatuhan SOP",
/// `aht_detik` "AHT (detik)". The office may name its own in `[names]` of `coaching.toml`;
/// a code without a name is written in title case with its acronyms in capitals.
public struct DisplayNames: Sendable, Equatable {
    /// Code → name, the defaults overridden by the office's.
    public var names: [String: String]

    public init(_ names: [String: String] = [:]) {
        self.names = Self.defaults.merging(names) { _, office in office }
    }

    /// Names for the codes of the examples and of `coaching sample`.
    public static let defaults: [String: String] = [
        "nilai_kualitas": "Nilai Kualitas",
        "etika_bertelepon": "Etika Bertelepon", "interaksi_empati": "Interaksi Empati", "akurasi_informasi": "Akurasi Informasi",
        "efisiensi": "Efisiensi", "kepatuhan_sop": "Kepatuhan SOP",
        "aht_detik": "AHT (detik)", "fcr_persen": "FCR (%)", "csat_persen": "CSAT (%)", "kepatuhan_jadwal_persen": "Kepatuhan Jadwal (%)",
    ]

    /// Words written in capitals when a code has no name of its own.
    static let acronyms: Set<String> = ["sop", "aht", "fcr", "csat", "kpi", "qa", "tl", "djp", "klip", "sla", "ivr", "crm", "nps", "spt", "npwp"]
    /// Unit words a code may end with, written in brackets.
    static let units = ["persen": "(%)", "detik": "(detik)", "menit": "(menit)"]

    /// The name of `code` (an aspect or KPI code, with or without its `aspek_`/`kpi_` prefix).
    public func name(_ code: String) -> String {
        let bare = code.hasPrefix("aspek_") ? String(code.dropFirst(6)) : code.hasPrefix("kpi_") ? String(code.dropFirst(4)) : code
        if let name = names[code] ?? names[bare] { return name }
        let words = bare.split(separator: "_").map(String.init)
        return words.enumerated().map { i, word in
            if i == words.count - 1, i > 0, let unit = Self.units[word] { return unit }
            if Self.acronyms.contains(word) { return word.uppercased() }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
