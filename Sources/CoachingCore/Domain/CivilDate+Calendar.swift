/// Day arithmetic and Indonesian names for dates (hard-coded: ICU data differs between platforms).
extension CivilDate {
    /// Days since 1 January 1970 (negative before), for arithmetic ("days_from_civil",
    /// Howard Hinnant's public-domain algorithm).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1 January 1970 ("civil_from_days").
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// 1 = Senin (Monday) … 7 = Minggu (Sunday).
    public var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }

    public var isWeekend: Bool { weekday >= 6 }

    static let dayNames = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                             "Agustus", "September", "Oktober", "November", "Desember"]

    /// `Rabu`.
    public var dayName: String { Self.dayNames[weekday - 1] }
    /// `November`.
    public var monthName: String { Self.monthNames[month - 1] }
    /// `25 November 2026` (no leading zero), as on the place-and-date line.
    public var indonesian: String { "\(day) \(monthName) \(year)" }
    /// `Rabu, 25 November 2026`.
    public var indonesianLong: String { "\(dayName), \(indonesian)" }
}
