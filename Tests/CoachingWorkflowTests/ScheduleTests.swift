import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing
import TestSupport

@Suite("Scheduling in process")
struct ScheduleTests {
    let day = CivilDate(year: 2026, month: 11, day: 25)!

    @Test func batchesAndJadwalNumbersCountUpAndTheSameInputsMakeNoNewBatch() throws {
        let fixture = try WorkflowFixture()
        let first = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: day)))
        #expect(first.number == "JDW-1/KLIP/2026" && first.folder.lastPathComponent == "2026-001")
        #expect(first.sessions == 20 && first.deadline == CivilDate(year: 2026, month: 12, day: 15))
        // The same inputs, settings and templates: the batch is named, nothing is written, no number is taken.
        let before = fixture.snapshot()
        let again = try fixture.schedule(assignedOn: day)
        guard case .alreadyScheduled(let folder) = again.result else { Issue.record("scheduled twice: \(again.result)"); return }
        #expect(folder.lastPathComponent == "2026-001" && fixture.snapshot() == before)
        // Another assignment (a month on, after the cool-down): the next numbers.
        let later = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: CivilDate(year: 2027, month: 1, day: 6)!)))
        #expect(later.number == "JDW-1/KLIP/2027" && later.folder.lastPathComponent == "2027-001")
    }

    @Test func withoutADateTheClockGivesTheDayInJakarta() throws {
        let fixture = try WorkflowFixture(today: day)
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule()))
        #expect(batch.deadline == CivilDate(year: 2026, month: 12, day: 15))
        let xml = try String(contentsOf: batch.folder.appendingPathComponent("jadwal-coaching.xml"), encoding: .utf8)
        #expect(xml.contains("2026-11-25"))
    }

    /// `candidates` used to ignore the cool-down that `schedule` applies: the two could disagree.
    @Test func candidatesAndScheduleChooseTheSamePeopleWithTheSameHistory() throws {
        let fixture = try WorkflowFixture()
        let first = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: day)))
        // Nine working days later everyone of the first batch is still cooling down.
        let next = CivilDate(year: 2026, month: 12, day: 8)!
        let listed = try fixture.candidates(assignedOn: next).list
        #expect(listed.skipped.contains { $0.reason.contains("masa jeda 20 hari kerja") })
        let scheduled = try fixture.schedule(assignedOn: next)
        let csv = CandidateReport(listed).csv
        switch scheduled.result {
        case .scheduled(let batch):
            let written = try String(contentsOf: batch.folder.appendingPathComponent(BatchLayout.candidates), encoding: .utf8)
            #expect(written == csv)
        case .nobodyToCoach(let list):
            #expect(CandidateReport(list).csv == csv)
        case .alreadyScheduled:
            Issue.record("a different date is a different batch")
        }
        #expect(first.candidates > 0)
    }

    @Test func inputErrorsComeBackAsLinesAndWriteNothing() throws {
        let fixture = try WorkflowFixture()
        let broken = fixture.root.appendingPathComponent("laporan.csv")
        try Data((Fixture.header + "\n2026-13,198609262015051001,Rizki Pratama,Team Leader Informasi,Tim 1,,8,88.5,90,300\n").utf8).write(to: broken)
        let error = #expect(throws: WorkflowError.self) {
            try fixture.workflow.schedule(ScheduleRequest(reports: broken.path, recommendations: nil, unavailable: nil, assignedOn: day,
                                                          period: nil, allowPartial: false, settings: WorkflowFixture.settings))
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.lines.last == "The inputs have errors (above); nothing was written.")
        #expect(error?.lines.contains { $0.hasPrefix("\(broken.path):2:1: error: '2026-13' is not a period") } == true)
        #expect(fixture.snapshot().isEmpty)
    }

    /// Issue #15: a NIP dated after today passed. Today is the clock's day (31 December 2026),
    /// not the assignment's: service from December 2026 is accepted, from January 2027 is not.
    @Test func aNIPDatedAfterTheClocksTodayStopsTheSchedule() throws {
        let fixture = try WorkflowFixture()
        let report = fixture.root.appendingPathComponent("laporan.csv")
        try Data([Fixture.header, Fixture.leader,
                  "2026-10,199205102026122004,Citra,Agen Informasi,Tim 1,198609262015051001,6,71,80,300",
                  "2026-10,199001152027012001,Ani,Agen Informasi,Tim 1,198609262015051001,6,71,80,300",
                 ].joined(separator: "\n").utf8).write(to: report)
        let error = #expect(throws: WorkflowError.self) {
            try fixture.workflow.schedule(ScheduleRequest(reports: report.path, recommendations: nil, unavailable: nil, assignedOn: day,
                                                          period: nil, allowPartial: false, settings: WorkflowFixture.settings))
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.lines.filter { $0.contains(": error: ") } == [
            "\(report.path):4:9: error: digits 9–14 of a NIP are the start of service (YYYYMM), and 202701 is after this month (2026-12) (nip)",
        ])
        #expect(fixture.snapshot().isEmpty)
    }

    @Test(.timeLimit(.minutes(2)))
    func twoSchedulesAtOnceTakeTurnsAndNobodyIsScheduledTwice() async throws {
        let fixture = try WorkflowFixture()
        let dates = [day, CivilDate(year: 2026, month: 11, day: 26)!]
        let outcomes = try await withThrowingTaskGroup(of: ScheduleOutcome.self) { group in
            for date in dates { group.addTask { try fixture.schedule(assignedOn: date) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let batches = outcomes.compactMap(WorkflowFixture.batch)
        #expect(Set(batches.map(\.number)).count == batches.count)
        var people: [String] = []
        for batch in batches {
            let path = batch.folder.appendingPathComponent(BatchLayout.jadwalXML).path
            var log = DiagnosticLog()
            let jadwal = try #require(JadwalReader.read(InputFile(name: path, source: try FileByteSource(path: path)), validate: false, language: .en, log: &log))
            people += jadwal.entries.map(\.nip.description)
        }
        #expect(Set(people).count == people.count, "someone is in both batches")
    }
}
