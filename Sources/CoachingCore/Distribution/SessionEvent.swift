/// One session of a Jadwal as a calendar event: when, where, who, and which version of it
/// this is (RFC 5546: the UID stays, SEQUENCE rises with each change).
public struct SessionEvent: Sendable, Equatable {
    /// Stable for the session across every version: `2026-001-sesi-7@coaching.klip.pajak.go.id`.
    public var uid: String
    /// 0 when the Jadwal is approved; one more on every change sent after it.
    public var sequence: Int
    public var cancelled: Bool
    public var number: Int
    public var date: CivilDate
    /// Minutes after midnight, WIB.
    public var start: Int
    public var end: Int
    public var place: String
    public var jadwalNumber: String
    public var agenda: String
    /// Why this version exists, when it is not the first (`Sesi pengganti …`).
    public var change: String?
    public var organizer: CalendarParticipant
    public var coachee: CalendarParticipant
    public var coacheeRole: String
    public var coach: CalendarParticipant
    public var assessor: CalendarParticipant

    public init(uid: String, sequence: Int = 0, cancelled: Bool = false, number: Int, date: CivilDate, start: Int, end: Int, place: String,
                jadwalNumber: String, agenda: String, change: String? = nil, organizer: CalendarParticipant, coachee: CalendarParticipant,
                coacheeRole: String, coach: CalendarParticipant, assessor: CalendarParticipant) {
        self.uid = uid
        self.sequence = sequence
        self.cancelled = cancelled
        self.number = number
        self.date = date
        self.start = start
        self.end = end
        self.place = place
        self.jadwalNumber = jadwalNumber
        self.agenda = agenda
        self.change = change
        self.organizer = organizer
        self.coachee = coachee
        self.coacheeRole = coacheeRole
        self.coach = coach
        self.assessor = assessor
    }

    /// The UID of session `number` of `batch`: the batch and session never change, and the
    /// office's domain keeps it apart from every other calendar's events.
    public static func uid(batch: String, session: Int, unitCode: String) -> String {
        let unit = String(unitCode.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") })
        return "\(batch)-sesi-\(session)@coaching.\(unit.isEmpty ? "kantor" : unit).pajak.go.id"
    }

    /// `Coaching: Puspita Iskandar (sesi 7)`, or `DIBATALKAN: …` for a cancelled one.
    public var summary: String { (cancelled ? "DIBATALKAN: " : "") + "Coaching: \(coachee.name) (sesi \(number))" }

    /// The event's text, in Indonesian, for whoever opens it.
    var description: String {
        var lines = ["Jadwal Coaching Nomor \(jadwalNumber), sesi \(number)."]
        if let change { lines.append(change) }
        lines += [
            "Peserta: \(coachee.name), NIP \(coachee.nip?.description ?? "-"), \(coacheeRole).",
            "Pelatih: \(coach.name).",
            "Pendamping (Quality Assessor): \(assessor.name).",
        ]
        if !agenda.isEmpty { lines.append("Aspek yang dibahas: \(agenda).") }
        lines.append("Waktu: \(date.indonesianLong), \(Session.clock(start))–\(Session.clock(end)) WIB, \(place).")
        return lines.joined(separator: "\n")
    }

    /// The VEVENT, stamped `stamp` (UTC, `20261126T020000Z`).
    func write(into out: inout ICalendarText, stamp: String) {
        out.line("BEGIN", "VEVENT")
        out.line("UID", ICalendarText.text(uid))
        out.line("DTSTAMP", stamp)
        out.line("SEQUENCE", String(sequence))
        out.line("DTSTART", [("TZID", ICalendarZone.id)], ICalendarText.localDateTime(date, minutes: start))
        out.line("DTEND", [("TZID", ICalendarZone.id)], ICalendarText.localDateTime(date, minutes: end))
        out.line("SUMMARY", ICalendarText.text(summary))
        out.line("LOCATION", ICalendarText.text(place))
        out.line("DESCRIPTION", ICalendarText.text(description))
        out.line("STATUS", cancelled ? "CANCELLED" : "CONFIRMED")
        out.line("TRANSP", "OPAQUE")
        if let address = organizer.address { out.line("ORGANIZER", Self.parameters(organizer, role: nil), address) }
        // The coach leads (CHAIR); coachee and Quality Assessor must come. Someone with no
        // address at all is left out (the distribution's notes name them).
        for (person, role) in [(coachee, "REQ-PARTICIPANT"), (coach, "CHAIR"), (assessor, "REQ-PARTICIPANT")] {
            guard let address = person.address else { continue }
            out.line("ATTENDEE", Self.parameters(person, role: role), address)
        }
        out.line("END", "VEVENT")
    }

    private static func parameters(_ person: CalendarParticipant, role: String?) -> [(String, String)] {
        var p: [(String, String)] = [("CN", person.name)]
        if let role {
            p += [("CUTYPE", "INDIVIDUAL"), ("ROLE", role), ("PARTSTAT", "NEEDS-ACTION")]
        }
        // The NIP, which the office knows everyone by, as an extension parameter (§3.2).
        if let nip = person.nip { p.append(("X-NIP", nip.description)) }
        return p
    }
}
