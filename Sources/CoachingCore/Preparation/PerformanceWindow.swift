/// Each coachee's aspects and KPIs over the last six periods, with their team's median in
/// each: what a preparation sheet draws.
///
/// Built in one pass over the report's rows; only the coachees' rows and their teams' rows in
/// the six periods are kept (a large office has a million rows, a batch a few thousand people).
public struct PerformanceWindow: Sendable {
    /// How many periods a sheet looks back, the batch's own included.
    public static let periods = 6

    /// One measure (the quality score, an aspect, a KPI) of one person, period by period.
    public struct Series: Sendable, Equatable {
        public var code: String
        /// Per period of ``PerformanceWindow/window``: the person's value, nil without a row or value.
        public var values: [Double?]
        /// The team's median in each period (nil when the team has no value).
        public var teamMedians: [Double?]
    }

    /// The six periods, oldest first, ending with the batch's.
    public let window: [Periode]
    /// `nilai_kualitas`, then the aspects, then the KPIs, in the report's order.
    public let codes: [String]
    private var rows: [NIP: [Int: PerformanceRecord]] = [:]
    private var medians: [String: [Double?]] = [:]

    public init(records: [PerformanceRecord], layout: ReportLayout, periode: Periode, coachees: Set<NIP>) {
        var window = [periode]
        while window.count < Self.periods { window.insert(window[0].previous, at: 0) }
        self.window = window
        codes = ["nilai_kualitas"] + layout.aspectCodes + layout.kpiCodes
        let first = window[0]
        func slot(_ p: Periode) -> Int? { p < first || p > periode ? nil : window.firstIndex(of: p) }
        // The coachees' rows, and the teams they are in (in the batch's period).
        var teams: Set<String> = []
        for r in records where coachees.contains(r.nip) {
            guard let i = slot(r.periode) else { continue }
            rows[r.nip, default: [:]][i] = r
            if r.periode == periode { teams.insert(r.tim) }
        }
        // Every value of those teams, per team, period and measure (one flat list, appended
        // in place), then the medians.
        let width = codes.count, span = window.count * width
        let teamList = teams.sorted()
        let teamIndex = Dictionary(uniqueKeysWithValues: teamList.enumerated().map { ($1, $0) })
        var cells = Array(repeating: [Double](), count: teamList.count * span)
        for r in records {
            guard let t = teamIndex[r.tim], let i = slot(r.periode) else { continue }
            let base = t * span + i * width
            cells[base].append(r.nilaiKualitas)
            for (k, v) in r.aspectScores.enumerated() { if let v { cells[base + 1 + k].append(v) } }
            for (k, v) in r.kpiValues.enumerated() { if let v { cells[base + 1 + r.aspectScores.count + k].append(v) } }
        }
        for (t, team) in teamList.enumerated() { medians[team] = cells[(t * span)..<((t + 1) * span)].map(Self.median) }
    }

    /// The series of `nip` (in team `team`): every measure, in ``codes`` order.
    public func series(of nip: NIP, team: String) -> [Series] {
        let mine = rows[nip] ?? [:]
        let teamMedians = medians[team]
        let width = codes.count
        return codes.enumerated().map { k, code in
            let values: [Double?] = window.indices.map { i in
                guard let r = mine[i] else { return nil }
                if k == 0 { return r.nilaiKualitas }
                let a = k - 1
                return a < r.aspectScores.count ? r.aspectScores[a] : r.kpiValues[a - r.aspectScores.count]
            }
            let m: [Double?] = window.indices.map { i in teamMedians?[i * width + k] }
            return Series(code: code, values: values, teamMedians: m)
        }
    }

    /// The median of `values`; nil when there are none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }
}
