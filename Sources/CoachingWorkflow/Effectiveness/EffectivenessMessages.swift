import CoachingCore

/// What `coaching efektivitas` says to the person at the desk, in one place so that the
/// message catalogue (issue #19) can take them over.
public enum EffectivenessMessages {
    public static let inputErrors = "Masukan mengandung kesalahan (lihat di atas); perbaiki lalu jalankan lagi. Laporan efektivitas tidak dibuat."
    public static let noSessions = "Belum ada sesi coaching yang tercatat: register tidak memuat Berita Acara yang disetujui dan --riwayat tidak diberikan. Laporan efektivitas tidak dibuat."

    /// The closing line: where the report went and its headline.
    public static func written(folder: String, root: String, units: Int, measured: Int) -> String {
        "Laporan efektivitas ditulis ke \(root)/\(folder)/: \(units) pasangan pegawai dan aspek, \(measured) terukur."
    }

    /// The overall effect in one sentence.
    public static func headline(_ all: Rollup?) -> String {
        guard let all, all.status == .terukur, let effect = all.effect, let low = all.low, let high = all.high else {
            return "Efek coaching: data belum cukup."
        }
        return "Efek coaching: \(IndonesianNumber.format(effect, decimals: 2)) poin (interval 95 %: \(IndonesianNumber.format(low, decimals: 2)) s.d. \(IndonesianNumber.format(high, decimals: 2)))."
    }
}
