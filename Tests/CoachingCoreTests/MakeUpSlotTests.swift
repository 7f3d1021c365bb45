import CoachingCore
import Testing
import TestSupport

/// The make-up session of a no-show: inside the batch's session days, after today, around
/// the Jadwal's other sessions and the same rules as the schedule.
@Suite("Make-up session of a no-show")
struct MakeUpSlotTests {
    static let ratna = Configuration.Person(name: "Ratna Kusumawardani", nip: nip("197904212005012003"), position: "Kepala Seksi Penjaminan Kualitas Layanan")
    static let dewi = Configuration.Person(name: "Dewi Lestari", nip: nip("198807152012102001"), position: "Quality Assessor")
    static let rizki = Configuration.Person(name: "Rizki Pratama", nip: nip("198503092009031002"), position: "Quality Assessor")

    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// A session of the Jadwal: `start` as `hh * 60 + mm`, 45 minutes (an agent's).
    static func entry(_ number: Int, _ date: CivilDate, _ start: Int, nip coachee: String, assessor: Configuration.Person = dewi) -> JadwalRecord.Entry {
        JadwalRecord.Entry(number: number, date: date, start: start, end: start + 45, place: "Ruang Coaching KLIP DJP", nip: nip(coachee),
                           nama: "Peserta \(number)", jabatan: "Agen Informasi", tim: "Tim 1", coach: ratna, assessor: assessor, agenda: "",
                           focus: [])
    }

    /// Session 1 missed on Friday 27 November 2026; assigned 25 November, deadline 15 December,
    /// so with 3 working days kept for the minutes the last session day is Thursday 10 December.
    static let missed = entry(1, day(11, 27), 9 * 60 + 15, nip: "199001152015022001")

    static func jadwal(_ others: [JadwalRecord.Entry] = []) -> JadwalRecord {
        JadwalRecord(number: "JDW-1/KLIP/2026", assignedOn: day(11, 25), deadline: day(12, 15), entries: [missed] + others)
    }

    static func slot(calendar: Configuration.CalendarOptions = .init(), maxPerDay: Int = 6) -> MakeUpSlot {
        var c = Configuration()
        c.people.kepalaSeksiPKL = ratna
        c.people.qualityAssessors = [dewi, rizki]
        c.schedule.maxSessionsPerDay = maxPerDay
        c.calendar = calendar
        return MakeUpSlot(configuration: c, calendar: WorkingDayCalendar(options: calendar))
    }

    static func proposed(_ date: CivilDate, _ start: Int) -> MakeUp {
        MakeUp(slot: .init(date: date, start: start, end: start + 45), deadline: day(12, 15))
    }

    @Test func theLastAllowedDayExactlyStillHasRoom() throws {
        let slot = Self.slot()
        #expect(try slot.window(missed: Self.missed.date, today: Self.day(12, 9), jadwal: Self.jadwal()) == [Self.day(12, 10)])
        let makeUp = try slot.propose(for: Self.missed, missed: Self.missed.date, in: Self.jadwal(), today: Self.day(12, 9))
        #expect(makeUp == Self.proposed(Self.day(12, 10), 7 * 60 + 30))
        #expect(makeUp.slot?.timeText == "07.30–08.15 WIB" && makeUp.slot?.description == "2026-12-10 07:30–08:15")
    }

    @Test func noRoomOnceTheLastSessionDayIsTodayOrFull() throws {
        let slot = Self.slot(maxPerDay: 2)
        // Recorded on the last session day: no day is left after today.
        #expect(try slot.window(missed: Self.missed.date, today: Self.day(12, 10), jadwal: Self.jadwal()).isEmpty)
        #expect(try slot.propose(for: Self.missed, missed: Self.missed.date, in: Self.jadwal(), today: Self.day(12, 10))
            == MakeUp(slot: nil, deadline: Self.day(12, 15)))
        // The day before: the one day left has the coach's two sessions already.
        let full = Self.jadwal([Self.entry(2, Self.day(12, 10), 13 * 60, nip: "199103222014021003", assessor: Self.rizki),
                                Self.entry(3, Self.day(12, 10), 14 * 60, nip: "199306112017012005", assessor: Self.rizki)])
        #expect(try slot.propose(for: Self.missed, missed: Self.missed.date, in: full, today: Self.day(12, 9)) == MakeUp(slot: nil, deadline: Self.day(12, 15)))
        // Long after the deadline (the example's minutes recorded on 31 December): no room either.
        #expect(try slot.propose(for: Self.missed, missed: Self.missed.date, in: full, today: Self.day(12, 31)) == MakeUp(slot: nil, deadline: Self.day(12, 15)))
    }

    /// A day off of the office on Tuesday 8 December: the window passes over it, and the last
    /// session day moves to Friday 11 December.
    @Test func aDayOffInBetweenIsPassedOver() throws {
        var calendar = Configuration.CalendarOptions()
        calendar.extraHolidays = [.init(date: Self.day(12, 8), name: "Libur kantor")]
        let slot = Self.slot(calendar: calendar, maxPerDay: 1)
        let missedFriday = Self.entry(1, Self.day(12, 4), 8 * 60, nip: "199001152015022001")
        let jadwal = JadwalRecord(number: "J", assignedOn: Self.day(11, 25), deadline: Self.day(12, 16), entries: [
            missedFriday, Self.entry(2, Self.day(12, 7), 8 * 60, nip: "199103222014021003"),
        ])
        #expect(try slot.window(missed: Self.day(12, 4), today: Self.day(12, 4), jadwal: jadwal) == [Self.day(12, 7), Self.day(12, 9), Self.day(12, 10), Self.day(12, 11)])
        // Monday the coach has their one session of the day; Tuesday is off.
        #expect(try slot.propose(for: missedFriday, missed: Self.day(12, 4), in: jadwal, today: Self.day(12, 4))
            == MakeUp(slot: .init(date: Self.day(12, 9), start: 7 * 60 + 30, end: 8 * 60 + 15), deadline: Self.day(12, 16)))
    }

    @Test func theCoachBusyIsWorkedAround() throws {
        let slot = Self.slot()
        // The coach's session with another Quality Assessor at 07.30: the make-up follows it.
        let busy = Self.jadwal([Self.entry(2, Self.day(12, 10), 7 * 60 + 30, nip: "199103222014021003", assessor: Self.rizki)])
        #expect(try slot.propose(for: Self.missed, missed: Self.missed.date, in: busy, today: Self.day(12, 9)) == Self.proposed(Self.day(12, 10), 8 * 60 + 15))
        // The coach away all morning: after Thursday's break (12.15–13.00).
        let away = [Unavailability(nip: Self.ratna.nip!, date: Self.day(12, 10), from: 7 * 60, to: 12 * 60 + 15)]
        #expect(try slot.propose(for: Self.missed, missed: Self.missed.date, in: Self.jadwal(), today: Self.day(12, 9), unavailable: away)
            == Self.proposed(Self.day(12, 10), 13 * 60))
        // The coachee away that day: no room.
        let coacheeAway = [Unavailability(nip: Self.missed.nip, date: Self.day(12, 10))]
        #expect(try slot.propose(for: Self.missed, missed: Self.missed.date, in: Self.jadwal(), today: Self.day(12, 9), unavailable: coacheeAway).slot == nil)
    }

    /// Two no-shows with the same coach: the second make-up goes around the first; a proposal
    /// that stands is kept and gone around too.
    @Test func noShowsAreSettledInSessionOrderAroundStandingProposals() throws {
        let second = Self.entry(2, Self.day(11, 27), 10 * 60, nip: "199103222014021003", assessor: Self.rizki)
        let jadwal = Self.jadwal([second])
        func absent(_ entry: JadwalRecord.Entry) -> MinutesPlan.Item {
            .init(entry: entry, notes: SessionNotes(session: entry.number, location: SourceLocation(file: "n"), heldOn: entry.date, nip: entry.nip, attendance: .absent))
        }
        let slot = Self.slot()
        let settled = try slot.settle([absent(Self.missed), absent(second)], jadwal: jadwal, today: Self.day(12, 9), standing: [:])
        #expect(settled.map(\.makeUp) == [Self.proposed(Self.day(12, 10), 7 * 60 + 30), Self.proposed(Self.day(12, 10), 8 * 60 + 15)])
        let kept = Self.proposed(Self.day(12, 10), 9 * 60)
        let around = try slot.settle([absent(Self.missed), absent(second)], jadwal: jadwal, today: Self.day(12, 9), standing: [2: kept])
        #expect(around.map(\.makeUp) == [Self.proposed(Self.day(12, 10), 7 * 60 + 30), kept])
        let first = try slot.settle([absent(Self.missed)], jadwal: jadwal, today: Self.day(12, 9), standing: [2: Self.proposed(Self.day(12, 10), 7 * 60 + 30)])
        #expect(first.map(\.makeUp) == [Self.proposed(Self.day(12, 10), 8 * 60 + 15)])
    }
}
