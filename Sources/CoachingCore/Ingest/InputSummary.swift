#if canImport(Glibc)
import Glibc
#endif

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
    /// Aspect and KPI codes of a report, in column order.
    public var aspectCodes: [String]?
    public var kpiCodes: [String]?

    public init(kind: InputKind?, format: String) {
        self.kind = kind
        self.format = format
    }
}

/// Accumulates the distinct people, teams and periods of one file.
struct SummaryCounter {
    private var people = NIPSet()
    private var teams: Set<String> = []
    /// The last team's name in bytes, compared with memcmp (a generic comparison of a String's
    /// UTF-8 view, byte by byte, was 2% of checking a report).
    private var lastTeam: [UInt8]?
    private var periods: [Periode] = []
    var rows = 0

    mutating func add(periode: Periode, nip: NIP) {
        people.insert(nip)
        // Rows come grouped by period and team: skip the hashing when nothing changed.
        if periods.last != periode, !periods.contains(periode) { periods.append(periode) }
    }

    /// Counts the team named by `bytes` (only made into a String when it differs from the last).
    mutating func add(team bytes: UnsafeRawBufferPointer?) {
        guard let bytes else { return }
        let trimmed = FieldParsing.trimmed(bytes)
        if let lastTeam, lastTeam.count == trimmed.count,
           lastTeam.withUnsafeBytes({ trimmed.isEmpty || memcmp($0.baseAddress!, trimmed.baseAddress!, trimmed.count) == 0 }) {
            return
        }
        teams.insert(FieldParsing.string(trimmed))
        lastTeam = Array(trimmed)
    }

    /// Adds the counts of another part of the same file.
    mutating func merge(_ other: SummaryCounter) {
        rows += other.rows
        other.people.forEach { people.insert($0) }
        teams.formUnion(other.teams)
        for p in other.periods where !periods.contains(p) { periods.append(p) }
    }

    func fill(_ summary: inout InputSummary) {
        summary.rows = rows
        summary.people = people.count
        summary.teams = teams.count
        summary.periods = periods.sorted().map(\.description)
    }
}

/// Which report rows become records (all are checked either way).
public enum RecordPeriods: Sendable {
    case all
    /// Only the latest period seen so far: a year of a large office stays within memory.
    case latest
    /// The latest, known to be no earlier than this (a guess from the file's first and last rows).
    case latestFrom(Periode)
    case only(Periode)

    /// A per-reader decision; `.latest` keeps its state in the closure's context.
    func filter() -> (Periode) -> Bool {
        switch self {
        case .all: return { _ in true }
        case .only(let wanted): return { $0 == wanted }
        case .latest, .latestFrom:
            final class Latest { var value: Periode? }
            let latest = Latest()
            if case .latestFrom(let floor) = self { latest.value = floor }
            return { periode in
                if latest.value == nil || periode > latest.value! { latest.value = periode }
                return periode == latest.value
            }
        }
    }
}
