/// The analysis as a Kepala Kantor reads it: one printable A4 page set in Indonesian, the
/// conclusion first, then the pictures, the roll-ups with their counts, the commitments and
/// the method. Written with escaping appends rather than a template: the page is a report
/// of figures, not a letter an office words its own way. The detail per person is in the CSV.
public struct EffectivenessReportDocument: Sendable {
    public let result: EffectivenessResult
    public let configuration: Configuration
    /// The day the report is made, for its date line.
    public let madeOn: CivilDate

    public init(result: EffectivenessResult, configuration: Configuration, madeOn: CivilDate) {
        self.result = result
        self.configuration = configuration
        self.madeOn = madeOn
    }

    private var names: DisplayNames { configuration.names }
    /// Scores and effects in the tables, always with their one decimal.
    private func number(_ x: Double?) -> String { x.map { IndonesianNumber.format($0, fixed: true) } ?? "–" }
    /// Counts with a dot between thousands, as the rest of the page writes numbers: `2.770`.
    private func count(_ n: Int) -> String { IndonesianNumber.format(Double(n), decimals: 0) }
    private func e(_ text: String) -> String { TrendChart.escape(text) }

    /// The page, UTF-8.
    public var html: [UInt8] {
        var out = """
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Laporan Efektivitas Coaching \(result.from)–\(result.to)</title>
        <style>
        @page { size: A4; margin: 18mm 16mm; }
        body { font-family: "Times New Roman", serif; font-size: 11pt; line-height: 1.35; color: #000; }
        .kop { text-align: center; border-bottom: 2px solid #000; padding-bottom: 4px; margin-bottom: 10px; }
        .kop p { margin: 0; font-weight: bold; }
        h1 { font-size: 14pt; text-align: center; margin: 6px 0 2px; }
        h2 { font-size: 12pt; margin: 14px 0 4px; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: 4px 0; font-size: 9.5pt; }
        th, td { border: 1px solid #444; padding: 2px 4px; vertical-align: top; }
        th { background: #eee; }
        td.angka { text-align: right; white-space: nowrap; }
        thead { display: table-header-group; }
        tr, .grafik, .kotak { break-inside: avoid; }
        .grafik { max-width: 100%; height: auto; font-family: Arial, sans-serif; font-size: 8px; display: block; margin: 6px 0; }
        .kotak { border: 1px solid #000; padding: 6px 8px; margin: 6px 0; }
        .catatan { font-size: 9pt; }
        </style></head><body>
        <div class="kop">
        """
        for line in configuration.office.letterhead { out += "<p>\(e(line))</p>" }
        out += "</div>\n<h1>LAPORAN EFEKTIVITAS COACHING</h1>\n"
        out += "<p style=\"text-align:center\">Sesi coaching periode \(result.from) s.d. \(result.to); komitmen dinilai per \(e(madeOn.indonesian))</p>\n"
        out += summary()
        out += "<h2>1. Nilai sebelum dan sesudah coaching per aspek</h2>\n"
        out += EffectivenessCharts.beforeAfter(result.rollups.filter { $0.dimension == .aspek }, names: names)
        out += "<h2>2. Efek coaching per aspek (selisih perubahan dicoaching dan pembanding, interval 95 %)</h2>\n"
        out += EffectivenessCharts.effects(result.rollups.filter { $0.dimension == .aspek }, title: "Efek per aspek (poin)") { names.name($0.key) }
        out += table(.aspek, heading: "Aspek") { names.name($0) }
        out += "<h2>3. Efek per pelatih</h2>\n"
        out += EffectivenessCharts.effects(result.rollups.filter { $0.dimension == .pelatih }, title: "Efek per pelatih (poin)") { $0.key }
        out += table(.pelatih, heading: "Pelatih") { $0 }
        out += "<h2>4. Efek per tim</h2>\n" + table(.tim, heading: "Tim") { $0 }
        out += "<h2>5. Efek per batch</h2>\n" + table(.batch, heading: "Batch") { $0 }
        out += commitments()
        out += method()
        out += "</body></html>\n"
        return Array(out.utf8)
    }

    // MARK: - Sections

    private func summary() -> String {
        guard let all = result.rollups.first(where: { $0.dimension == .semua }) else { return "" }
        var out = "<div class=\"kotak\"><p><b>Kesimpulan.</b> "
        out += "Dari \(count(all.units)) pasangan pegawai dan aspek yang dicoaching, \(count(all.measured)) dapat diukur. "
        if let effect = all.effect, let low = all.low, let high = all.high, all.status == .terukur {
            out += "Nilai aspek yang dicoaching berubah rata-rata \(signed(all.naiveChange)) poin; "
            out += "pegawai pembanding dengan nilai awal setara yang tidak dicoaching berubah \(signed(all.comparisonChange)) poin. "
            out += "Efek coaching: <b>\(signed(effect)) poin</b> (interval 95 %: \(number(low)) s.d. \(number(high))). "
            if low > 0 { out += "Coaching terbukti meningkatkan nilai." }
            else if high < 0 { out += "Nilai yang dicoaching justru tumbuh lebih lambat daripada pembanding." }
            else { out += "Efek ini belum dapat dibedakan dari nol: kenaikan sesudah coaching sebagian besar juga terjadi pada pembanding (regresi ke rata-rata)." }
        } else {
            out += "Data belum cukup untuk menyimpulkan efek coaching."
        }
        return out + "</p></div>\n"
    }

    private func signed(_ x: Double?) -> String {
        guard let x else { return "–" }
        return (x > 0 ? "+" : "") + IndonesianNumber.format(x, fixed: true)
    }

    private func table(_ dimension: Rollup.Dimension, heading: String, label: (String) -> String) -> String {
        let rows = result.rollups.filter { $0.dimension == dimension }
        guard !rows.isEmpty else { return "" }
        var out = "<table><thead><tr><th>\(heading)</th><th>Unit</th><th>Terukur</th><th>Sebelum</th><th>Sesudah</th><th>Perubahan</th>"
        out += "<th>Perubahan pembanding</th><th>Efek</th><th>Interval 95 %</th></tr></thead><tbody>\n"
        for r in rows {
            out += "<tr><td>\(e(label(r.key)))</td><td class=\"angka\">\(count(r.units))</td><td class=\"angka\">\(count(r.measured))</td>"
            out += "<td class=\"angka\">\(number(r.baseline))</td><td class=\"angka\">\(number(r.afterMean))</td>"
            out += "<td class=\"angka\">\(signed(r.naiveChange))</td><td class=\"angka\">\(signed(r.comparisonChange))</td>"
            if r.status == .terukur {
                out += "<td class=\"angka\">\(signed(r.effect))</td><td class=\"angka\">\(number(r.low)) s.d. \(number(r.high))</td>"
            } else {
                out += "<td colspan=\"2\">\(e(r.status.rawValue))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private func commitments() -> String {
        var out = "<h2>6. Tindak lanjut komitmen</h2>\n"
        let outcomes: [CommitmentFollowUp.Outcome] = [.tercapai, .membaik, .belumMembaik, .belumTercapai, .tidakDapatDinilai, .belumJatuhTempo, .menungguLaporan]
        var counts: [String: [CommitmentFollowUp.Outcome: Int]] = [:]
        for c in result.commitments { counts[c.coach, default: [:]][c.outcome, default: 0] += 1 }
        var total: [CommitmentFollowUp.Outcome: Int] = [:]
        for c in result.commitments { total[c.outcome, default: 0] += 1 }
        out += "<table><thead><tr><th>Pelatih</th>" + outcomes.map { "<th>\(e($0.rawValue))</th>" }.joined() + "<th>Jumlah</th></tr></thead><tbody>\n"
        for coach in counts.keys.sorted() {
            out += "<tr><td>\(e(coach))</td>" + outcomes.map { "<td class=\"angka\">\(count(counts[coach]![$0] ?? 0))</td>" }.joined()
            out += "<td class=\"angka\">\(count(counts[coach]!.values.reduce(0, +)))</td></tr>\n"
        }
        out += "<tr><td><b>Jumlah</b></td>" + outcomes.map { "<td class=\"angka\"><b>\(count(total[$0] ?? 0))</b></td>" }.joined()
        out += "<td class=\"angka\"><b>\(count(result.commitments.count))</b></td></tr></tbody></table>\n"
        out += "<p class=\"catatan\">Tercapai: nilai aspek pada periode target mencapai batas kandidat; membaik: naik dari nilai awal tetapi belum mencapai batas; "
        out += "belum membaik: tidak naik; belum tercapai: di bawah batas, tanpa nilai awal untuk menilai kenaikan; "
        out += "tidak dapat dinilai: tanpa batas aspek dan tanpa nilai awal. Rincian per komitmen dengan baris laporan sumbernya ada di komitmen.csv.</p>\n"
        return out
    }

    private func method() -> String {
        let o = result.options
        return """
        <h2>7. Cara menghitung</h2>
        <p class="catatan">Untuk setiap pegawai dan aspek yang dicoaching: nilai awal adalah rata-rata paling banyak tiga periode sebelum \
        periode coaching; nilai sesudah adalah rata-rata periode pertama dan kedua sesudahnya (periode coaching sendiri tidak dihitung). \
        Hanya periode dengan paling sedikit \(o.minimumEvaluations) penilaian yang dipakai. Pegawai yang dicoaching dua kali pada aspek yang sama \
        diukur tanpa periode yang tumpang tindih: periode sesudah coaching pertama berhenti sebelum periode coaching kedua, dan coaching kedua \
        hanya diukur bila tiga periode sebelumnya berada sesudah periode coaching pertama dan dua periode sesudahnya. Pembanding adalah pegawai dengan jabatan sama \
        yang tidak dicoaching pada aspek itu dari tiga periode sebelum sampai dua periode sesudah, dengan nilai awal berselisih paling banyak \
        \(IndonesianNumber.format(o.baselineCaliper)) poin (paling banyak \(o.maximumComparisons) yang terdekat). Efek adalah perubahan pegawai \
        dikurangi rata-rata perubahan pembandingnya (selisih dari selisih); efek kelompok adalah rata-ratanya dengan interval kepercayaan 95 % \
        (distribusi t; beberapa aspek seorang pegawai dihitung sebagai satu kelompok, bukan bukti yang saling lepas). Kurang dari \(o.minimumComparisons) pembanding atau tanpa periode yang cukup penilaiannya: "data belum cukup". \
        Setiap angka dapat ditelusuri ke baris laporan sumbernya di efektivitas.csv, pembanding.csv dan komitmen.csv.</p>

        """
    }
}
