import CoachingCore
import Foundation
import CoachingRegister
@testable import CoachingWorkflow
import Testing
import TestSupport

@Suite("Batch status")
struct BatchStatusTests {
    @Test func theStatusCountsWorkingDaysAndNamesWhoActsNext() throws {
        let batch = RegisteredBatch(id: BatchID(year: 2026, sequence: 1), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, deadline: CivilDate(year: 2026, month: 12, day: 15)!)
        var jadwal = RegisteredDocument(number: DocumentNumber(kind: .jadwal, sequence: 1, unit: "KLIP", year: 2026), batch: batch.id, session: 0,
                                        nip: "", htmlPath: "", xmlPath: "", htmlSHA256: "", xmlSHA256: "", draftedOn: batch.assignedOn)
        var people = Configuration.People()
        people.kepalaSeksiPKL.name = "Ratna Kusumawardani"
        let calendar = WorkingDayCalendar()
        // Wednesday to the next Tuesday: Thu, Fri, Mon, Tue.
        var status = BatchStatus(batch: batch, documents: [jadwal], sessions: 2, calendar: calendar,
                                 today: CivilDate(year: 2026, month: 12, day: 1)!, people: people)
        #expect(status.workingDaysUsed == 4 && status.workingDaysLeft == 10 && status.state == .berjalan)
        #expect(status.next == "Kepala Seksi PKL (Ratna Kusumawardani): approve the Jadwal: coaching approve 2026-001 --document jadwal --by NIP --on DATE")
        jadwal.status = .disetujui
        status = BatchStatus(batch: batch, documents: [jadwal], sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2026, month: 12, day: 11)!, people: people)
        #expect(status.workingDaysLeft == 2 && status.state == .berisiko)
        #expect(status.next?.hasPrefix("Quality Assessor: fill in the worksheet") == true)
        // 24 and 25 December are cuti bersama and Christmas: the 16th to the 28th is 7 working days.
        status = BatchStatus(batch: batch, documents: [jadwal], sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2026, month: 12, day: 28)!, people: people)
        #expect(status.workingDaysUsed == 14 + 7 && status.state == .terlambat)
        // Received after the deadline: done, and the receipt says it was late.
        var minutes = (1...2).map { session in
            RegisteredDocument(number: DocumentNumber(kind: .beritaAcara, sequence: session, unit: "KLIP", year: 2026), batch: batch.id, session: session,
                               nip: "", htmlPath: "", xmlPath: "", htmlSHA256: "", xmlSHA256: "", draftedOn: CivilDate(year: 2026, month: 12, day: 1)!)
        }
        for i in minutes.indices {
            minutes[i].status = .diterima
            minutes[i].receivedOn = CivilDate(year: 2026, month: 12, day: i == 0 ? 14 : 16)!
        }
        status = BatchStatus(batch: batch, documents: [jadwal] + minutes, sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2026, month: 12, day: 28)!, people: people)
        #expect(status.state == .selesai && status.steps.first { $0.step == 9 }?.late == true)
        #expect(status.steps.filter { $0.late == true }.count == 1)
    }

    /// One batch that cannot be read is named and left out; the office still sees the others.
    @Test func anUnreadableBatchIsLeftOutAndNamedTheOthersStillShow() throws {
        let fixture = try WorkflowFixture()
        let first = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: CivilDate(year: 2026, month: 11, day: 25)!)))
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: CivilDate(year: 2027, month: 1, day: 6)!)))
        let jadwal = first.folder.appendingPathComponent("jadwal-coaching.xml")
        try Data((try String(contentsOf: jadwal, encoding: .utf8)).replacingOccurrences(of: "Ruang Coaching", with: "Ruang Rapat").utf8).write(to: jadwal)
        let outcome = try fixture.workflow.status(StatusRequest(today: CivilDate(year: 2027, month: 1, day: 7)!))
        #expect(outcome.statuses.map(\.batch) == ["2027-001"])
        #expect(outcome.notices == ["warning: batch 2026-001 is left out: \(jadwal.path) is not the Jadwal the register recorded for batch 2026-001 (changed or replaced after it was written); restore it from a copy or an archive package"])
    }
}
