/// One coaching session in the schedule.
public struct Session: Sendable, Equatable {
    public var number: Int
    public var candidate: Candidate
    public var date: CivilDate
    /// Minutes after midnight, WIB.
    public var start: Int
    public var end: Int
    public var coach: Configuration.Person
    public var assessor: Configuration.Person
    public var place: String

    /// `08.00–08.45 WIB`.
    public var timeText: String { "\(Self.clock(start))–\(Self.clock(end)) WIB" }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + "." + (m < 10 ? "0\(m)" : "\(m)")
    }
}

/// Someone who did not fit, why, and what would make them fit.
public struct UnplacedCandidate: Sendable, Equatable {
    /// Why nobody could be found for a session; the same for many people in a large office, so
    /// a summary counts people by it (issue #19, surprise 4).
    public enum Why: Sendable, Hashable {
        /// No slot between `first` and `last` with a coach, a Quality Assessor and the person free.
        case noTime(first: CivilDate?, last: CivilDate?, maxPerDay: Int, daysAfter: Int)
        /// The person is the only coach named.
        case onlyCoach
        /// The person is the only Quality Assessor left for the session.
        case onlyAssessor
    }

    public var candidate: Candidate
    public var why: Why

    public init(candidate: Candidate, why: Why) {
        self.candidate = candidate
        self.why = why
    }

    /// Why, for everyone it applies to (no name): `tidak ada waktu tersisa antara … dan …`.
    public func reason(_ language: Language) -> String {
        switch why {
        case .noTime(let first, let last, _, _):
            language.text(.unplacedNoTime, ["first": first?.text(language) ?? "-", "last": last?.text(language) ?? "-"])
        case .onlyCoach: language.text(.unplacedOnlyCoach)
        case .onlyAssessor: language.text(.unplacedOnlyAssessor)
        }
    }

    /// What would make them fit.
    public func suggestion(_ language: Language) -> String {
        switch why {
        case .noTime(_, _, let maxPerDay, let daysAfter):
            language.text(.unplacedNoTimeHelp, ["maxPerDay": "\(maxPerDay)", "daysAfter": "\(daysAfter)"])
        case .onlyCoach: language.text(.unplacedOnlyCoachHelp)
        case .onlyAssessor: language.text(.unplacedOnlyAssessorHelp)
        }
    }
}

/// The schedule stage's result: sessions inside the SOP window, and whoever did not fit.
public struct Schedule: Sendable, Equatable {
    public var assignedOn: CivilDate
    /// The 14th working day after the assignment.
    public var deadline: CivilDate
    /// Sessions happen on these working days.
    public var sessionDays: [CivilDate]
    public var sessions: [Session]
    public var unplaced: [UnplacedCandidate]
    /// Years in the window whose holidays are only an estimate.
    public var provisionalYears: [Int]
}
