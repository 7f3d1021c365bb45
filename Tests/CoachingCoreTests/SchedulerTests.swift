import CoachingCore
import Testing
import TestSupport

@Suite("Scheduler")
struct SchedulerTests {
    /// The staff have NIPs of their own, none of them a coachee's in `CandidateTests.report`
    /// (nobody coaches or accompanies their own session).
    private func configuration(assessors: Int = 2, maxPerDay: Int = 6) -> Configuration {
        var c = Configuration()
        c.people.kepalaSeksiPKL = .init(name: "Ratna Kusumawardani", nip: nip("197904212005012003"), position: "Kepala Seksi Penjaminan Kualitas Layanan")
        c.people.qualityAssessors = [
            .init(name: "Dewi Lestari", nip: nip("198807152012102001"), position: "Quality Assessor"),
            .init(name: "Rizki Pratama", nip: nip("198503092009031002"), position: "Quality Assessor"),
        ].prefix(assessors).map { $0 }
        c.schedule.maxSessionsPerDay = maxPerDay
        return c
    }


    private func candidates() throws -> [Candidate] {
        let inputs = try InputLoader(configuration: Configuration(), today: testToday).load(
            report: InputFile(name: "lap.csv", source: MemoryByteSource(CandidateTests.report)),
            recommendations: InputFile(name: "rek.csv", source: MemoryByteSource(CandidateTests.recommendations)))
        return try #require(CandidateSelector(rules: Configuration().rules).select(inputs)).candidates
    }

    private func lines(_ schedule: Schedule) -> [String] {
        schedule.sessions.map { "\($0.number) \($0.date.indonesianLong) \($0.timeText) \($0.candidate.nama) / \($0.assessor.name)" }
    }

    @Test func sessionsStartOnTheSecondWorkingDayInPriorityOrderWithAssessorsTakingTurns() throws {
        let c = configuration()
        let schedule = try Scheduler(configuration: c, calendar: WorkingDayCalendar()).schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(schedule.deadline == CivilDate(year: 2026, month: 12, day: 15))
        #expect(schedule.sessionDays.first == CivilDate(year: 2026, month: 11, day: 27))
        #expect(schedule.sessionDays.last == CivilDate(year: 2026, month: 12, day: 10))
        #expect(lines(schedule) == [
            "1 Jumat, 27 November 2026 07.30–08.15 WIB Dewi Lestari / Dewi Lestari",
            "2 Jumat, 27 November 2026 08.15–09.15 WIB Rizki Pratama / Rizki Pratama",
            "3 Jumat, 27 November 2026 09.15–10.00 WIB Ani Wulan / Dewi Lestari",
            "4 Jumat, 27 November 2026 10.00–10.45 WIB Budi Santoso / Rizki Pratama",
            "5 Jumat, 27 November 2026 10.45–11.30 WIB Eko Saputra / Dewi Lestari",
        ])
        #expect(schedule.unplaced.isEmpty)
    }

    @Test func fridaysLongerBreakAndTheDailyLimitAreRespected() throws {
        let schedule = try Scheduler(configuration: configuration(maxPerDay: 4), calendar: WorkingDayCalendar())
            .schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(lines(schedule).last == "5 Senin, 30 November 2026 07.30–08.15 WIB Eko Saputra / Dewi Lestari")
        let slots = Scheduler(configuration: configuration(), calendar: WorkingDayCalendar()).slots(on: CivilDate(year: 2026, month: 11, day: 27)!, length: 45)
        let breakStart = 11 * 60 + 30, breakEnd = 13 * 60 + 15
        let insideBreak = slots.filter { (start: Int) -> Bool in start + 45 > breakStart && start < breakEnd }
        #expect(insideBreak.isEmpty)
        #expect(slots.contains(breakEnd))
        #expect(slots.last == 17 * 60 - 45)
    }

    @Test func nobodyIsScheduledWhenTheyAreAway() throws {
        let dewi = try candidates().first { $0.nama == "Dewi Lestari" }!
        let away = Unavailability(nip: dewi.nip, date: CivilDate(year: 2026, month: 11, day: 27)!)
        let assessorBusy = Unavailability(nip: nip("199001152015022001"), date: CivilDate(year: 2026, month: 11, day: 27)!, from: 7 * 60 + 30, to: 9 * 60)
        let schedule = try Scheduler(configuration: configuration(), calendar: WorkingDayCalendar())
            .schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, unavailable: [away, assessorBusy])
        let session = try #require(schedule.sessions.first { $0.candidate.nama == "Dewi Lestari" })
        #expect(session.date == CivilDate(year: 2026, month: 11, day: 30))
        #expect(!schedule.sessions.contains { $0.assessor.name == "Dewi Lestari" && $0.date.day == 27 && $0.start < 9 * 60 })
    }

    @Test func whoDoesNotFitIsNamedWithWhatWouldHelp() throws {
        var c = configuration(assessors: 1, maxPerDay: 1)
        c.schedule.firstSessionWorkingDay = 9
        c.schedule.workingDaysAfterLastSession = 3
        let schedule = try Scheduler(configuration: c, calendar: WorkingDayCalendar()).schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(schedule.sessions.count == 3)
        #expect(schedule.unplaced.map(\.candidate.nama) == ["Budi Santoso", "Eko Saputra"])
        #expect(schedule.unplaced[0].suggestion(.en).hasPrefix("name another Quality Assessor or a stand-in coach"))
        #expect(schedule.unplaced[0].suggestion(.id).hasPrefix("tambahkan Quality Assessor atau coach pengganti di coaching.toml"))
    }

    /// Issue #19, surprise 4: who does not fit is summarised (how many, why, what would help),
    /// a few lines however many people, and listed one per row for the batch's tidak-terjadwal.csv.
    @Test func whoDoesNotFitIsSummarisedAndListed() throws {
        var c = configuration(assessors: 1, maxPerDay: 1)
        c.schedule.firstSessionWorkingDay = 9
        c.schedule.workingDaysAfterLastSession = 3
        let schedule = try Scheduler(configuration: c, calendar: WorkingDayCalendar()).schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        let first = schedule.sessionDays.first!.indonesian, last = schedule.sessionDays.last!.indonesian
        #expect(UnplacedList.summary(schedule.unplaced, of: 5, severity: "error", language: .id) == [
            "error: 2 dari 5 kandidat tidak mendapat jadwal.",
            "  2 orang: tidak ada waktu tersisa antara \(first) dan \(last) ketika coach, Quality Assessor, dan pegawai yang bersangkutan sama-sama tersedia.",
            "  Agar semua terjadwal: tambahkan Quality Assessor atau coach pengganti di coaching.toml, naikkan schedule.max_sessions_per_day (saat ini 1), atau turunkan schedule.working_days_after_last_session (saat ini 3).",
        ])
        #expect(UnplacedList.summary(schedule.unplaced, of: 5, severity: "warning", language: .en)[0] == "warning: 2 of 5 candidates do not fit.")
        let rows = String(decoding: UnplacedList.csv(schedule.unplaced), as: UTF8.self).split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows[0] == "peringkat,nip,nama,jabatan,tim,alasan,saran")
        #expect(rows[1].contains(",Budi Santoso,") && rows[1].contains("tidak ada waktu tersisa antara"))
    }

    /// Staff who are also coachees (issue #15): the Kepala Seksi has Dewi Lestari's NIP, the two
    /// Quality Assessors have Ani Wulan's and Rizki Pratama's.
    private func staffAmongCoachees(standIn: Bool, assessors: Int = 2) -> Configuration {
        var c = Configuration()
        c.people.kepalaSeksiPKL = .init(name: "Dewi Lestari", nip: nip("198012302010012005"), position: "Kepala Seksi Penjaminan Kualitas Layanan")
        c.people.qualityAssessors = [
            .init(name: "Ani Wulan", nip: nip("199001152015022001"), position: "Quality Assessor"),
            .init(name: "Rizki Pratama", nip: nip("198609262015051001"), position: "Quality Assessor"),
        ].prefix(assessors).map { $0 }
        if standIn {
            c.schedule.standInCoaches = [.init(name: "Hendra Wijaya", nip: nip("197811052003121002"), position: "Plh. Kepala Seksi Penjaminan Kualitas Layanan")]
        }
        return c
    }

    @Test func nobodyCoachesOrAccompaniesTheirOwnSession() throws {
        let schedule = try Scheduler(configuration: staffAmongCoachees(standIn: true), calendar: WorkingDayCalendar())
            .schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(schedule.unplaced.isEmpty)
        #expect(schedule.sessions.count == 5)
        for session in schedule.sessions {
            #expect(session.coach.nip != session.candidate.nip, "\(session.candidate.nama) coached by themselves")
            #expect(session.assessor.nip != session.candidate.nip, "\(session.candidate.nama) accompanied by themselves")
        }
        let of = { (name: String) in schedule.sessions.first { $0.candidate.nama == name } }
        #expect(of("Dewi Lestari")?.coach.name == "Hendra Wijaya")
        #expect(of("Ani Wulan")?.assessor.name == "Rizki Pratama")
        #expect(of("Rizki Pratama")?.assessor.name == "Ani Wulan")
    }

    @Test func theOnlyCoachOrAssessorIsNotScheduledForTheirOwnSessionAndTheReasonSaysWhy() throws {
        let schedule = try Scheduler(configuration: staffAmongCoachees(standIn: false, assessors: 1), calendar: WorkingDayCalendar())
            .schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(schedule.sessions.map(\.candidate.nama) == ["Rizki Pratama", "Budi Santoso", "Eko Saputra"])
        #expect(schedule.unplaced.map(\.candidate.nama) == ["Dewi Lestari", "Ani Wulan"])
        #expect(schedule.unplaced.map { $0.reason(.en) } == [
            "the person is the only coach named, and nobody coaches their own session",
            "the person is the only Quality Assessor left for this session (the coach does not accompany it), and nobody accompanies their own session",
        ])
        #expect(schedule.unplaced.map { $0.suggestion(.en) } == [
            "name a stand-in coach in coaching.toml ([[schedule.stand_in_coaches]])",
            "name another Quality Assessor in coaching.toml ([[people.quality_assessors]])",
        ])
    }

    @Test func aScheduleNeedsAQualityAssessor() throws {
        #expect(throws: Scheduler.Problem.self) {
            try Scheduler(configuration: configuration(assessors: 0), calendar: WorkingDayCalendar())
                .schedule(try candidates(), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)
        }
    }
}
