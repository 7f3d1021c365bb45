import CompiledMustache

/// The preparation sheet of one session (step 5), for the coach and the Quality Assessor:
/// who and when, why chosen (each reason with its source line), six periods of every measure
/// drawn against its threshold and the team's median, the Rekomendasi findings, the earlier
/// sessions and their commitments, and two or three points to focus on.
public struct PreparationSheetDocument: Sendable {
    public let session: Session
    public let jadwalNumber: String
    public let window: [Periode]
    public let series: [PerformanceWindow.Series]
    public let recommendations: [Recommendation]
    public let earlier: [EarlierSession]
    public let configuration: Configuration

    public init(session: Session, jadwalNumber: String, window: [Periode], series: [PerformanceWindow.Series],
                recommendations: [Recommendation], earlier: [EarlierSession], configuration: Configuration) {
        self.session = session
        self.jadwalNumber = jadwalNumber
        self.window = window
        self.series = series
        self.recommendations = recommendations
        self.earlier = earlier
        self.configuration = configuration
    }

    public static let schema: TemplateSchema = .object([
        "persiapan": .object([
            "judul": .required, "nomorJadwal": .required, "sesi": .required, "hariTanggal": .required, "waktu": .required,
            "tempat": .text, "nama": .required, "nip": .required, "jabatan": .required, "tim": .text, "pelatih": .required,
            "pendamping": .required, "periode": .required,
            "alasan": .list(.object(["teks": .required, "sumber": .text])),
            "grafik": .list(.object(["svg": .required])),
            "rekomendasi": .list(.object(["id": .required, "aspek": .text, "prioritas": .required, "temuan": .text, "saran": .text])),
            "adaRekomendasi": .flag,
            "sebelumnya": .list(.object([
                "nomor": .required, "tanggal": .required, "kehadiran": .required, "pembahasan": .text,
                "komitmen": .list(.object(["teks": .required, "target": .required, "hasil": .required])),
            ])),
            "adaSebelumnya": .flag,
            "fokus": .list(.object(["teks": .required])),
        ]),
    ])

    public var value: TemplateValue {
        let names = configuration.names, rules = configuration.rules
        let c = session.candidate
        let reasons: [TemplateValue] = c.reasons.map { r in
            let file = r.source.file.split(separator: "/").last.map(String.init) ?? r.source.file
            let where_ = r.source.line > 0 ? "\(file) baris \(r.source.line)" : file
            return .object(["teks": .string(r.text), "sumber": .optional(where_)])
        }
        let charts: [TemplateValue] = series.map { s in
            let band: (Double?, Double?) = s.code == "nilai_kualitas" ? (rules.qualityMinimum, nil)
                : rules.aspectMinimum[s.code].map { ($0, nil) } ?? rules.kpiBands[s.code].map { ($0.min, $0.max) } ?? (nil, nil)
            let chart = TrendChart(title: names.name(s.code), periods: window, values: s.values, teamMedians: s.teamMedians,
                                   minimum: band.0, maximum: band.1)
            return .object(["svg": .string(chart.svg)])
        }
        let recs = Self.ordered(recommendations)
        let recommendationValues: [TemplateValue] = recs.map { r in
            .object(["id": .string(r.id), "aspek": .optional(names.name(r.aspek)), "prioritas": .string(r.prioritas.rawValue),
                     "temuan": .optional(r.temuan), "saran": .optional(r.rekomendasi)])
        }
        let earlierValues: [TemplateValue] = earlier.map { e in
            .object(["nomor": .string(e.number), "tanggal": .string(e.date.indonesian), "kehadiran": .string(e.attended ? "hadir" : "tidak hadir"),
                     "pembahasan": .optional(e.discussion),
                     "komitmen": .list(e.commitments.map { k in
                         .object(["teks": .string(k.text), "target": .string(k.target.indonesian), "hasil": .string(k.outcome)])
                     })])
        }
        return .object(["persiapan": .object([
            "judul": .string("LEMBAR PERSIAPAN COACHING"), "nomorJadwal": .string(jadwalNumber), "sesi": .string(String(session.number)),
            "hariTanggal": .string(session.date.indonesianLong), "waktu": .string(session.timeText), "tempat": .optional(session.place),
            "nama": .string(name(c.nama)), "nip": .string(c.nip.description), "jabatan": .string(c.jabatan.rawValue), "tim": .optional(c.tim),
            "pelatih": .string(name(session.coach.name)), "pendamping": .string(name(session.assessor.name)),
            "periode": .string("\(Self.periodName(window.first!)) – \(Self.periodName(window.last!))"),
            "alasan": .list(reasons), "grafik": .list(charts),
            "rekomendasi": .list(recommendationValues), "adaRekomendasi": .bool(!recs.isEmpty),
            "sebelumnya": .list(earlierValues), "adaSebelumnya": .bool(!earlier.isEmpty),
            "fokus": .list(focusPoints().map { .object(["teks": .string($0)]) }),
        ])])
    }

    /// Two or three points to work on: first the aspects with a high-priority recommendation,
    /// then the aspects furthest below their minimum, then the other recommendations; then, to
    /// reach two, the aspects and KPIs closest to (or on) their threshold, relative to it, even
    /// if they pass. One point per measure, at most three.
    public func focusPoints() -> [String] {
        let names = configuration.names, rules = configuration.rules
        let latest = Dictionary(series.map { ($0.code, $0.values.last ?? nil) }, uniquingKeysWith: { a, _ in a })
        var points: [String] = [], used: Set<String> = []
        func score(_ aspect: String) -> String {
            guard let v = latest[aspect] ?? nil else { return "" }
            return ": \(IndonesianNumber.format(v))\(Self.limit(aspect, rules))"
        }
        func add(_ aspect: String, _ recommendation: Recommendation?) {
            guard points.count < 3, used.insert(aspect).inserted else { return }
            var text = names.name(aspect) + score(aspect)
            if let r = recommendation { text += "; \(r.rekomendasi) (\(r.id), prioritas \(r.prioritas.rawValue))" }
            points.append(text)
        }
        let recs = Self.ordered(recommendations)
        for r in recs where r.prioritas == .tinggi { add(r.aspek, r) }
        let below = rules.aspectMinimum.compactMap { code, minimum -> (String, Double)? in
            guard let v = latest[code] ?? nil, v < minimum else { return nil }
            return (code, v - minimum)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        for (code, _) in below { add(code, recs.first { $0.aspek == code }) }
        for r in recs { add(r.aspek, r) }
        // Fewer than two: the measures nearest their threshold, as a share of it, so that
        // seconds and percentages compare with scores.
        if points.count < 2 {
            let nearest = series.compactMap { s -> (String, Double)? in
                guard let v = s.values.last ?? nil, let m = Self.margin(s.code, v, rules) else { return nil }
                return (s.code, m)
            }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            for (code, _) in nearest where points.count < 2 { add(code, recs.first { $0.aspek == code }) }
        }
        if points.isEmpty, let q = latest["nilai_kualitas"] ?? nil {
            points.append("\(names.name("nilai_kualitas")): \(IndonesianNumber.format(q)) (batas \(IndonesianNumber.format(rules.qualityMinimum)))")
        }
        return points
    }

    /// ` (batas 80)` for an aspect, ` (batas ≤ 480)` / ` (batas ≥ 70)` for a KPI; empty without one.
    static func limit(_ code: String, _ rules: Configuration.Rules) -> String {
        if let m = rules.aspectMinimum[code] { return " (batas \(IndonesianNumber.format(m)))" }
        guard let band = rules.kpiBands[code] else { return "" }
        let ends = [band.min.map { "≥ \(IndonesianNumber.format($0))" }, band.max.map { "≤ \(IndonesianNumber.format($0))" }].compactMap { $0 }
        return ends.isEmpty ? "" : " (batas \(ends.joined(separator: ", ")))"
    }

    /// How far `value` is inside its threshold, as a share of it (negative: outside); nil for a
    /// measure without one (the quality score has its own line).
    static func margin(_ code: String, _ value: Double, _ rules: Configuration.Rules) -> Double? {
        if let m = rules.aspectMinimum[code] { return m == 0 ? nil : (value - m) / m }
        guard let band = rules.kpiBands[code] else { return nil }
        let margins = [band.min.flatMap { $0 == 0 ? nil : (value - $0) / $0 }, band.max.flatMap { $0 == 0 ? nil : ($0 - value) / $0 }].compactMap { $0 }
        return margins.min()
    }

    /// Highest priority first, then by id: the same recommendations give the same sheet.
    static func ordered(_ recommendations: [Recommendation]) -> [Recommendation] {
        recommendations.sorted { (rank($0.prioritas), $0.id) < (rank($1.prioritas), $1.id) }
    }

    private static func rank(_ p: Prioritas) -> Int { Prioritas.allCases.firstIndex(of: p) ?? 9 }

    /// `Oktober 2026`.
    static func periodName(_ p: Periode) -> String { "\(CivilDate.monthNames[p.month - 1]) \(p.year)" }

    private func name(_ text: String) -> String { JadwalDocument.cased(text, configuration.office.nameCase) }
}
