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

        var busy: [String: [(Int, Int, Int)]] = [:]   // person key → (day number, start, end)
        var assessorLoad = [Int](repeating: 0, count: assessors.count)
        let blocked = Dictionary(grouping: unavailable, by: { $0.nip })
        var sessions: [Session] = []
        var unplaced: [UnplacedCandidate] = []

        func key(_ person: Configuration.Person) -> String { person.nip?.description ?? "name:" + person.name }
        func free(_ who: String, _ nip: NIP?, _ day: CivilDate, _ start: Int, _ end: Int) -> Bool {
            if let taken = busy[who], taken.contains(where: { $0.0 == day.dayNumber && start < $0.2 && $0.1 < end }) { return false }
            if let nip, let blocks = blocked[nip], blocks.contains(where: { $0.date == day && $0.blocks(start, end) }) { return false }
            return true
        }

        for candidate in candidates {
            let length = candidate.jabatan == .teamLeaderInformasi ? options.teamLeaderSessionMinutes : options.agentSessionMinutes
            var placed = false
            search: for day in days {
                for start in slots(on: day, length: length) {
                    let end = start + length
                    guard free("nip:\(candidate.nip)", candidate.nip, day, start, end) else { continue }
                    guard let coach = coaches.first(where: { free(key($0), $0.nip, day, start, end)
                        && (busy[key($0)]?.filter { $0.0 == day.dayNumber }.count ?? 0) < options.maxSessionsPerDay }) else { continue }
                    // The least-loaded free assessor; ties go to the one listed first.
                    let order = assessors.indices.sorted { (assessorLoad[$0], $0) < (assessorLoad[$1], $1) }
                    guard let a = order.first(where: { free(key(assessors[$0]), assessors[$0].nip, day, start, end) }) else { continue }
                    for who in [key(coach), key(assessors[a]), "nip:\(candidate.nip)"] {
                        busy[who, default: []].append((day.dayNumber, start, end))
                    }
                    assessorLoad[a] += 1
                    sessions.append(Session(number: sessions.count + 1, candidate: candidate, date: day, start: start, end: end,
                                            coach: coach, assessor: assessors[a], place: options.place))
                    placed = true
                    break search
                }
            }
            if !placed {
                unplaced.append(UnplacedCandidate(
                    candidate: candidate,
                    reason: "no time left between \(days.first?.indonesian ?? "-") and \(days.last?.indonesian ?? "-") when the coach, a Quality Assessor and \(candidate.nama) are all free",
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
