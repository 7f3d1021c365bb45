import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Testing

@Suite("Typed values of the workflow")
struct ValueTests {
    @Test(arguments: ["JDW-1/KLIP/2026", "BA-12/KLIP/2026", "BA-20000/KPP-001/2027"])
    func documentNumbersReadBackAsWritten(text: String) throws {
        let number = try #require(DocumentNumber(parsing: text))
        #expect(number.description == text)
    }

    @Test(arguments: ["", "BA-0/KLIP/2026", "XX-1/KLIP/2026", "BA-1//2026", "BA-1/KLIP", "BA-x/KLIP/2026"])
    func anythingElseIsNotADocumentNumber(text: String) {
        #expect(DocumentNumber(parsing: text) == nil)
    }

    @Test func batchIDsArePaddedToThreeDigitsAndSortByYearThenSequence() throws {
        #expect(BatchID(year: 2026, sequence: 7).description == "2026-007")
        #expect(BatchID(year: 2026, sequence: 1234).description == "2026-1234")
        #expect(BatchID(year: 2026, sequence: 7).folder == "2026/2026-007")
        #expect(BatchID(parsing: "2026-007") == BatchID(year: 2026, sequence: 7))
        #expect(BatchID(parsing: "2026-7") == nil && BatchID(parsing: "26-007") == nil && BatchID(parsing: "2026-000") == nil)
        #expect(BatchID(year: 2026, sequence: 999) < BatchID(year: 2027, sequence: 1))
    }

    @Test func theClockIsInJakarta() {
        // 17:30 UTC on 24 November is 00:30 WIB on the 25th.
        let clock = WIBClock { 1_795_478_400 + 17 * 3600 + 30 * 60 }
        #expect(clock.today == CivilDate(year: 2026, month: 11, day: 25))
        #expect(clock.timestamp == "2026-11-25T00:30:00+07:00")
        let fixed = WIBClock.fixed(CivilDate(year: 2026, month: 12, day: 1)!, at: 14 * 3600 + 3 * 60 + 7)
        #expect(fixed.today == CivilDate(year: 2026, month: 12, day: 1) && fixed.timestamp == "2026-12-01T14:03:07+07:00")
    }

    @Test func minutesFilesSortInSessionOrder() {
        #expect(BatchLayout.minutesName(session: 7, sessions: 20) == "sesi-007")
        #expect(BatchLayout.minutesName(session: 7, sessions: 20_000) == "sesi-00007")
        #expect(BatchLayout.minutesName(session: 1000, sessions: 1000) == "sesi-1000")
    }
}
