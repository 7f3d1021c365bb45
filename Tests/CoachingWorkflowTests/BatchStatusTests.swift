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
                                 today: CivilDate(year: 2026, month: 12, day: 1)!, people: people, language: .en)
        #expect(status.workingDaysUsed == 4 && status.workingDaysLeft == 10 && status.state == .berjalan)
        #expect(status.next == "Kepala Seksi PKL (Ratna Kusumawardani): approve the Jadwal: coaching approve 2026-001 --document jadwal --by NIP --on DATE")
        jadwal.status = .disetujui
        status = BatchStatus(batch: batch, documents: [jadwal], sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2026, month: 12, day: 11)!, people: people, language: .en)
        #expect(status.workingDaysLeft == 2 && status.state == .berisiko)
        #expect(status.next?.hasPrefix("Quality Assessor: fill in the worksheet") == true)
        // 24 and 25 December are cuti bersama and Christmas: the 16th to the 28th is 7 working days.
        status = BatchStatus(batch: batch, documents: [jadwal], sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2026, month: 12, day: 28)!, people: people, language: .en)
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
                             today: CivilDate(year: 2026, month: 12, day: 28)!, people: people, language: .en)
        #expect(status.state == .selesai && status.steps.first { $0.step == 9 }?.late == true)
        #expect(status.steps.filter { $0.late == true }.count == 1)
        // The days stop at the last receipt (the 16th: 15 working days), however long after it
        // the status is asked; before it, they run to today.
        #expect(status.workingDaysUsed == 15 && status.countedToReceipt == "2026-12-16")
        minutes[1].receivedOn = CivilDate(year: 2026, month: 12, day: 14)!
        status = BatchStatus(batch: batch, documents: [jadwal] + minutes, sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2027, month: 3, day: 1)!, people: people, language: .en)
        #expect(status.workingDaysUsed == 13 && status.workingDaysLeft == 1 && status.countedToReceipt == "2026-12-14")
        minutes[1].receivedOn = nil
        minutes[1].status = .disetujui
        status = BatchStatus(batch: batch, documents: [jadwal] + minutes, sessions: 2, calendar: calendar,
                             today: CivilDate(year: 2026, month: 12, day: 28)!, people: people, language: .en)
        #expect(status.workingDaysUsed == 14 + 7 && status.countedToReceipt == nil)
    }

    /// Nobody scheduled is left uncoached without a word: a no-show whose record proposes a
    /// make-up keeps the batch open, receipt or not, until the make-up is recorded; one with no
    /// room left (the person goes to the next batch) closes like a held session.
    @Test func aBatchIsNotDoneWhileAMakeUpIsOpen() throws {
        let batch = RegisteredBatch(id: BatchID(year: 2026, sequence: 1), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, deadline: CivilDate(year: 2026, month: 12, day: 15)!)
        var jadwal = RegisteredDocument(number: DocumentNumber(kind: .jadwal, sequence: 1, unit: "KLIP", year: 2026), batch: batch.id, session: 0,
                                        nip: "", htmlPath: "", xmlPath: "", htmlSHA256: "", xmlSHA256: "", draftedOn: batch.assignedOn)
        jadwal.status = .disetujui
        let minutes = (1...2).map { session in
            var d = RegisteredDocument(number: DocumentNumber(kind: .beritaAcara, sequence: session, unit: "KLIP", year: 2026), batch: batch.id, session: session,
                                       nip: "", htmlPath: "", xmlPath: "", htmlSHA256: "", xmlSHA256: "", draftedOn: CivilDate(year: 2026, month: 11, day: 30)!)
            d.status = .diterima
            d.receivedOn = CivilDate(year: 2026, month: 12, day: 3)!
            return d
        }
        let open = BatchStatus.Absence(session: 2, name: "Hadi Wardani", nip: "200102202025091477", number: "BA-2/KLIP/2026",
                                       makeUp: "2026-12-07 07:30–08:15", nextBatch: false, approved: true)
        func status(_ absent: [BatchStatus.Absence]) -> BatchStatus {
            BatchStatus(batch: batch, documents: [jadwal] + minutes, sessions: 2, calendar: WorkingDayCalendar(),
                        today: CivilDate(year: 2026, month: 12, day: 4)!, people: Configuration.People(), absent: absent, language: .en)
        }
        let waiting = status([open])
        #expect(waiting.state == .berjalan)
        let reported = try #require(waiting.steps.first { $0.step == 7 })
        #expect(!reported.done && reported.progress == "1 of 2")
        #expect(waiting.steps.filter { $0.step >= 8 }.allSatisfy { !$0.done })
        #expect(waiting.next == "Quality Assessor: record the make-up session of session 2 (Hadi Wardani), proposed for 2026-12-07 07:30–08:15: fill in its row again with the day it was held (or missed) and run: coaching minutes 2026-001 --notes FILE --revise 2 --reason \"…\"")
        var carried = open
        (carried.makeUp, carried.nextBatch) = (nil, true)
        let done = status([carried])
        #expect(done.state == .selesai && done.steps.first { $0.step == 7 }?.progress == "2 of 2")
        #expect(done.absent == [carried])
        #expect(status([]).state == .selesai)
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
