/// The calendar files of a Jadwal: an invitation per session (iTIP, RFC 5546) and a calendar
/// per person holding all their sessions.
public enum SessionCalendar {
    static let productID = "-//KLIP DJP//coaching LIP30-0005//ID"

    /// One session's invitation: `METHOD:REQUEST`, or `METHOD:CANCEL` when it is cancelled,
    /// stamped `stamp` (UTC, `20261126T020000Z`, from the injected clock).
    public static func invitation(_ event: SessionEvent, stamp: String) -> [UInt8] {
        var out = ICalendarText()
        begin(&out, method: event.cancelled ? "CANCEL" : "REQUEST", name: nil)
        event.write(into: &out, stamp: stamp)
        out.line("END", "VCALENDAR")
        return out.bytes
    }

    /// A person's calendar (`name` shown by clients that support X-WR-CALNAME): their
    /// sessions, with the same UIDs as the invitations, so importing both keeps one event
    /// each. Without METHOD: a calendar to import, not a scheduling message.
    public static func calendar(_ events: [SessionEvent], name: String, stamp: String) -> [UInt8] {
        var out = ICalendarText(capacity: 512 + events.count * 1200)
        begin(&out, method: nil, name: name)
        for event in events { event.write(into: &out, stamp: stamp) }
        out.line("END", "VCALENDAR")
        return out.bytes
    }

    private static func begin(_ out: inout ICalendarText, method: String?, name: String?) {
        out.line("BEGIN", "VCALENDAR")
        out.line("VERSION", "2.0")
        out.line("PRODID", productID)
        out.line("CALSCALE", "GREGORIAN")
        if let method { out.line("METHOD", method) }
        if let name { out.line("X-WR-CALNAME", ICalendarText.text(name)) }
        ICalendarZone.write(into: &out)
    }
}
