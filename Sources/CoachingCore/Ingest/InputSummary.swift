/// The two inputs of the SOP.
public enum InputKind: String, Sendable, Codable {
    /// Laporan Kinerja Agen.
    case report = "laporan-kinerja"
    /// Rekomendasi Perbaikan Kinerja Agen.
    case recommendations = "rekomendasi"

    /// The document's Indonesian name, for people.
    public var title: String {
        switch self {
        case .report: "Laporan Kinerja Agen"
        case .recommendations: "Rekomendasi Perbaikan Kinerja Agen"
        }
    }
}

/// What one input file holds, for the one-line summary of `coaching check`.
public struct InputSummary: Sendable, Codable, Equatable {
    public var kind: InputKind?
    public var format: String
    /// Data rows read (valid or not).
    public var rows = 0
    /// Distinct people (NIPs).
    public var people = 0
    /// Distinct teams (reports only).
    public var teams = 0
    /// Periods, sorted.
    public var periods: [String] = []
    /// Text encoding of a CSV file.
    public var encoding: String?

    public init(kind: InputKind?, format: String) {
        self.kind = kind
        self.format = format
    }
}

/// Accumulates the distinct people, teams and periods of one file.
struct SummaryCounter {
    /// NIPs seen, keyed with a fixed period: the fast table serves as a set.
    private var people = PersonTable<Bool>()
    private static let anyPeriod = Periode(monthCount: 0)
    private var teams: Set<String> = []
    private var lastTeam: String?
    private var periods: [Periode] = []
    var rows = 0

    mutating func add(periode: Periode, nip: NIP, team: String?) {
        _ = people.insertIfAbsent(PersonKey(Self.anyPeriod, nip), true)
        // Rows come grouped by period and team: skip the hashing when nothing changed.
        if periods.last != periode, !periods.contains(periode) { periods.append(periode) }
        if let team, team != lastTeam {
            teams.insert(team)
            lastTeam = team
        }
    }

    func fill(_ summary: inout InputSummary) {
        summary.rows = rows
        summary.people = people.count
        summary.teams = teams.count
        summary.periods = periods.sorted().map(\.description)
    }
}
