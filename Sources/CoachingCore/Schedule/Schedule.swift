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
    public var candidate: Candidate
    public var reason: String
    public var suggestion: String
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
