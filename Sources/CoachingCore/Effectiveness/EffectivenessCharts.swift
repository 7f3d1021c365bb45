/// The report's pictures in SVG, drawn here without scripts or external files so the page
/// prints as it shows: before/after per aspect for the coached and their comparisons, and
/// effects with their 95 % intervals (per aspect, per coach).
enum EffectivenessCharts {
    /// Per aspect, two slopes from "sebelum" to "sesudah": the coached (solid black) and the
    /// comparison group (grey dashes).
    static func beforeAfter(_ rollups: [Rollup], names: DisplayNames) -> String {
        let rows = rollups.filter { $0.baseline != nil && $0.comparisonBaseline != nil }
        guard !rows.isEmpty else { return "" }
        let panelW = 150.0, panelH = 120.0, top = 22.0, bottom = 18.0, left = 28.0
        let width = max(300, Double(rows.count) * panelW + 10), height = panelH + 16
        var values: [Double] = []
        for r in rows {
            values += [r.baseline!, r.baseline! + (r.naiveChange ?? 0), r.comparisonBaseline!, r.comparisonBaseline! + (r.comparisonChange ?? 0)]
        }
        var low = (values.min() ?? 0) - 2, high = (values.max() ?? 100) + 2
        if high - low < 4 { low -= 2; high += 2 }
        func y(_ v: Double) -> Double { top + (panelH - top - bottom) * (high - v) / (high - low) }
        var out = svgStart(width, height, label: "Nilai sebelum dan sesudah coaching per aspek")
        for (i, r) in rows.enumerated() {
            let x0 = Double(i) * panelW + left, x1 = x0 + panelW - left - 30
            out += "<text x=\"\(n(x0))\" y=\"12\" font-weight=\"bold\">\(escape(names.name(r.key)))</text>"
            out += "<line x1=\"\(n(x0))\" x2=\"\(n(x0))\" y1=\"\(n(top))\" y2=\"\(n(panelH - bottom))\" stroke=\"#999\" stroke-width=\"0.5\"/>"
            for v in [low + 2, high - 2] {
                out += "<text x=\"\(n(x0 - 3))\" y=\"\(n(y(v) + 3))\" text-anchor=\"end\">\(IndonesianNumber.format(v))</text>"
            }
            let coachedAfter = r.baseline! + (r.naiveChange ?? 0), comparisonAfter = r.comparisonBaseline! + (r.comparisonChange ?? 0)
            out += "<line x1=\"\(n(x0 + 6))\" y1=\"\(n(y(r.comparisonBaseline!)))\" x2=\"\(n(x1))\" y2=\"\(n(y(comparisonAfter)))\" stroke=\"#777\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>"
            out += "<line x1=\"\(n(x0 + 6))\" y1=\"\(n(y(r.baseline!)))\" x2=\"\(n(x1))\" y2=\"\(n(y(coachedAfter)))\" stroke=\"#000\" stroke-width=\"2\"/>"
            out += "<text x=\"\(n(x1 + 3))\" y=\"\(n(y(coachedAfter) + 3))\">\(IndonesianNumber.format(coachedAfter))</text>"
            out += "<text x=\"\(n(x1 + 3))\" y=\"\(n(y(comparisonAfter) + 3))\" fill=\"#555\">\(IndonesianNumber.format(comparisonAfter))</text>"
            out += "<text x=\"\(n(x0 + 6))\" y=\"\(n(panelH - 4))\">sebelum</text><text x=\"\(n(x1))\" y=\"\(n(panelH - 4))\" text-anchor=\"end\">sesudah</text>"
        }
        out += "<g transform=\"translate(\(n(left)),\(n(height - 4)))\"><line x1=\"0\" x2=\"16\" y1=\"-3\" y2=\"-3\" stroke=\"#000\" stroke-width=\"2\"/>"
        out += "<text x=\"20\" y=\"0\">dicoaching</text><line x1=\"90\" x2=\"106\" y1=\"-3\" y2=\"-3\" stroke=\"#777\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>"
        out += "<text x=\"110\" y=\"0\">pembanding (tidak dicoaching, nilai awal setara)</text></g>"
        return out + "</svg>"
    }

    /// One line per group: the effect as a dot, its 95 % interval as a bar, a line at zero.
    /// Groups without an interval show their dot only; groups without a figure are listed
    /// as "data belum cukup".
    static func effects(_ rollups: [Rollup], title: String, label: (Rollup) -> String) -> String {
        guard !rollups.isEmpty else { return "" }
        let rowH = 16.0, left = 170.0, right = 70.0, width = 520.0, top = 18.0
        let height: Double = top + rowH * Double(rollups.count) + 22
        var known: [Double] = [0]
        for r in rollups { known += [r.low, r.high, r.effect].compactMap { $0 } }
        var low = known.min()!, high = known.max()!
        let pad = max(1, (high - low) * 0.08)
        low -= pad; high += pad
        func x(_ v: Double) -> Double { left + (width - left - right) * (v - low) / (high - low) }
        var out = svgStart(width, height, label: title)
        out += "<text x=\"2\" y=\"11\" font-weight=\"bold\">\(escape(title))</text>"
        out += "<line x1=\"\(n(x(0)))\" x2=\"\(n(x(0)))\" y1=\"\(n(top - 2))\" y2=\"\(n(height - 18))\" stroke=\"#c00\" stroke-width=\"0.8\"/>"
        for (i, r) in rollups.enumerated() {
            let yy = top + rowH * (Double(i) + 0.5)
            out += "<text x=\"\(n(left - 6))\" y=\"\(n(yy + 3))\" text-anchor=\"end\">\(escape(label(r))) (n=\(r.measured))</text>"
            if let lo = r.low, let hi = r.high {
                out += "<line x1=\"\(n(x(lo)))\" x2=\"\(n(x(hi)))\" y1=\"\(n(yy))\" y2=\"\(n(yy))\" stroke=\"#000\" stroke-width=\"1.2\"/>"
                out += "<line x1=\"\(n(x(lo)))\" x2=\"\(n(x(lo)))\" y1=\"\(n(yy - 3))\" y2=\"\(n(yy + 3))\" stroke=\"#000\"/>"
                out += "<line x1=\"\(n(x(hi)))\" x2=\"\(n(x(hi)))\" y1=\"\(n(yy - 3))\" y2=\"\(n(yy + 3))\" stroke=\"#000\"/>"
            }
            if let e = r.effect, r.status == .terukur {
                out += "<circle cx=\"\(n(x(e)))\" cy=\"\(n(yy))\" r=\"3\"/>"
                out += "<text x=\"\(n(width - right + 6))\" y=\"\(n(yy + 3))\">\(IndonesianNumber.format(e))</text>"
            } else {
                out += "<text x=\"\(n(left + 4))\" y=\"\(n(yy + 3))\" fill=\"#555\">\(escape(r.status.rawValue))</text>"
            }
        }
        let axisY = height - 6
        for v in [low + pad, 0, high - pad] where v == 0 || abs(v) > 0.05 {
            out += "<text x=\"\(n(x(v)))\" y=\"\(n(axisY))\" text-anchor=\"middle\">\(IndonesianNumber.format(v))</text>"
        }
        return out + "</svg>"
    }

    private static func svgStart(_ width: Double, _ height: Double, label: String) -> String {
        "<svg class=\"grafik\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" role=\"img\" aria-label=\"\(escape(label))\">"
    }

    static func n(_ v: Double) -> String { TrendChart.n(v) }
    static func escape(_ text: String) -> String { TrendChart.escape(text) }
}
