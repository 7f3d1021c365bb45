/// How a workbook counts days. Spreadsheets store a date as the number of days since an
/// epoch: 1900 for Excel on Windows and LibreOffice, 1904 for old Mac workbooks (the
/// workbook says `date1904`).
public enum DateSystem: Sendable, Equatable {
    case from1900, from1904

    /// The serial number of `date`. In the 1900 system, serial 60 is 29 February 1900, a day
    /// that never was (kept from Lotus 1-2-3 for compatibility), so later days count one more.
    public func serial(of date: CivilDate) -> Int {
        switch self {
        case .from1904: return date.dayNumber - Self.epoch1904
        case .from1900:
            let days = date.dayNumber - Self.epoch1900
            return days >= 60 ? days + 1 : days
        }
    }

    /// The day of serial number `serial` (its time of day, the fraction, is dropped); nil for
    /// a serial that is no day (negative, the 1900 system's 29 February, past the year 9999).
    public func date(serial: Double) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < Self.largestSerial else { return nil }
        let whole = Int(serial.rounded(.down))
        switch self {
        case .from1904: return CivilDate(dayNumber: whole + Self.epoch1904)
        case .from1900:
            if whole == 60 { return nil }
            guard whole >= 1 else { return nil }
            return CivilDate(dayNumber: (whole > 60 ? whole - 1 : whole) + Self.epoch1900)
        }
    }

    /// 31 December 1899 (serial 0 of the 1900 system) and 1 January 1904, as day numbers.
    private static let epoch1900 = CivilDate(year: 1899, month: 12, day: 31)!.dayNumber
    private static let epoch1904 = CivilDate(year: 1904, month: 1, day: 1)!.dayNumber
    /// 31 December 9999 is serial 2,958,465, the last day spreadsheets know.
    private static let largestSerial = 2_958_466.0
}
