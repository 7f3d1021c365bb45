import CoachingCore
import PropertyBased
import Testing
import TestSupport

private func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

@Suite("Working-day calendar")
struct WorkingDayCalendarTests {
    static let vectors: [(String, String, String)] = [
        ("2026-11-25", "2026-12-15", "2026-12-15"),
        ("2026-03-13", "2026-04-10", "2026-04-06"),
        ("2026-03-16", "2026-04-13", "2026-04-07"),
        ("2026-05-11", "2026-06-05", "2026-06-03"),
        ("2025-08-11", "2025-09-01", "2025-08-29"),
    ]

    @Test(arguments: vectors)
    func theDomainDeadlinesHold(assigned: String, deadline: String, ifCutiBersamaWorked: String) throws {
        let strict = WorkingDayCalendar()
        #expect(try strict.add(workingDays: 14, after: date(assigned)).deadline == date(deadline))
        var options = Configuration.CalendarOptions()
        options.cutiBersamaIsWorkingDay = true
        #expect(try WorkingDayCalendar(options: options).add(workingDays: 14, after: date(assigned)).deadline == date(ifCutiBersamaWorked))
    }

    @Test func theYearsHaveTheirDecreedNumberOfWorkingDays() throws {
        #expect(try WorkingDayCalendar().workingDays(in: 2025) == 237)
        #expect(try WorkingDayCalendar().workingDays(in: 2026) == 240)
    }

    @Test func skippedDaysAreNamed() throws {
        let span = try WorkingDayCalendar().add(workingDays: 14, after: date("2026-11-25"))
        #expect(span.skipped.count == 6)
        #expect(span.skipped.allSatisfy { $0.kind == .weekend })
        #expect(span.deadline.indonesianLong == "Selasa, 15 Desember 2026")
        let eid = try WorkingDayCalendar().add(workingDays: 3, after: date("2026-03-17"))
        #expect(eid.skipped.map { "\($0.date) \($0.kind.rawValue): \($0.name)" } == [
            "2026-03-18 cuti bersama: Cuti bersama Hari Suci Nyepi",
            "2026-03-19 libur nasional: Hari Suci Nyepi Tahun Baru Saka 1948",
            "2026-03-20 cuti bersama: Cuti bersama Idul Fitri",
            "2026-03-21 libur nasional: Idul Fitri 1447 H",
            "2026-03-22 libur nasional: Idul Fitri 1447 H",
            "2026-03-23 cuti bersama: Cuti bersama Idul Fitri",
            "2026-03-24 cuti bersama: Cuti bersama Idul Fitri",
        ])
        #expect(eid.deadline == date("2026-03-27"))
    }

    @Test func aProvisionalYearIsFlaggedAndAnUnknownOneRefused() throws {
        let span = try WorkingDayCalendar().add(workingDays: 14, after: date("2026-12-20"))
        #expect(span.provisionalYears == [2027])
        #expect(throws: WorkingDayCalendar.UnknownYear(year: 2028)) {
            try WorkingDayCalendar().add(workingDays: 14, after: date("2027-12-24"))
        }
        #expect(WorkingDayCalendar.UnknownYear(year: 2028).description.hasPrefix("the holiday calendar of 2028 is not known yet"))
    }

    @Test func theOfficeCanAddAndRemoveDays() throws {
        var options = Configuration.CalendarOptions()
        options.extraHolidays = [.init(date: date("2026-11-26"), name: "Libur kantor")]
        options.extraWorkingDays = [.init(date: date("2026-12-24"), name: "Masuk kerja")]
        let calendar = WorkingDayCalendar(options: options)
        #expect(try calendar.add(workingDays: 14, after: date("2026-11-25")).deadline == date("2026-12-16"))
        #expect(try calendar.isWorkingDay(date("2026-12-24")))
        #expect(try !calendar.isWorkingDay(date("2026-11-26")))
    }

    @Test func datesSurviveDayArithmetic() async {
        await propertyCheck(count: 500, input: Gen.int(in: -700_000...2_900_000), Gen.int(in: -5000...5000)) { n, k in
            let d = CivilDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(d.adding(days: k).dayNumber == n + k)
            #expect(d.adding(days: 7).weekday == d.weekday)
        }
        #expect(date("2026-11-25").dayName == "Rabu")
        #expect(date("1970-01-01").weekday == 4)
        #expect(date("2024-02-29").adding(days: 1) == date("2024-03-01"))
    }

    @Test func countingIsAdditiveAndEndsOnAWorkingDay() async throws {
        let calendar = WorkingDayCalendar()
        await propertyCheck(count: 200, input: Gen.int(in: 0...600), Gen.int(in: 1...20), Gen.int(in: 1...20)) { offset, a, b in
            let start = date("2025-01-01").adding(days: offset)
            guard let first = try? calendar.add(workingDays: a, after: start),
                  let both = try? calendar.add(workingDays: a + b, after: start),
                  let second = try? calendar.add(workingDays: b, after: first.deadline) else {
                Issue.record("calendar refused \(start)")
                return
            }
            #expect(second.deadline == both.deadline)
            #expect(calendar.dayOff(both.deadline) == nil)
            #expect(both.deadline.dayNumber - start.dayNumber == a + b + both.skipped.count)
        }
    }
}
