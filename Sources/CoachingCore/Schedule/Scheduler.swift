/// Lays the candidates' sessions out inside the SOP's 14 working days: highest priority
/// first, each at the earliest time that suits the coach, one Quality Assessor and the
/// coachee (who is never their own coach or Quality Assessor), inside office hours (Friday's longer break respected), at most N sessions a day
/// for the coach, ending early enough to leave time for the minutes. Deterministic.
public struct Scheduler: Sendable {
    /// A problem that prevents any schedule.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    public let configuration: Configuration
    public let calendar: WorkingDayCalendar
    /// Slot granularity in minutes.
    static let step = 15

    public init(configuration: Configuration, calendar: WorkingDayCalendar) {
        self.configuration = configuration
        self.calendar = calendar
    }

    /// Places `candidates` in the order given (highest priority first); those that find no time are listed as unplaced.
    public func schedule(_ candidates: [Candidate], assignedOn: CivilDate,
                         unavailable: [Unavailability] = []) throws -> Schedule {
        let options = configuration.schedule
        let coaches = [configuration.people.kepalaSeksiPKL] + options.standInCoaches
        let assessors = configuration.people.qualityAssessors
        guard !assessors.isEmpty else {
            throw Problem(description: "no Quality Assessor is named in coaching.toml ([[people.quality_assessors]]); each session needs one")
        }
        let span = try calendar.add(workingDays: 14, after: assignedOn)
        let days = try sessionDays(after: assignedOn)
        var bookings = Bookings(coaches: coaches, assessors: assessors, days: days, unavailable: unavailable)
        var sessions: [Session] = []
        var unplaced: [UnplacedCandidate] = []
        // Days on which some coach still has room, so a full schedule does not rescan them.
        var openDays = Array(days.indices)

        for candidate in candidates {
            let session = place(candidate, number: sessions.count + 1, on: openDays, bookings: &bookings)
            openDays.removeAll { d in bookings.coachesAreFull(on: d, limit: options.maxSessionsPerDay) }
            if let session {
                sessions.append(session)
            } else if let missing = Self.missingStaff(for: candidate, bookings.staff(notFor: candidate.nip)) {
                unplaced.append(missing)
            } else {
                unplaced.append(UnplacedCandidate(
                    candidate: candidate,
                    why: .noTime(first: days.first, last: days.last, maxPerDay: options.maxSessionsPerDay, daysAfter: options.workingDaysAfterLastSession)))
            }
        }
        sessions.sort { ($0.date, $0.start, $0.number) < ($1.date, $1.start, $1.number) }
        for i in sessions.indices { sessions[i].number = i + 1 }
        return Schedule(assignedOn: assignedOn, deadline: span.deadline, sessionDays: days, sessions: sessions,
                        unplaced: unplaced, provisionalYears: span.provisionalYears)
    }

    /// Why `candidate` cannot be placed at any time when they are themselves the only coach or
    /// the only Quality Assessor left: nil when others could take both roles. Without it the
    /// clerk would be told to add session days, which would not help.
    private static func missingStaff(for candidate: Candidate, _ staff: (coach: Bool, assessor: Bool)) -> UnplacedCandidate? {
        if !staff.coach { return UnplacedCandidate(candidate: candidate, why: .onlyCoach) }
        if !staff.assessor { return UnplacedCandidate(candidate: candidate, why: .onlyAssessor) }
        return nil
    }

    /// The working days sessions may fall on: from the first session day to the last one
    /// that leaves time for the minutes.
    private func sessionDays(after assignedOn: CivilDate) throws -> [CivilDate] {
        let options = configuration.schedule
        let lastDayNumber = 14 - options.workingDaysAfterLastSession
        var days: [CivilDate] = []
        for n in options.firstSessionWorkingDay...max(options.firstSessionWorkingDay, lastDayNumber) {
            days.append(try calendar.add(workingDays: n, after: assignedOn).deadline)
        }
        return days
    }

    /// Books `candidate` at the earliest slot of `openDays` where a coach with room, a Quality
    /// Assessor and the candidate are all free; nil when there is none.
    private func place(_ candidate: Candidate, number: Int, on openDays: [Int], bookings: inout Bookings) -> Session? {
        let options = configuration.schedule
        let length = candidate.jabatan == .teamLeaderInformasi ? options.teamLeaderSessionMinutes : options.agentSessionMinutes
        // Each candidate has one session, so only their own absences can block them.
        let away = bookings.blockedTimes(candidate.nip)
        for d in openDays {
            let day = bookings.days[d]
            for start in slots(on: day, length: length) {
                let end = start + length
                guard !Bookings.overlaps(away[d], start, end),
                      let c = bookings.freeCoach(on: d, start, end, limit: options.maxSessionsPerDay, notFor: candidate.nip),
                      let a = bookings.leastLoadedAssessor(on: d, start, end, besides: c, notFor: candidate.nip) else { continue }
                bookings.book(coach: c, assessor: a, on: d, start, end)
                return Session(number: number, candidate: candidate, date: day, start: start, end: end,
                               coach: bookings.coaches[c], assessor: bookings.assessors[a], place: options.place)
            }
        }
        return nil
    }

    /// Start times on `day` where a session of `length` fits in office hours, around the break.
    public func slots(on day: CivilDate, length: Int) -> [Int] {
        let hours = configuration.officeHours
        let friday = day.weekday == 5
        let breakStart = friday ? hours.fridayBreakStart : hours.breakStart
        let breakEnd = friday ? hours.fridayBreakEnd : hours.breakEnd
        return stride(from: hours.start, through: hours.end - length, by: Self.step).filter { start in
            let end = start + length
            return end <= breakStart || start >= breakEnd
        }
    }
}

// MARK: - Bookings

/// Who is busy when, by person and session day. People and days are indices and bookings
/// small per-person-per-day lists: no hashing in the search, which tries thousands of slots
/// for thousands of sessions.
private struct Bookings {
    let coaches: [Configuration.Person]
    let assessors: [Configuration.Person]
    let days: [CivilDate]
    /// Staff index of each coach and each assessor (one person may be both).
    private let coachIndex: [Int], assessorIndex: [Int]
    private let blocked: [NIP: [Unavailability]]
    private let dayIndex: [Int: Int]
    /// Busy times per staff member and day: their absences, then their sessions.
    private var busy: [[[(Int, Int)]]]
    private var sessionsOf: [[Int]]
    private var assessorLoad: [Int]

    init(coaches: [Configuration.Person], assessors: [Configuration.Person], days: [CivilDate], unavailable: [Unavailability]) {
        self.coaches = coaches
        self.assessors = assessors
        self.days = days
        blocked = Dictionary(grouping: unavailable, by: { $0.nip })
        var staffIndex: [String: Int] = [:]
        func index(_ person: Configuration.Person) -> Int {
            let key = person.nip?.description ?? "name:" + person.name
            if let i = staffIndex[key] { return i }
            staffIndex[key] = staffIndex.count
            return staffIndex.count - 1
        }
        coachIndex = coaches.map(index)
        assessorIndex = assessors.map(index)
        dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1.dayNumber, $0) })
        busy = [[[(Int, Int)]]](repeating: [[(Int, Int)]](repeating: [], count: days.count), count: staffIndex.count)
        sessionsOf = [[Int]](repeating: [Int](repeating: 0, count: days.count), count: staffIndex.count)
        assessorLoad = [Int](repeating: 0, count: assessors.count)
        for (i, person) in zip(coachIndex + assessorIndex, coaches + assessors) {
            for (d, times) in blockedTimes(person.nip).enumerated() { busy[i][d] += times }
        }
    }

    /// The times `nip` said they are away, per session day.
    func blockedTimes(_ nip: NIP?) -> [[(Int, Int)]] {
        var times = [[(Int, Int)]](repeating: [], count: days.count)
        for entry in nip.flatMap({ blocked[$0] }) ?? [] {
            if let d = dayIndex[entry.date.dayNumber] { times[d].append((entry.from ?? 0, entry.to ?? 24 * 60)) }
        }
        return times
    }

    static func overlaps(_ times: [(Int, Int)], _ start: Int, _ end: Int) -> Bool { times.contains { start < $0.1 && $0.0 < end } }

    /// The first coach (in the listed order) with room on day `d` and free from `start` to `end`,
    /// other than `coachee`: nobody coaches their own session.
    func freeCoach(on d: Int, _ start: Int, _ end: Int, limit: Int, notFor coachee: NIP) -> Int? {
        coaches.indices.first {
            coaches[$0].nip != coachee && sessionsOf[coachIndex[$0]][d] < limit && !Self.overlaps(busy[coachIndex[$0]][d], start, end)
        }
    }

    /// The least-loaded assessor free from `start` to `end` who is neither coach `c` nor
    /// `coachee`; ties go to the one listed first.
    func leastLoadedAssessor(on d: Int, _ start: Int, _ end: Int, besides c: Int, notFor coachee: NIP) -> Int? {
        var chosen: Int?
        for a in assessors.indices where assessorIndex[a] != coachIndex[c] && assessors[a].nip != coachee
            && !Self.overlaps(busy[assessorIndex[a]][d], start, end) {
            if chosen == nil || assessorLoad[a] < assessorLoad[chosen!] { chosen = a }
        }
        return chosen
    }

    /// Whether anyone but `coachee` can coach their session, and whether some such coach then
    /// leaves a Quality Assessor who is neither the coach nor `coachee`, at any time.
    func staff(notFor coachee: NIP) -> (coach: Bool, assessor: Bool) {
        let others = coaches.indices.filter { coaches[$0].nip != coachee }
        let assessor = assessors.indices.contains { a in
            assessors[a].nip != coachee && others.contains { coachIndex[$0] != assessorIndex[a] }
        }
        return (!others.isEmpty, assessor)
    }

    /// Books coach `c` and assessor `a` on day `d` from `start` to `end`.
    mutating func book(coach c: Int, assessor a: Int, on d: Int, _ start: Int, _ end: Int) {
        for who in [coachIndex[c], assessorIndex[a]] {
            busy[who][d].append((start, end))
            sessionsOf[who][d] += 1
        }
        assessorLoad[a] += 1
    }

    /// True when every coach has `limit` sessions on day `d`.
    func coachesAreFull(on d: Int, limit: Int) -> Bool { coachIndex.allSatisfy { sessionsOf[$0][d] >= limit } }
}
