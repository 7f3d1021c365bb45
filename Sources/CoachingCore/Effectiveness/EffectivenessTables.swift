/// The analysis as files for analysts: CSV for a spreadsheet in an Indonesian locale (`;`
/// between fields, decimal comma) and JSON for programs. Every figure's report rows are
/// listed as `file:line`, so any number can be checked against the Laporan Kinerja.
public struct EffectivenessTables: Sendable {
    public let result: EffectivenessResult

    public init(_ result: EffectivenessResult) { self.result = result }

    /// The files by name: `efektivitas.csv` (one line per coached person and aspect),
    /// `pembanding.csv` (their comparisons), `ringkasan.csv` (the roll-ups), `komitmen.csv`.
    public var files: [(name: String, bytes: [UInt8])] {
        [("efektivitas.csv", units), ("pembanding.csv", comparisons), ("ringkasan.csv", rollups), ("komitmen.csv", commitments)]
    }

    /// Numbers are written as numbers (a negative one must not get the `'` a spreadsheet
    /// formula gets); text cells are neutralised one by one with ``t(_:)``.
    private static let writer = CSVWriter(delimiter: ";")
    private static let spreadsheet = CSVWriter(delimiter: ";", forSpreadsheet: true)

    /// A text cell as a spreadsheet must get it (no formula).
    static func t(_ text: String) -> String { spreadsheet.neutralised(text) }

    /// Two decimals, decimal comma; empty when there is no figure.
    static func number(_ x: Double?) -> String { x.map { IndonesianNumber.format($0, decimals: 2) } ?? "" }

    static func places(_ rows: [SourceRow]) -> String {
        t(rows.map { "\($0.source.file):\($0.source.line)" }.joined(separator: " "))
    }

    private func csv(_ header: [String], _ lines: some Sequence<[String]>) -> [UInt8] {
        var out = Self.writer.line(header)
        for line in lines { out += Self.writer.line(line) }
        return Array(out.utf8)
    }

    public var units: [UInt8] {
        csv(["berita_acara", "batch", "pelatih", "nip", "nama", "jabatan", "tim", "aspek", "tanggal_sesi", "periode_coaching", "status",
             "keterangan", "baseline", "baseline_nilai_kualitas", "periode_baseline", "sesudah", "periode_sesudah", "perubahan", "jumlah_pembanding",
             "perubahan_pembanding", "efek", "baris_baseline", "baris_sesudah"],
            result.units.lazy.map { u in
                [Self.t(u.beritaAcara), Self.t(u.batch), Self.t(u.coach), u.nip.description, Self.t(u.nama), u.jabatan?.rawValue ?? "", Self.t(u.tim),
                 Self.t(u.aspect), u.sessionDate.description, u.coachingPeriod.description, u.status.rawValue, Self.t(u.note), Self.number(u.baseline),
                 Self.number(u.qualityBaseline),
                 u.baselineRows.map(\.periode.description).joined(separator: " "),
                 Self.number(u.after.isEmpty ? nil : mean(u.after.map(\.value))), u.after.map(\.periode.description).joined(separator: " "),
                 Self.number(u.change), String(u.comparisons.count), Self.number(u.comparisonChange), Self.number(u.effect),
                 Self.places(u.baselineRows), Self.places(u.after)]
            })
    }

    public var comparisons: [UInt8] {
        csv(["berita_acara", "nip", "aspek", "nip_pembanding", "baseline_pembanding", "baseline_nilai_kualitas_pembanding", "perubahan_pembanding", "baris"],
            result.units.lazy.flatMap { u in
                u.comparisons.lazy.map { c in
                    [Self.t(u.beritaAcara), u.nip.description, Self.t(u.aspect), c.nip.description, Self.number(c.baseline), Self.number(c.qualityBaseline),
                     Self.number(c.change), Self.places(c.rows)]
                }
            })
    }

    public var rollups: [UInt8] {
        csv(["dimensi", "kelompok", "jumlah_unit", "jumlah_terukur", "status", "baseline", "sesudah", "perubahan_naif",
             "baseline_pembanding", "perubahan_pembanding", "efek", "batas_bawah_95", "batas_atas_95"],
            result.rollups.lazy.map { r in
                [r.dimension.rawValue, Self.t(r.key), String(r.units), String(r.measured), r.status.rawValue, Self.number(r.baseline),
                 Self.number(r.afterMean), Self.number(r.naiveChange), Self.number(r.comparisonBaseline), Self.number(r.comparisonChange),
                 Self.number(r.effect), Self.number(r.low), Self.number(r.high)]
            })
    }

    public var commitments: [UInt8] {
        csv(["berita_acara", "batch", "pelatih", "nip", "nama", "komitmen", "target", "aspek", "batas", "baseline", "periode_penilaian",
             "nilai", "hasil", "baris"],
            result.commitments.lazy.map { c in
                [Self.t(c.beritaAcara), Self.t(c.batch), Self.t(c.coach), c.nip.description, Self.t(c.nama), Self.t(c.text), c.target.description,
                 Self.t(c.aspect), Self.number(c.threshold),
                 Self.number(c.baseline), c.judgedBy?.periode.description ?? "", Self.number(c.judgedBy?.value), c.outcome.rawValue,
                 c.judgedBy.map { "\($0.source.file):\($0.source.line)" } ?? ""]
            })
    }
}
