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

    // The lines are built as bytes (``CSVLineBytes``), quoted and neutralised as ``CSVWriter``
    // does: numbers as numbers (a negative one must not get the `'` a spreadsheet formula
    // gets), text cells neutralised one by one.

    public var units: [UInt8] {
        var out = CSVLineBytes(capacity: result.units.count * 300)
        out.plainLine(["berita_acara", "batch", "pelatih", "nip", "nama", "jabatan", "tim", "aspek", "tanggal_sesi", "periode_coaching", "status",
                       "keterangan", "baseline", "baseline_nilai_kualitas", "periode_baseline", "sesudah", "periode_sesudah", "perubahan",
                       "jumlah_pembanding", "perubahan_pembanding", "efek", "baris_baseline", "baris_sesudah"])
        for u in result.units {
            out.text(u.beritaAcara); out.text(u.batch); out.text(u.coach); out.nip(u.nip); out.text(u.nama)
            out.plain(u.jabatan?.rawValue ?? ""); out.text(u.tim); out.text(u.aspect); out.date(u.sessionDate)
            out.periode(u.coachingPeriod); out.plain(u.status.rawValue); out.text(u.note); out.number(u.baseline)
            out.number(u.qualityBaseline); out.periods(u.baselineRows)
            out.number(u.after.isEmpty ? nil : mean(u.after.map(\.value))); out.periods(u.after)
            out.number(u.change); out.integer(u.comparisons.count); out.number(u.comparisonChange); out.number(u.effect)
            out.places(u.baselineRows); out.places(u.after)
            out.endLine()
        }
        return out.bytes
    }

    public var comparisons: [UInt8] {
        var out = CSVLineBytes(capacity: result.units.reduce(0) { $0 + $1.comparisons.count } * 160 + 200)
        out.plainLine(["berita_acara", "nip", "aspek", "nip_pembanding", "baseline_pembanding", "baseline_nilai_kualitas_pembanding",
                       "perubahan_pembanding", "baris"])
        for u in result.units {
            for c in u.comparisons {
                out.text(u.beritaAcara); out.nip(u.nip); out.text(u.aspect); out.nip(c.nip); out.number(c.baseline)
                out.number(c.qualityBaseline); out.number(c.change); out.places(c.rows)
                out.endLine()
            }
        }
        return out.bytes
    }

    public var rollups: [UInt8] {
        var out = CSVLineBytes()
        out.plainLine(["dimensi", "kelompok", "jumlah_unit", "jumlah_terukur", "status", "baseline", "sesudah", "perubahan_naif",
                       "baseline_pembanding", "perubahan_pembanding", "efek", "batas_bawah_95", "batas_atas_95"])
        for r in result.rollups {
            out.plain(r.dimension.rawValue); out.text(r.key); out.integer(r.units); out.integer(r.measured); out.plain(r.status.rawValue)
            out.number(r.baseline); out.number(r.afterMean); out.number(r.naiveChange); out.number(r.comparisonBaseline)
            out.number(r.comparisonChange); out.number(r.effect); out.number(r.low); out.number(r.high)
            out.endLine()
        }
        return out.bytes
    }

    public var commitments: [UInt8] {
        var out = CSVLineBytes(capacity: result.commitments.count * 250)
        out.plainLine(["berita_acara", "batch", "pelatih", "nip", "nama", "komitmen", "target", "aspek", "batas", "baseline", "periode_penilaian",
                       "nilai", "hasil", "baris"])
        for c in result.commitments {
            out.text(c.beritaAcara); out.text(c.batch); out.text(c.coach); out.nip(c.nip); out.text(c.nama); out.text(c.text)
            out.date(c.target); out.text(c.aspect); out.number(c.threshold); out.number(c.baseline)
            if let judged = c.judgedBy { out.periode(judged.periode) } else { out.plain("") }
            out.number(c.judgedBy?.value); out.plain(c.outcome.rawValue)
            if let judged = c.judgedBy { out.place(judged.source) } else { out.plain("") }
            out.endLine()
        }
        return out.bytes
    }
}
