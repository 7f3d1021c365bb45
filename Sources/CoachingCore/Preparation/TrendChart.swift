/// A small line chart in SVG (no script, no external file): one measure of one person over
/// the last six periods, against the threshold and the team's median. Drawn for print:
/// black for the person, grey dashes for the team, a red line for the threshold.
public struct TrendChart: Sendable {
    public var title: String
    public var periods: [Periode]
    public var values: [Double?]
    public var teamMedians: [Double?]
    /// The lower and upper limits, either may be open (`nil`).
    public var minimum: Double?
    public var maximum: Double?

    public init(title: String, periods: [Periode], values: [Double?], teamMedians: [Double?], minimum: Double?, maximum: Double?) {
        self.title = title
        self.periods = periods
        self.values = values
        self.teamMedians = teamMedians
        self.minimum = minimum
        self.maximum = maximum
    }

    static let width = 210.0, height = 92.0
    static let left = 30.0, right = 8.0, top = 16.0, bottom = 16.0

    /// The SVG element, escaped and ready to place in HTML.
    public var svg: String {
        let known = (values + teamMedians).compactMap { $0 } + [minimum, maximum].compactMap { $0 }
        var low = known.min() ?? 0, high = known.max() ?? 100
        if high - low < 1 { low -= 1; high += 1 }
        let pad = (high - low) * 0.12
        low -= pad
        high += pad
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        func x(_ i: Int) -> Double { Self.left + (periods.count > 1 ? plotW * Double(i) / Double(periods.count - 1) : plotW / 2) }
        func y(_ v: Double) -> Double { Self.top + plotH * (high - v) / (high - low) }
        var out = "<svg class=\"grafik\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(Self.width)) \(Self.n(Self.height))\" role=\"img\" aria-label=\"\(Self.escape(title))\">"
        out += "<text x=\"2\" y=\"10\" class=\"judul-grafik\">\(Self.escape(title))</text>"
        out += "<rect x=\"\(Self.n(Self.left))\" y=\"\(Self.n(Self.top))\" width=\"\(Self.n(plotW))\" height=\"\(Self.n(plotH))\" fill=\"none\" stroke=\"#999\" stroke-width=\"0.5\"/>"
        for (label, v) in [("min", minimum), ("maks", maximum)] {
            guard let v else { continue }
            out += "<line x1=\"\(Self.n(Self.left))\" x2=\"\(Self.n(Self.left + plotW))\" y1=\"\(Self.n(y(v)))\" y2=\"\(Self.n(y(v)))\" stroke=\"#c00\" stroke-width=\"1\"><title>batas \(label) \(IndonesianNumber.format(v))</title></line>"
            out += "<text x=\"\(Self.n(Self.left - 2))\" y=\"\(Self.n(y(v) + 3))\" text-anchor=\"end\" fill=\"#c00\">\(IndonesianNumber.format(v))</text>"
        }
        out += Self.polyline(teamMedians, x: x, y: y, style: "stroke=\"#777\" stroke-width=\"1\" stroke-dasharray=\"3 2\"")
        out += Self.polyline(values, x: x, y: y, style: "stroke=\"#000\" stroke-width=\"1.5\"")
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            out += "<circle cx=\"\(Self.n(x(i)))\" cy=\"\(Self.n(y(v)))\" r=\"2\"/>"
        }
        if let i = values.lastIndex(where: { $0 != nil }), let v = values[i] {
            out += "<text x=\"\(Self.n(x(i) - 3))\" y=\"\(Self.n(y(v) - 4))\" text-anchor=\"end\" font-weight=\"bold\">\(IndonesianNumber.format(v))</text>"
        }
        for (i, p) in periods.enumerated() {
            let label = (p.month < 10 ? "0\(p.month)" : "\(p.month)") + "/" + String(p.year % 100 < 10 ? "0\(p.year % 100)" : "\(p.year % 100)")
            out += "<text x=\"\(Self.n(x(i)))\" y=\"\(Self.n(Self.height - 4))\" text-anchor=\"middle\">\(label)</text>"
        }
        return out + "</svg>"
    }

    /// The line through the known values; a gap where a period has none.
    private static func polyline(_ values: [Double?], x: (Int) -> Double, y: (Double) -> Double, style: String) -> String {
        var out = "", run: [String] = []
        func flush() {
            if run.count > 1 { out += "<polyline fill=\"none\" \(style) points=\"\(run.joined(separator: " "))\"/>" }
            run = []
        }
        for (i, v) in values.enumerated() {
            if let v { run.append("\(n(x(i))),\(n(y(v)))") } else { flush() }
        }
        flush()
        return out
    }

    /// A coordinate to one decimal, `.` as decimal mark (SVG's syntax, not Indonesian prose).
    static func n(_ v: Double) -> String {
        // Integers, not Double's description: a large batch draws some 100,000 charts.
        let tenths = Int((v * 10).rounded())
        let whole = tenths / 10, rest = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return rest == 0 ? sign + String(whole) : sign + String(whole) + "." + String(rest)
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
