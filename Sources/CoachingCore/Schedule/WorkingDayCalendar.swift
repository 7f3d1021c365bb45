/// Indonesian working days: Monday–Friday that are neither a national holiday nor (unless
/// the office counts them) a cuti bersama day. The SOP's 14 working days are counted here.
public struct WorkingDayCalendar: Sendable {
    /// Why a day is not a working day.
    public struct DayOff: Sendable, Equatable {
        public enum Kind: String, Sendable { case weekend, holiday = "libur nasional", cutiBersama = "cuti bersama", office = "libur kantor" }
        public var date: CivilDate
        public var kind: Kind
        public var name: String
    }

    /// The result of counting working days.
    public struct Span: Sendable, Equatable {
        public var start: CivilDate
        public var workingDays: Int
        /// The last working day counted.
        public var deadline: CivilDate
        /// Days passed over on the way, with why.
        public var skipped: [DayOff]
        /// Years the span touches whose calendar is only an estimate.
        public var provisionalYears: [Int]
    }

    /// A date the calendar cannot speak for; worded in the reader's language where it is shown
    /// (``Language/describe(_:path:)``), in English as its `description`.
    public struct UnknownYear: MessageCarryingError, Sendable, Equatable, CustomStringConvertible {
        public var year: Int
        public init(year: Int) { self.year = year }
        public var message: Message? { Message(.calendarUnknownYear, ["year": "\(year)"]) }
        public var description: String { Language.en.text(.calendarUnknownYear, ["year": "\(year)"]) }
    }

    private let days: [Int: DayOff]                 // day number → why it is off
    private let workingOverrides: Set<Int>          // days the office declared working
    private let knownYears: Set<Int>
    private let provisionalYears: Set<Int>

    public init(options: Configuration.CalendarOptions = .init()) {
        var known: Set<Int> = [], provisional: Set<Int> = []
        var days: [Int: DayOff] = [:]
        func add(_ year: Int, _ monthDay: String, _ kind: DayOff.Kind, _ name: String) {
            let parts = monthDay.split(separator: "-").compactMap { Int($0) }
            let date = CivilDate(year: year, month: parts[0], day: parts[1])!
            days[date.dayNumber] = DayOff(date: date, kind: kind, name: name)
        }
        for (year, data) in HolidayData.years {
            known.insert(year)
            if data.provisional { provisional.insert(year) }
            for (monthDay, name) in data.holidays { add(year, monthDay, .holiday, name) }
            if !options.cutiBersamaIsWorkingDay {
                for (monthDay, name) in data.cutiBersama { add(year, monthDay, .cutiBersama, name) }
            }
        }
        for day in options.extraHolidays {
            // An office's own entries make a year known, and decreed once it adds any.
            known.insert(day.date.year)
            days[day.date.dayNumber] = DayOff(date: day.date, kind: .office, name: day.name.isEmpty ? "Libur" : day.name)
        }
        var overrides: Set<Int> = []
        for day in options.extraWorkingDays {
            days[day.date.dayNumber] = nil
            overrides.insert(day.date.dayNumber)
        }
        workingOverrides = overrides
        self.days = days
        knownYears = known
        provisionalYears = provisional
    }

    /// Why `date` is not a working day, or nil when it is one.
    public func dayOff(_ date: CivilDate) -> DayOff? {
        let number = date.dayNumber
        if workingOverrides.contains(number) { return nil }
        if let off = days[number] { return off }
        if date.isWeekend { return DayOff(date: date, kind: .weekend, name: date.dayName) }
        return nil
    }

    /// The first working day after `date` (days of unknown years count as working days).
    public func nextWorkingDay(after date: CivilDate) -> CivilDate {
        var day = date.adding(days: 1)
        // Bounded: no stretch of days off lasts a month.
        for _ in 0..<31 where dayOff(day) != nil { day = day.adding(days: 1) }
        return day
    }

    public func isWorkingDay(_ date: CivilDate) throws(UnknownYear) -> Bool {
        guard knownYears.contains(date.year) else { throw UnknownYear(year: date.year) }
        return dayOff(date) == nil
    }

    /// Counts `count` working days after `start` (day 1 is the first working day after it,
    /// as the SOP counts from the day the assignment is received).
    public func add(workingDays count: Int, after start: CivilDate) throws(UnknownYear) -> Span {
        var date = start
        var counted = 0
        var skipped: [DayOff] = []
        var provisional: Set<Int> = []
        while counted < count {
            date = date.adding(days: 1)
            guard knownYears.contains(date.year) else { throw UnknownYear(year: date.year) }
            if provisionalYears.contains(date.year) { provisional.insert(date.year) }
            if let off = dayOff(date) { skipped.append(off) } else { counted += 1 }
        }
        return Span(start: start, workingDays: count, deadline: date, skipped: skipped, provisionalYears: provisional.sorted())
    }

    /// Working days in a calendar year.
    public func workingDays(in year: Int) throws(UnknownYear) -> Int {
        guard knownYears.contains(year) else { throw UnknownYear(year: year) }
        let first = CivilDate(year: year, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: year, month: 12, day: 31)!.dayNumber
        return (first...last).filter { dayOff(CivilDate(dayNumber: $0)) == nil }.count
    }
}
