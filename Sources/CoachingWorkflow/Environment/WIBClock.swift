import CoachingCore
import Foundation

/// What time it is in the office: Western Indonesian Time (WIB, UTC+7, no daylight saving).
///
/// Passed in, never read from the system inside a use case, so that tests fix the day and a
/// batch's dates do not depend on the machine's time zone.
public struct WIBClock: Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    private let secondsSinceEpoch: @Sendable () -> Int
    /// The day taken as today instead of the calendar's (``takingAsToday(_:)``).
    private var dayTaken: CivilDate?

    public init(secondsSinceEpoch: @escaping @Sendable () -> Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// This clock, with `day` taken as today: for walking an example or a training batch
    /// through dates still to come. ``timestamp`` stays the real time, so the audit log
    /// records when each step was really recorded.
    public func takingAsToday(_ day: CivilDate) -> WIBClock {
        var clock = self
        clock.dayTaken = day
        return clock
    }

    /// The machine's clock.
    public static let system = WIBClock { Int(Date().timeIntervalSince1970) }

    /// A clock that always says `day` at `time` (seconds after midnight, WIB): for tests.
    public static func fixed(_ day: CivilDate, at time: Int = 9 * 3600) -> WIBClock {
        let seconds = day.dayNumber * 86_400 + time - offset
        return WIBClock { seconds }
    }

    private static let offset = 7 * 3600

    /// Today's date in Jakarta (or the day taken as today).
    public var today: CivilDate { dayTaken ?? Self.split(secondsSinceEpoch()).day }

    /// Now as an instant: what a signature's certificate is judged at when it states no time.
    public var now: Date { Date(timeIntervalSince1970: Double(secondsSinceEpoch())) }

    /// Now as an ISO timestamp for the audit log: `2026-11-25T14:03:07+07:00`.
    public var timestamp: String {
        let (day, rest) = Self.split(secondsSinceEpoch())
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))+07:00"
    }

    /// Now in UTC as iCalendar stamps it (DTSTAMP): `20261126T020000Z`.
    public var utcStamp: String {
        let seconds = secondsSinceEpoch()
        let day = CivilDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = seconds - day.dayNumber * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return ICalendarText.localDateTime(day, minutes: 0).prefix(9) + "\(two(rest / 3600))\(two(rest / 60 % 60))\(two(rest % 60))Z"
    }

    private static func split(_ utcSeconds: Int) -> (day: CivilDate, secondsOfDay: Int) {
        let seconds = utcSeconds + offset
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (CivilDate(dayNumber: day), seconds - day * 86_400)
    }
}
