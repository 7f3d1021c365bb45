import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Testing
import TestSupport

@Suite("Batch status")
struct BatchStatusTests {
    @Test func theStatusCountsWorkingDaysAndNamesWhoActsNext() throws {
        let batch = RegisteredBatch(id: "2026-001", year: 2026, folder: "2026/2026-001", assignedOn: "2026-11-25", deadline: "2026-12-15")
        var jadwal = RegisteredDocument(kind: .jadwal, year: 2026, sequence: 1, number: "JDW-1/KLIP/2026", batch: "2026-001", session: 0,
                                        nip: "", htmlPath: "", xmlPath: "", htmlSHA256: "", xmlSHA256: "", draftedOn: "2026-11-25")
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
    }
}
