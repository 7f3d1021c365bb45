/// The one time zone of every event: Asia/Jakarta, Western Indonesian Time, UTC+7 all year.
enum ICalendarZone {
    static let id = "Asia/Jakarta"

    /// The VTIMEZONE a TZID must refer to (RFC 5545 §3.6.5). Jakarta has kept +07:00 without
    /// daylight saving since 1964, so one STANDARD part from 1970 covers every session.
    static func write(into out: inout ICalendarText) {
        out.line("BEGIN", "VTIMEZONE")
        out.line("TZID", id)
        out.line("BEGIN", "STANDARD")
        out.line("DTSTART", "19700101T000000")
        out.line("TZOFFSETFROM", "+0700")
        out.line("TZOFFSETTO", "+0700")
        out.line("TZNAME", "WIB")
        out.line("END", "STANDARD")
        out.line("END", "VTIMEZONE")
    }
}
