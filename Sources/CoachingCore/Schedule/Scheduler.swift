/// Lays the candidates' sessions out inside the SOP's 14 working days: highest priority
/// first, each at the earliest time that suits the coach, one Quality Assessor and the
/// coachee, inside office hours (Friday's longer break respected), at most N sessions a day
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

    public func schedule(_ candidates: [Candidate], assignedOn: CivilDate,
                         unavailable: [Unavailability] = []) throws -> Schedule {
        let options = configuration.schedule
        let coaches = [configuration.people.kepalaSeksiPKL] + options.standInCoaches
        let assessors = configuration.people.qualityAssessors
        guard !assessors.isEmpty else {
            throw Problem(description: "no Quality Assessor is named in coaching.toml ([[people.quality_assessors]]); each session needs one")
        }
        let span = try calendar.add(workingDays: 14, after: assignedOn)
        let lastDayNumber = 14 - options.workingDaysAfterLastSession
        var days: [CivilDate] = []
        for n in options.firstSessionWorkingDay...max(options.firstSessionWorkingDay, lastDayNumber) {
            days.append(try calendar.add(workingDays: n, after: assignedOn).deadline)
        }

        // People and days by index, and bookings as small per-person-per-day lists: no hashing
        // in the search, which tries thousands of slots for thousands of sessions.
        let blocked = Dictionary(grouping: unavailable, by: { $0.nip })
        var staffIndex: [String: Int] = [:]
        func index(_ person: Configuration.Person) -> Int {
            let key = person.nip?.description ?? "name:" + person.name
            if let i = staffIndex[key] { return i }
            staffIndex[key] = staffIndex.count
            return staffIndex.count - 1
        }
        let coachIndex = coaches.map(index), assessorIndex = assessors.map(index)
        let dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1.dayNumber, $0) })
        func blockedTimes(_ nip: NIP?) -> [[(Int, Int)]] {
            var times = [[(Int, Int)]](repeating: [], count: days.count)
            for entry in nip.flatMap({ blocked[$0] }) ?? [] {
                if let d = dayIndex[entry.date.dayNumber] { times[d].append((entry.from ?? 0, entry.to ?? 24 * 60)) }
            }
            return times
        }
        var busy = [[[(Int, Int)]]](repeating: [[(Int, Int)]](repeating: [], count: days.count), count: staffIndex.count)
        for person in coaches + assessors {
            let i = index(person)
            for (d, times) in blockedTimes(person.nip).enumerated() { busy[i][d] += times }
        }
        var sessionsOf = [[Int]](repeating: [Int](repeating: 0, count: days.count), count: staffIndex.count)
        var assessorLoad = [Int](repeating: 0, count: assessors.count)
        var sessions: [Session] = []
        var unplaced: [UnplacedCandidate] = []
        func overlaps(_ times: [(Int, Int)], _ start: Int, _ end: Int) -> Bool { times.contains { start < $0.1 && $0.0 < end } }
        // Days on which some coach still has room, so a full schedule does not rescan them.
        var openDays = Array(days.indices)

        for candidate in candidates {
            let length = candidate.jabatan == .teamLeaderInformasi ? options.teamLeaderSessionMinutes : options.agentSessionMinutes
            // Each candidate has one session, so only their own absences can block them.
            let away = blockedTimes(candidate.nip)
            var placed = false
            search: for d in openDays {
                let day = days[d]
                for start in slots(on: day, length: length) {
                    let end = start + length
                    guard !overlaps(away[d], start, end) else { continue }
                    guard let c = coaches.indices.first(where: {
                        sessionsOf[coachIndex[$0]][d] < options.maxSessionsPerDay && !overlaps(busy[coachIndex[$0]][d], start, end)
                    }) else { continue }
                    // The least-loaded free assessor; ties go to the one listed first.
                    var chosen: Int?
                    for a in assessors.indices where assessorIndex[a] != coachIndex[c] && !overlaps(busy[assessorIndex[a]][d], start, end) {
                        if chosen == nil || assessorLoad[a] < assessorLoad[chosen!] { chosen = a }
                    }
                    guard let a = chosen else { continue }
                    for who in [coachIndex[c], assessorIndex[a]] {
                        busy[who][d].append((start, end))
                        sessionsOf[who][d] += 1
                    }
                    assessorLoad[a] += 1
                    sessions.append(Session(number: sessions.count + 1, candidate: candidate, date: day, start: start, end: end,
                                            coach: coaches[c], assessor: assessors[a], place: options.place))
                    placed = true
                    break search
                }
            }
            openDays.removeAll { d in coachIndex.allSatisfy { sessionsOf[$0][d] >= options.maxSessionsPerDay } }
            if !placed {
                unplaced.append(UnplacedCandidate(
                    candidate: candidate,
                    reason: "no time left between \(days.first?.indonesian ?? "-") and \(days.last?.indonesian ?? "-") when a coach, a Quality Assessor and \(candidate.nama) are all free",
                    suggestion: "name another Quality Assessor or a stand-in coach in coaching.toml, raise schedule.max_sessions_per_day (now \(options.maxSessionsPerDay)), or lower schedule.working_days_after_last_session (now \(options.workingDaysAfterLastSession))"))
            }
        }
        sessions.sort { ($0.date, $0.start, $0.number) < ($1.date, $1.start, $1.number) }
        for i in sessions.indices { sessions[i].number = i + 1 }
        return Schedule(assignedOn: assignedOn, deadline: span.deadline, sessionDays: days, sessions: sessions,
                        unplaced: unplaced, provisionalYears: span.provisionalYears)
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
