/// Checks across the rows of one or more reports, row by row as they stream past: the same
/// person twice in a period, and agents whose team leader is not a team leader in the report.
/// Memory grows with people and periods, not with rows.
public struct ReportConsistency: Sendable {
    /// The people of the report, for checking recommendations against it.
    public private(set) var people: [PersonKey: Jabatan] = [:]
    private var firstLine: [PersonKey: SourceLocation] = [:]
    private var repeats: [String: (location: SourceLocation, otherFile: String, count: Int)] = [:]
    private var leaderReferences: [PersonKey: (location: SourceLocation, count: Int)] = [:]
    /// Aspect codes seen in report columns.
    public private(set) var aspectCodes: Set<String> = []

    public init() {}

    mutating func add(layout: ReportLayout) { aspectCodes.formUnion(layout.aspectCodes) }

    /// Adds a decoded row; `nipLocation` points at its NIP cell.
    /// Returns false when the row repeats a person already seen (the row is then not used).
    @discardableResult
    mutating func add(_ record: ReportIdentity, nipLocation: SourceLocation, leaderLocation: SourceLocation,
                      log: inout DiagnosticLog) -> Bool {
        let key = PersonKey(record.periode, record.nip)
        if let first = firstLine[key] {
            if first.file == nipLocation.file {
                log.error(nipLocation, "\(record.nama) (\(record.nip)) already has a row for \(record.periode) on line \(first.line); a person appears once per period", field: "nip")
            } else {
                // Two report files with the same month (say the CSV and XML export of one
                // report) are worth one note, not a stop; the first file counts.
                let existing = repeats[nipLocation.file]
                repeats[nipLocation.file] = (existing?.location ?? nipLocation, first.file, (existing?.count ?? 0) + 1)
            }
            return false
        }
        firstLine[key] = nipLocation
        people[key] = record.jabatan
        if let leader = record.nipTeamLeader {
            let ref = PersonKey(record.periode, leader)
            if let existing = leaderReferences[ref] {
                leaderReferences[ref] = (existing.location, existing.count + 1)
            } else {
                leaderReferences[ref] = (leaderLocation, 1)
            }
        }
        return true
    }

    /// Reports references to team leaders that never appeared, once per leader and period.
    mutating func finish(log: inout DiagnosticLog) {
        let dangling = leaderReferences.filter { people[$0.key] != .teamLeaderInformasi }
            .sorted { ($0.value.location.file, $0.value.location.line) < ($1.value.location.file, $1.value.location.line) }
        for (key, reference) in dangling {
            let others = reference.count > 1 ? " (and on \(reference.count - 1) more row\(reference.count > 2 ? "s" : ""))" : ""
            let message: String
            if people[key] == .agenInformasi {
                message = "the team leader named here\(others), \(key.nip), is an Agen Informasi in \(key.periode), not a Team Leader Informasi"
            } else {
                message = "the team leader named here\(others), \(key.nip), has no row of their own as Team Leader Informasi in \(key.periode)"
            }
            log.error(reference.location, message, field: "nip_team_leader")
        }
        leaderReferences.removeAll()
        for (_, r) in repeats.sorted(by: { $0.key < $1.key }) {
            log.warning(r.location, "\(r.count) row\(r.count == 1 ? "" : "s") of this file (from here on) repeat people and periods already in \(r.otherFile); only the rows of \(r.otherFile) are used")
        }
        repeats.removeAll()
    }
}
