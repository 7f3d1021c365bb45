/// A date as a spreadsheet or a person may have written it, with every day it can be read as.
///
/// `2026-11-27` and a serial number have one reading; `27/11/2026` too (there is no 27th
/// month); `05/12/2026` has two, 5 December (day first, as in Indonesia) or 12 May (month
/// first, as LibreOffice writes `11/27/26`). Which one is meant is settled by the caller,
/// against the day scheduled or the other dates of the file (`NotesDates`).
public struct SpreadsheetDate: Sendable, Equatable {
    /// Which part comes first in `a/b/c`.
    public enum Order: Sendable, Hashable { case dayFirst, monthFirst }

    /// The written form of an `a/b/c` date: its separator and whether the year has four digits.
    /// A file can hold dates a spreadsheet wrote (`11/27/26`) beside dates a person typed
    /// (`25/12/2026`); within one form the order is the same.
    public struct Form: Sendable, Hashable {
        public var separator: Character
        public var fourDigitYear: Bool
    }

    public struct Reading: Sendable, Equatable {
        public var date: CivilDate
        /// nil for forms with one order only (ISO, serial numbers, month names).
        public var order: Order?
    }

    /// As written (a serial number as its digits).
    public var text: String
    /// At least one, in the order day first, month first.
    public var readings: [Reading]
    /// Set for `a/b/c` dates.
    public var form: Form?

    /// The different days the text can be.
    public var days: [CivilDate] {
        var seen: [CivilDate] = []
        for r in readings where !seen.contains(r.date) { seen.append(r.date) }
        return seen
    }

    /// The orders under which `a/b/c` reads as a real day (both when the two readings agree, as in `12/12/2026`).
    public var possibleOrders: Set<Order> { Set(readings.compactMap(\.order)) }

    /// The reading under `order`, if the text has that order.
    public func reading(_ order: Order) -> CivilDate? { readings.first { $0.order == order }?.date }

    /// A day counted as spreadsheets count them.
    public init?(serial: Double, system: DateSystem, text: String) {
        guard let date = system.date(serial: serial) else { return nil }
        self.text = text
        readings = [Reading(date: date, order: nil)]
    }

    /// Reads `text` every way a spreadsheet writes a date: `2026-11-27` (and with a time
    /// after it), `27/11/2026`, `11/27/26`, `27-11-2026`, `27.11.2026`, `27 Nov 2026`, or a
    /// serial number (`46353`, 1900 date system, as a CSV has no other). Nil when it reads as no day.
    public init?(parsing text: String) {
        self.text = text
        var body = Substring(text)
        // A date with a time of day after it ("2026-11-27 00:00:00", "2026-11-27T07:30") is that day.
        if let cut = body.firstIndex(where: { $0 == " " || $0 == "T" }), cut != body.startIndex,
           SpreadsheetTime.minutes(parsing: String(body[body.index(after: cut)...])) != nil {
            body = body[..<cut]
        }
        let bytes = Array(body.utf8)
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            guard let date = CivilDate(parsing: body) else { return nil }
            readings = [Reading(date: date, order: nil)]
            return
        }
        if !body.isEmpty, body.allSatisfy(\.isASCIIDigit), body.count <= 7, let serial = Double(body),
           let date = DateSystem.from1900.date(serial: serial) {
            readings = [Reading(date: date, order: nil)]
            return
        }
        if let named = Self.withMonthName(body) {
            readings = [Reading(date: named, order: nil)]
            return
        }
        guard let separator = body.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
        let parts = body.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
              let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        let year = parts[2].count == 4 ? y : Self.century(y)
        form = Form(separator: separator, fourDigitYear: parts[2].count == 4)
        readings = [(Order.dayFirst, a, b), (.monthFirst, b, a)].compactMap { order, day, month in
            CivilDate(year: year, month: month, day: day).map { Reading(date: $0, order: order) }
        }
        if readings.isEmpty { return nil }
    }

    /// A two-digit year as spreadsheets take it: 00–29 are 2000–2029, 30–99 are 1930–1999.
    static func century(_ year: Int) -> Int { year < 30 ? 2000 + year : 1900 + year }

    /// `27 Nov 2026`, `27-Nov-26`, `27 November 2026`, `27 Desember 2026`: English or Indonesian.
    private static func withMonthName(_ text: Substring) -> CivilDate? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 3, let day = Int(parts[0]), let y = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else { return nil }
        let name = parts[1].lowercased()
        guard name.count >= 3, let month = monthNames.firstIndex(where: { names in names.contains { $0 == name || (name.count == 3 && $0.hasPrefix(name)) } })
        else { return nil }
        return CivilDate(year: parts[2].count == 4 ? y : century(y), month: month + 1, day: day)
    }

    private static let monthNames: [[String]] = [
        ["januari", "january"], ["februari", "february", "pebruari"], ["maret", "march", "mar"], ["april"], ["mei", "may"],
        ["juni", "june"], ["juli", "july"], ["agustus", "august", "agu", "ags"], ["september", "sep"], ["oktober", "october", "okt"],
        ["november", "nop"], ["desember", "december", "des"],
    ]
}
