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

        // Booked times per person and day: small lists, so a check stays cheap at thousands of sessions.
        var busy: [String: [Int: [(Int, Int)]]] = [:]
        var assessorLoad = [Int](repeating: 0, count: assessors.count)
        let blocked = Dictionary(grouping: unavailable, by: { $0.nip })
        var sessions: [Session] = []
        var unplaced: [UnplacedCandidate] = []
        let coachKeys = coaches.map(key), assessorKeys = assessors.map(key)

        func key(_ person: Configuration.Person) -> String { person.nip?.description ?? "name:" + person.name }
        func free(_ who: String, _ nip: NIP?, _ day: CivilDate, _ start: Int, _ end: Int) -> Bool {
            if let taken = busy[who]?[day.dayNumber], taken.contains(where: { start < $0.1 && $0.0 < end }) { return false }
            if let nip, let blocks = blocked[nip], blocks.contains(where: { $0.date == day && $0.blocks(start, end) }) { return false }
            return true
        }
        func booked(_ who: String, _ day: CivilDate) -> Int { busy[who]?[day.dayNumber]?.count ?? 0 }
        // Days on which some coach still has room, so a full schedule does not rescan them.
        var openDays = days

        for candidate in candidates {
            let length = candidate.jabatan == .teamLeaderInformasi ? options.teamLeaderSessionMinutes : options.agentSessionMinutes
            let coacheeKey = "nip:\(candidate.nip)"
            var placed = false
            search: for day in openDays {
                for start in slots(on: day, length: length) {
                    let end = start + length
                    guard free(coacheeKey, candidate.nip, day, start, end) else { continue }
                    guard let c = coaches.indices.first(where: {
                        booked(coachKeys[$0], day) < options.maxSessionsPerDay && free(coachKeys[$0], coaches[$0].nip, day, start, end)
                    }) else { continue }
                    // The least-loaded free assessor; ties go to the one listed first.
                    var chosen: Int?
                    for a in assessors.indices where free(assessorKeys[a], assessors[a].nip, day, start, end) {
                        if chosen == nil || assessorLoad[a] < assessorLoad[chosen!] { chosen = a }
                    }
                    guard let a = chosen else { continue }
                    for who in [coachKeys[c], assessorKeys[a], coacheeKey] {
                        busy[who, default: [:]][day.dayNumber, default: []].append((start, end))
                    }
                    assessorLoad[a] += 1
                    sessions.append(Session(number: sessions.count + 1, candidate: candidate, date: day, start: start, end: end,
                                            coach: coaches[c], assessor: assessors[a], place: options.place))
                    placed = true
                    break search
                }
            }
            openDays.removeAll { day in coachKeys.allSatisfy { booked($0, day) >= options.maxSessionsPerDay } }
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
