@testable import CoachingCore
import Testing
import TestSupport

@Suite("Values a spreadsheet changed")
struct SpreadsheetValuesTests {
    /// The scheduled NIP, rounded to the 15 digits a spreadsheet keeps, at once or a digit at a
    /// time, from its digits or from the binary number a spreadsheet holds. Each boundary: half a
    /// unit rounds up; one unit off is refused; what the binary step adds ends at …432/…433.
    @Test(arguments: [
        ("198012302010012005", "1.98012302010012E+017", true), ("198012302010012005", "1.98012302010013E+017", false),
        ("198012302010012005", "1.98012302010011E+017", false), ("198012302010012005", "1,98012302010012E+017", true),
        ("198012302010012005", "1.98012302010012E+17", true), ("198012302010012005", "1.98012302010012e17", true),
        ("198012302010012005", "198012302010012000", true), ("198012302010012005", "1.98012E+017", false),
        ("198012302010012005", "1.9801230201001E+017", false),
        ("198012302010012500", "1.98012302010013E+017", true), ("198012302010012500", "1.98012302010012E+017", false),
        ("198012302010012499", "1.98012302010012E+017", true), ("198012302010012499", "1.98012302010013E+017", true),
        ("198012302010012432", "1.98012302010013E+017", false), ("198012302010012433", "1.98012302010013E+017", true),
        ("200102202025091477", "2.00102202025092E+017", true), ("200102202025091477", "2.00102202025091E+017", true),
        ("198012302010012005", "1.9801230201001201E+17", true), ("198012302010012005", "198012302010012005", true),
    ])
    func aNIPTurnedIntoANumberAgreesOnlyWithTheNIPItCameFrom(_ scheduled: String, _ written: String, _ agrees: Bool) throws {
        let number = try #require(SpreadsheetNIP(parsing: written))
        #expect(number.agrees(with: nip(scheduled)) == agrees)
    }

    /// Only a number of 18 digits before the point can have been a NIP.
    @Test(arguments: ["1.98012302010012E+016", "1.98012302010012E+018", "", "abc", "1.9.8E+17", "1,98,01E+17", "1.98E", "19801230201001200", "1.5E+17x"])
    func whatIsNoNumberANIPBecameIsNotTakenForOne(_ written: String) {
        #expect(SpreadsheetNIP(parsing: written) == nil)
    }

    @Test func theNumberIsShownAsTheSpreadsheetWroteIt() throws {
        #expect(try #require(SpreadsheetNIP(parsing: "1,98012302010013E+017")).shown(nip("198012302010012005")) == "1,98012302010012E+017")
        #expect(try #require(SpreadsheetNIP(parsing: "1.98012302010013E+17")).shown(nip("198012302010012005")) == "1.98012302010012E+17")
        #expect(try #require(SpreadsheetNIP(parsing: "198012302010013000")).shown(nip("198012302010012005")) == "198012302010012000")
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2026-11-27", [day(2026, 11, 27)]), ("27/11/2026", [day(2026, 11, 27)]), ("11/27/26", [day(2026, 11, 27)]),
        ("05/12/2026", [day(2026, 12, 5), day(2026, 5, 12)]), ("12/12/2026", [day(2026, 12, 12)]), ("5.12.2026", [day(2026, 12, 5), day(2026, 5, 12)]),
        ("27-11-2026", [day(2026, 11, 27)]), ("46353", [day(2026, 11, 27)]), ("27 Nov 2026", [day(2026, 11, 27)]),
        ("27-Nov-26", [day(2026, 11, 27)]), ("27 Desember 2026", [day(2026, 12, 27)]), ("2026-11-27 00:00:00", [day(2026, 11, 27)]),
        ("2026-11-27T07:30:00", [day(2026, 11, 27)]), ("1/1/29", [day(2029, 1, 1)]), ("1/1/30", [day(1930, 1, 1)]),
    ])
    func aDateReadsEveryWayASpreadsheetWritesIt(_ text: String, _ days: [CivilDate]) throws {
        #expect(try #require(SpreadsheetDate(parsing: text)).days == days)
    }

    @Test(arguments: ["31/11/2026", "2026-13-01", "2026-02-29", "27/11", "", "abc", "13/13/2026", "27/11/026", "60", "27/11/2026 hari"])
    func whatIsNoDayIsNoDate(_ text: String) {
        #expect(SpreadsheetDate(parsing: text) == nil)
    }

    /// Serial numbers at each edge of both date systems; 60 is the 1900 system's 29 February 1900, a day that never was.
    @Test(arguments: [(DateSystem.from1900, 1.0, day(1900, 1, 1)), (.from1900, 59, day(1900, 2, 28)), (.from1900, 61, day(1900, 3, 1)),
                      (.from1900, 46353, day(2026, 11, 27)), (.from1900, 46353.75, day(2026, 11, 27)), (.from1900, 2_958_465, day(9999, 12, 31)),
                      (.from1904, 0, day(1904, 1, 1)), (.from1904, 44891, day(2026, 11, 27))])
    func serialNumbersCountDaysAsSpreadsheetsDo(_ system: DateSystem, _ serial: Double, _ date: CivilDate) {
        #expect(system.date(serial: serial) == date)
        #expect(system.serial(of: date) == Int(serial))
    }

    @Test(arguments: [(DateSystem.from1900, 60.0), (.from1900, 0), (.from1900, -1), (.from1900, 2_958_466), (.from1904, -1), (.from1900, .nan)])
    func serialNumbersThatAreNoDay(_ system: DateSystem, _ serial: Double) {
        #expect(system.date(serial: serial) == nil)
    }

    @Test(arguments: [("07.30", 450), ("7:30", 450), ("07:30:00", 450), ("07.30.00", 450), ("0.3125", 450), ("0,3125", 450), ("730", 450),
                      ("0730", 450), ("00.00", 0), ("23.59", 1439), ("0.999999", 0)])
    func timesReadAsSpreadsheetsWriteThem(_ text: String, _ minutes: Int) {
        #expect(SpreadsheetTime.minutes(parsing: text) == minutes)
    }

    @Test(arguments: ["24.00", "07.60", "7.3", "1.5", "", "pagi", "2400", "07:30:60", "12"])
    func whatIsNoTimeOfDay(_ text: String) {
        #expect(SpreadsheetTime.minutes(parsing: text) == nil)
    }
}
