/// Dates in a message: `1 Desember 2026` in Indonesian, `1 December 2026` in English.
/// Documents always use the Indonesian form (``CivilDate/indonesian``); only messages follow `--lang`.
extension CivilDate {
    static let englishMonthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    static let englishDayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `1 Desember 2026` / `1 December 2026`.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: indonesian
        case .en: "\(day) \(Self.englishMonthNames[month - 1]) \(year)"
        }
    }

    /// `Selasa, 1 Desember 2026` / `Tuesday, 1 December 2026`.
    public func longText(_ language: Language) -> String {
        switch language {
        case .id: indonesianLong
        case .en: "\(Self.englishDayNames[weekday - 1]), \(text(.en))"
        }
    }
}
