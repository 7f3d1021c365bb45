/// National holidays (libur nasional) and collective leave (cuti bersama) as decreed (SKB of
/// the Ministers of Religious Affairs, Manpower, and Administrative Reform), shipped as data.
/// The office adds or overrides days in `[calendar]` of coaching.toml when a decree changes.
enum HolidayData {
    struct Year {
        /// True while the year is an estimate, not yet decreed.
        let provisional: Bool
        let holidays: [(String, String)]
        let cutiBersama: [(String, String)]
    }

    static let years: [Int: Year] = [
        2025: Year(provisional: false, holidays: [
            ("01-01", "Tahun Baru 2025 Masehi"), ("01-27", "Isra Mikraj Nabi Muhammad SAW"),
            ("01-29", "Tahun Baru Imlek 2576 Kongzili"), ("03-29", "Hari Suci Nyepi Tahun Baru Saka 1947"),
            ("03-31", "Idul Fitri 1446 H"), ("04-01", "Idul Fitri 1446 H"), ("04-18", "Wafat Yesus Kristus"),
            ("04-20", "Kebangkitan Yesus Kristus (Paskah)"), ("05-01", "Hari Buruh Internasional"),
            ("05-12", "Hari Raya Waisak 2569 BE"), ("05-29", "Kenaikan Yesus Kristus"), ("06-01", "Hari Lahir Pancasila"),
            ("06-06", "Idul Adha 1446 H"), ("06-27", "Tahun Baru Islam 1447 H"),
            ("08-17", "Hari Kemerdekaan Republik Indonesia"), ("09-05", "Maulid Nabi Muhammad SAW"),
            ("12-25", "Hari Raya Natal"),
        ], cutiBersama: [
            ("01-28", "Cuti bersama Tahun Baru Imlek"), ("03-28", "Cuti bersama Hari Suci Nyepi"),
            ("04-02", "Cuti bersama Idul Fitri"), ("04-03", "Cuti bersama Idul Fitri"), ("04-04", "Cuti bersama Idul Fitri"),
            ("04-07", "Cuti bersama Idul Fitri"), ("05-13", "Cuti bersama Hari Raya Waisak"),
            ("05-30", "Cuti bersama Kenaikan Yesus Kristus"), ("06-09", "Cuti bersama Idul Adha"),
            ("08-18", "Cuti bersama Hari Kemerdekaan Republik Indonesia"), ("12-26", "Cuti bersama Hari Raya Natal"),
        ]),
        2026: Year(provisional: false, holidays: [
            ("01-01", "Tahun Baru 2026 Masehi"), ("01-16", "Isra Mikraj Nabi Muhammad SAW"),
            ("02-17", "Tahun Baru Imlek 2577 Kongzili"), ("03-19", "Hari Suci Nyepi Tahun Baru Saka 1948"),
            ("03-21", "Idul Fitri 1447 H"), ("03-22", "Idul Fitri 1447 H"), ("04-03", "Wafat Yesus Kristus"),
            ("04-05", "Kebangkitan Yesus Kristus (Paskah)"), ("05-01", "Hari Buruh Internasional"),
            ("05-14", "Kenaikan Yesus Kristus"), ("05-27", "Idul Adha 1447 H"), ("05-31", "Hari Raya Waisak 2570 BE"),
            ("06-01", "Hari Lahir Pancasila"), ("06-16", "Tahun Baru Islam 1448 H"),
            ("08-17", "Hari Kemerdekaan Republik Indonesia"), ("08-25", "Maulid Nabi Muhammad SAW"),
            ("12-25", "Hari Raya Natal"),
        ], cutiBersama: [
            ("02-16", "Cuti bersama Tahun Baru Imlek"), ("03-18", "Cuti bersama Hari Suci Nyepi"),
            ("03-20", "Cuti bersama Idul Fitri"), ("03-23", "Cuti bersama Idul Fitri"), ("03-24", "Cuti bersama Idul Fitri"),
            ("05-15", "Cuti bersama Kenaikan Yesus Kristus"), ("05-28", "Cuti bersama Idul Adha"),
            ("12-24", "Cuti bersama Hari Raya Natal"),
        ]),
        // Not yet decreed: an estimate from the lunar and lunisolar calendars; cuti bersama unknown.
        2027: Year(provisional: true, holidays: [
            ("01-01", "Tahun Baru 2027 Masehi"), ("01-05", "Isra Mikraj Nabi Muhammad SAW (perkiraan)"),
            ("02-06", "Tahun Baru Imlek (perkiraan)"), ("03-08", "Hari Suci Nyepi (perkiraan)"),
            ("03-10", "Idul Fitri (perkiraan)"), ("03-11", "Idul Fitri (perkiraan)"), ("03-26", "Wafat Yesus Kristus"),
            ("03-28", "Kebangkitan Yesus Kristus (Paskah)"), ("05-01", "Hari Buruh Internasional"),
            ("05-06", "Kenaikan Yesus Kristus"), ("05-16", "Idul Adha (perkiraan)"), ("05-20", "Hari Raya Waisak (perkiraan)"),
            ("06-01", "Hari Lahir Pancasila"), ("06-07", "Tahun Baru Islam (perkiraan)"),
            ("08-15", "Maulid Nabi Muhammad SAW (perkiraan)"), ("08-17", "Hari Kemerdekaan Republik Indonesia"),
            ("12-25", "Hari Raya Natal"),
        ], cutiBersama: []),
    ]
}
