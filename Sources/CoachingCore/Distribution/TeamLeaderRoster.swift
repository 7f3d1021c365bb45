/// Who leads the team of each person coached: the Team Leaders the distribution writes to.
///
/// The report names each agent's team leader (`nip_team_leader`) and the team leader's own
/// row gives the name. It is taken when the batch is made, from the report of the batch's
/// period, and kept in the batch (`distribusi/team-leader.tsv`), so that the approval, which
/// reads only the batch, need not read the whole report again.
public struct TeamLeaderRoster: Sendable, Equatable {
    public struct Leader: Sendable, Equatable {
        public var nip: NIP
        public var name: String
        public var team: String

        public init(nip: NIP, name: String, team: String) {
            self.nip = nip
            self.name = name
            self.team = team
        }
    }

    /// Coachee → the leader of their team. A Team Leader coached is their own entry: their
    /// notice tells them to arrange the cover of their own absence.
    public private(set) var leaders: [NIP: Leader] = [:]

    public init(leaders: [NIP: Leader] = [:]) { self.leaders = leaders }

    /// The leaders of `coachees` in the rows of `periode`. An agent whose team leader has no
    /// row of their own is still listed, by NIP, under the name `NIP …`.
    public init(records: [PerformanceRecord], periode: Periode, coachees: Set<NIP>) {
        var names: [NIP: String] = [:]
        var wanted: [(NIP, NIP, String)] = []
        for r in records where r.periode == periode {
            if r.jabatan == .teamLeaderInformasi { names[r.nip] = r.nama }
            guard coachees.contains(r.nip) else { continue }
            if r.jabatan == .teamLeaderInformasi {
                wanted.append((r.nip, r.nip, r.tim))
            } else if let leader = r.nipTeamLeader {
                wanted.append((r.nip, leader, r.tim))
            }
        }
        for (coachee, leader, team) in wanted {
            leaders[coachee] = Leader(nip: leader, name: names[leader] ?? "NIP \(leader)", team: team)
        }
    }

    static let header = "nip\tnip_team_leader\tnama_team_leader\ttim"

    /// Tab-separated, one coachee a line, sorted: the same roster gives the same bytes.
    public var tsv: [UInt8] {
        var out = Self.header + "\n"
        for (coachee, leader) in leaders.sorted(by: { $0.key < $1.key }) {
            out += "\(coachee)\t\(leader.nip)\t\(Self.clean(leader.name))\t\(Self.clean(leader.team))\n"
        }
        return Array(out.utf8)
    }

    /// Reads ``tsv`` back; nil when it is not one (the header differs or a line is broken).
    public init?(tsv bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(Self.header) else { return nil }
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4, case .valid(let coachee, _) = NIP.validate(Array(f[0].utf8), isPPPK: true),
                  case .valid(let leader, _) = NIP.validate(Array(f[1].utf8), isPPPK: true) else { return nil }
            leaders[coachee] = Leader(nip: leader, name: String(f[2]), team: String(f[3]))
        }
    }

    private static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
