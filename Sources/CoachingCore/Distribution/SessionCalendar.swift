/// The calendar files of a Jadwal: an invitation per session (iTIP, RFC 5546) and a calendar
/// per person holding all their sessions.
public enum SessionCalendar {
    static let productID = "-//KLIP DJP//coaching LIP30-0005//ID"

    /// One session's invitation: `METHOD:REQUEST`, or `METHOD:CANCEL` when it is cancelled,
    /// stamped `stamp` (UTC, `20261126T020000Z`, from the injected clock).
    public static func invitation(_ event: SessionEvent, stamp: String) -> [UInt8] {
        invitation(vevent(event, stamp: stamp), cancelled: event.cancelled)
    }

    /// The invitation around a VEVENT written before.
    static func invitation(_ vevent: [UInt8], cancelled: Bool) -> [UInt8] {
        var out = ICalendarText(capacity: 600 + vevent.count)
        begin(&out, method: cancelled ? "CANCEL" : "REQUEST", name: nil)
        out.append(vevent)
        out.line("END", "VCALENDAR")
        return out.bytes
    }

    /// A person's calendar (`name` shown by clients that support X-WR-CALNAME): their
    /// sessions, with the same UIDs as the invitations, so importing both keeps one event
    /// each. Without METHOD: a calendar to import, not a scheduling message.
    public static func calendar(_ events: [SessionEvent], name: String, stamp: String) -> [UInt8] {
        calendar(events.map { vevent($0, stamp: stamp) }, name: name)
    }

    /// A calendar of events already written with ``vevent(_:stamp:)``: a large office puts each
    /// session in three or four calendars, and writes it once.
    public static func calendar(_ vevents: [[UInt8]], name: String) -> [UInt8] {
        var out = ICalendarText(capacity: 512 + vevents.reduce(0) { $0 + $1.count })
        begin(&out, method: nil, name: name)
        for v in vevents { out.append(v) }
        out.line("END", "VCALENDAR")
        return out.bytes
    }

    /// One event's VEVENT, as its lines' bytes.
    public static func vevent(_ event: SessionEvent, stamp: String) -> [UInt8] {
        var out = ICalendarText(capacity: 1400)
        event.write(into: &out, stamp: stamp)
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
