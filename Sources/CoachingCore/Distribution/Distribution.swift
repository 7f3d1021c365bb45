/// Step 4 of the SOP as files: the approved Jadwal distributed as a calendar invitation per
/// session, a calendar per coach, Quality Assessor and Team Leader, and for each Team Leader
/// the sessions that take their people off the phones.
public struct Distribution: Sendable {
    /// A later version of a session: moved (a make-up) or cancelled.
    public struct Change: Sendable, Equatable {
        public var sequence: Int
        public var date: CivilDate
        public var start: Int
        public var end: Int
        public var cancelled: Bool
        /// Said in the event's text: why this version replaces the one sent before.
        public var note: String

        public init(sequence: Int, date: CivilDate, start: Int, end: Int, cancelled: Bool, note: String) {
            self.sequence = sequence
            self.date = date
            self.start = start
            self.end = end
            self.cancelled = cancelled
            self.note = note
        }
    }

    /// Whose calendar a file is.
    public enum Role: String, Sendable, CaseIterable {
        case coach = "pelatih", assessor = "qa", teamLeader = "tl"
    }

    public struct PersonCalendar: Sendable {
        public var role: Role
        public var nip: NIP
        public var name: String
        public var bytes: [UInt8]
    }

    /// A Team Leader and the sessions of their team, in time order.
    public struct Notice: Sendable {
        public var leader: TeamLeaderRoster.Leader
        /// The sessions still held; empty when every one was cancelled (the notice then says so,
        /// replacing the one sent before).
        public var sessions: [JadwalRecord.Entry]
        /// A short line per session moved or cancelled since the Jadwal was approved.
        public var changes: [String] = []
    }

    public var events: [SessionEvent]
    /// Session number → its invitation.
    public var invitations: [(session: Int, bytes: [UInt8])]
    public var calendars: [PersonCalendar]
    public var notices: [Notice]
    /// What the files leave out, in words: a coach or Quality Assessor without a NIP has no
    /// calendar, and someone with neither NIP nor e-mail is not on the invitations.
    public var omissions: [String] = []

    /// `stamp`: now in UTC (`20261126T020000Z`) from the injected clock, so that the same
    /// approval at the same time writes the same bytes. `emails`: NIP → address, from the
    /// settings. `changes`: session → its latest version, for sessions changed since.
    /// `uuid`: a person's name-based UUID from their NIP (the workflow has the SHA-1 for it),
    /// their address when no e-mail is known.
    public init(jadwal: JadwalRecord, batch: String, configuration: Configuration, roster: TeamLeaderRoster, emails: [NIP: String],
                stamp: String, changes: [Int: Change] = [:], uuid: (NIP) -> String? = { _ in nil }) {
        let casing = configuration.office.nameCase
        func participant(_ name: String, _ nip: NIP?) -> CalendarParticipant {
            CalendarParticipant(name: JadwalDocument.cased(name, casing), nip: nip, email: nip.flatMap { emails[$0] }, uuid: nip.flatMap(uuid))
        }
        // A coach or Quality Assessor the settings give no NIP: no calendar (it is named by
        // NIP) and, with no e-mail either (addresses are keyed by NIP), not on the invitations.
        var omitted: [String] = [], seen: Set<String> = []
        for e in jadwal.entries {
            for (role, person) in [("pelatih", e.coach), ("Quality Assessor", e.assessor)] where person.nip == nil {
                let name = JadwalDocument.cased(person.name, casing)
                guard seen.insert("\(role)|\(name)").inserted else { continue }
                omitted.append("\(role) \(name) has no NIP in the settings: no calendar was written for them, and they are left off the invitations (no NIP, no e-mail address)")
            }
        }
        omissions = omitted
        let head = configuration.people.kepalaSeksiPKL
        let organizer = participant(head.name, head.nip)
        events = jadwal.entries.map { e in
            var event = SessionEvent(
                uid: SessionEvent.uid(batch: batch, session: e.number, unitCode: configuration.office.unitCode), number: e.number,
                date: e.date, start: e.start, end: e.end, place: e.place, jadwalNumber: jadwal.number, agenda: e.agenda,
                organizer: organizer, coachee: participant(e.nama, e.nip), coacheeRole: "\(e.jabatan), \(e.tim)",
                coach: participant(e.coach.name, e.coach.nip), assessor: participant(e.assessor.name, e.assessor.nip))
            if let change = changes[e.number] {
                event.sequence = change.sequence
                event.date = change.date
                event.start = change.start
                event.end = change.end
                event.cancelled = change.cancelled
                event.change = change.note
            }
            return event
        }
        // Each event is written once, on every core, and reused by its invitation and calendars.
        let vevents = events.parallelMap(minimumPerThread: 256) { SessionCalendar.vevent($0, stamp: stamp) }
        invitations = zip(events, vevents).map { ($0.number, SessionCalendar.invitation($1, cancelled: $0.cancelled)) }

        // Everyone's sessions, keyed by role and NIP, in the Jadwal's order.
        var byPerson: [String: (Role, NIP, String, [Int])] = [:]
        var order: [String] = []
        func add(_ role: Role, _ nip: NIP?, _ name: String, _ index: Int) {
            guard let nip else { return }
            let key = "\(role.rawValue)-\(nip)"
            if byPerson[key] == nil { byPerson[key] = (role, nip, name, []); order.append(key) }
            byPerson[key]!.3.append(index)
        }
        var teams: [NIP: (TeamLeaderRoster.Leader, [Int], [String])] = [:]
        for (i, e) in jadwal.entries.enumerated() {
            add(.coach, e.coach.nip, events[i].coach.name, i)
            add(.assessor, e.assessor.nip, events[i].assessor.name, i)
            if let leader = roster.leaders[e.nip] {
                add(.teamLeader, leader.nip, JadwalDocument.cased(leader.name, casing), i)
                // Every leader with a session in the Jadwal had a notice: it is drawn again even
                // when all their sessions are cancelled, so no stale notice is left behind.
                if teams[leader.nip] == nil { teams[leader.nip] = (leader, [], []) }
                // A cancelled session no longer takes anyone off the phones.
                if !events[i].cancelled { teams[leader.nip]!.1.append(i) }
                if let change = changes[e.number] { teams[leader.nip]!.2.append(Self.changeLine(e, change, casing: casing)) }
            }
        }
        let people = byPerson
        calendars = order.parallelMap(minimumPerThread: 16) { key in
            let (role, nip, name, indices) = people[key]!
            let title: String = switch role {
            case .coach: "Coaching — pelatih \(name)"
            case .assessor: "Coaching — pendamping \(name)"
            case .teamLeader: "Coaching — tim \(name)"
            }
            return PersonCalendar(role: role, nip: nip, name: name, bytes: SessionCalendar.calendar(indices.map { vevents[$0] }, name: title))
        }
        let events = self.events
        notices = teams.keys.sorted().map { nip in
            let (leader, indices, lines) = teams[nip]!
            let sessions = indices.map { i -> JadwalRecord.Entry in
                var e = jadwal.entries[i]
                e.date = events[i].date
                e.start = events[i].start
                e.end = events[i].end
                return e
            }.sorted { ($0.date, $0.start, $0.number) < ($1.date, $1.start, $1.number) }
            return Notice(leader: leader, sessions: sessions, changes: lines)
        }
    }

    /// `Sesi 7 (Gilang Lubis) dipindahkan dari Senin, 30 November 2026, 07.30–08.15 ke …`, or
    /// `… dibatalkan: …`, for the notice that replaces the one sent before.
    static func changeLine(_ e: JadwalRecord.Entry, _ change: Change, casing: Configuration.NameCase) -> String {
        var moved = e
        (moved.date, moved.start, moved.end) = (change.date, change.start, change.end)
        let who = "Sesi \(e.number) (\(JadwalDocument.cased(e.nama, casing)))"
        return change.cancelled
            ? "\(who) dibatalkan (semula \(moved.date.indonesianLong), \(moved.timeText)); peserta diikutsertakan pada batch berikutnya."
            : "\(who) dipindahkan dari \(e.date.indonesianLong), \(e.timeText) ke \(moved.date.indonesianLong), \(moved.timeText)."
    }
}
