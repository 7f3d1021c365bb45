/// What follows a no-show: a make-up session inside the SOP's window, or, when there is no
/// room left, the person goes to the next batch. The no-show record says which, and keeps it.
public struct MakeUp: Sendable, Equatable {
    /// A day and time for the make-up session (same coach, Quality Assessor and place).
    public struct Slot: Sendable, Equatable, CustomStringConvertible {
        public var date: CivilDate
        /// Minutes after midnight, WIB.
        public var start: Int
        public var end: Int

        public init(date: CivilDate, start: Int, end: Int) {
            self.date = date
            self.start = start
            self.end = end
        }

        /// `08.00–08.45 WIB`.
        public var timeText: String { "\(Session.clock(start))–\(Session.clock(end)) WIB" }
        /// `2026-12-07 08:00–08:45`, for the status.
        public var description: String { "\(date) \(JadwalDocument.iso(start))–\(JadwalDocument.iso(end))" }
    }

    /// The make-up session proposed; nil when there is no room and the person goes to the next batch.
    public var slot: Slot?
    /// The last of the SOP's 14 working days.
    public var deadline: CivilDate

    public init(slot: Slot?, deadline: CivilDate) {
        self.slot = slot
        self.deadline = deadline
    }
}

/// Proposes the make-up session of a no-show: the earliest slot from the working day after
/// both the no-show and `today` (the day the notes are recorded: a proposal in the past is
/// useless) up to the last session day of the batch (the SOP's 14 working days less
/// `schedule.working_days_after_last_session`, as for the Jadwal), with the session's own
/// coach, Quality Assessor and length, inside office hours around the break, where the coach
/// has fewer than `schedule.max_sessions_per_day` sessions that day and nobody involved is in
/// another session of the Jadwal, in another make-up, or away. Deterministic and pure.
public struct MakeUpSlot: Sendable {
    public let configuration: Configuration
    public let calendar: WorkingDayCalendar

    public init(configuration: Configuration, calendar: WorkingDayCalendar) {
        self.configuration = configuration
        self.calendar = calendar
    }

    /// The working days a make-up of a session missed on `missed` may fall on, recorded `today`.
    public func window(missed: CivilDate, today: CivilDate, jadwal: JadwalRecord) throws(WorkingDayCalendar.UnknownYear) -> [CivilDate] {
        let lastDayNumber = max(1, 14 - configuration.schedule.workingDaysAfterLastSession)
        let last = try calendar.add(workingDays: lastDayNumber, after: jadwal.assignedOn).deadline
        var day = max(missed, today)
        var days: [CivilDate] = []
        guard day < last else { return days }
        while true {
            day = try calendar.add(workingDays: 1, after: day).deadline
            guard day <= last else { return days }
            days.append(day)
        }
    }

    /// The make-up of `entry`, missed on `missed` (its scheduled day, or a make-up day missed
    /// again), given the Jadwal's sessions, `alsoBooked` (other make-ups, as sessions) and who is away.
    public func propose(for entry: JadwalRecord.Entry, missed: CivilDate, in jadwal: JadwalRecord, today: CivilDate,
                        alsoBooked: [JadwalRecord.Entry] = [], unavailable: [Unavailability] = []) throws(WorkingDayCalendar.UnknownYear) -> MakeUp {
        let length = entry.end - entry.start
        let people = [Self.key(entry.coach), Self.key(entry.assessor), entry.nip.description]
        let coach = Self.key(entry.coach)
        let booked = jadwal.entries.filter { $0.number != entry.number } + alsoBooked.filter { $0.number != entry.number }
        let slots = Scheduler(configuration: configuration, calendar: calendar)
        for day in try window(missed: missed, today: today, jadwal: jadwal) {
            var busy: [(Int, Int)] = []
            var coachSessions = 0
            for other in booked where other.date == day {
                let involved = [Self.key(other.coach), Self.key(other.assessor), other.nip.description]
                if involved.contains(where: people.contains) { busy.append((other.start, other.end)) }
                if Self.key(other.coach) == coach { coachSessions += 1 }
            }
            guard coachSessions < configuration.schedule.maxSessionsPerDay else { continue }
            for away in unavailable where away.date == day && people.contains(away.nip.description) {
                busy.append((away.from ?? 0, away.to ?? 24 * 60))
            }
            if let start = slots.slots(on: day, length: length).first(where: { s in !busy.contains { s < $0.1 && $0.0 < s + length } }) {
                return MakeUp(slot: .init(date: day, start: start, end: start + length), deadline: jadwal.deadline)
            }
        }
        return MakeUp(slot: nil, deadline: jadwal.deadline)
    }

    /// Every no-show among `items` with what follows it: the make-up in `standing` when there
    /// is one (what a record already says, for the same no-show: it was made known and is kept,
    /// even once its day has passed, until the notes say what happened on it), else a new one,
    /// proposed in session order around the standing ones and those proposed before it.
    public func settle(_ items: [MinutesPlan.Item], jadwal: JadwalRecord, today: CivilDate,
                       standing: [Int: MakeUp]) throws(WorkingDayCalendar.UnknownYear) -> [MinutesPlan.Item] {
        let entries = Dictionary(jadwal.entries.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var booked: [JadwalRecord.Entry] = standing.sorted { $0.key < $1.key }.compactMap { session, makeUp in
            guard let slot = makeUp.slot, var entry = entries[session] else { return nil }
            (entry.date, entry.start, entry.end) = (slot.date, slot.start, slot.end)
            return entry
        }
        var settled = items
        for i in settled.indices {
            guard settled[i].notes.attendance == .absent else {
                settled[i].makeUp = nil
                continue
            }
            let entry = settled[i].entry
            if let kept = standing[entry.number] {
                settled[i].makeUp = kept
                continue
            }
            let makeUp = try propose(for: entry, missed: settled[i].notes.heldOn ?? entry.date, in: jadwal, today: today, alsoBooked: booked)
            settled[i].makeUp = makeUp
            if let slot = makeUp.slot {
                var made = entry
                (made.date, made.start, made.end) = (slot.date, slot.start, slot.end)
                booked.append(made)
            }
        }
        return settled
    }

    /// Who a staff member is: their NIP, or their name when the settings give none.
    private static func key(_ person: Configuration.Person) -> String { person.nip?.description ?? "name:" + person.name }
}
