/// The notes checked against the batch's Jadwal: which sessions get minutes now, which are
/// still pending, and every problem with its place in the notes file.
public struct MinutesPlan: Sendable {
    /// A session with notes that hold up: it gets a Berita Acara (or a no-show record).
    public struct Item: Sendable, Equatable {
        /// The session as the Jadwal has it; a make-up held (or missed again) on its proposed
        /// day carries the make-up's time, the day being the notes'.
        public var entry: JadwalRecord.Entry
        public var notes: SessionNotes
        /// For a no-show: its make-up, or the next batch (``MakeUpSlot/settle(_:jadwal:today:standing:)``).
        public var makeUp: MakeUp?
        public init(entry: JadwalRecord.Entry, notes: SessionNotes, makeUp: MakeUp? = nil) {
            self.entry = entry
            self.notes = notes
            self.makeUp = makeUp
        }

        /// True when the session took place, or was missed again, on another day than the
        /// scheduled one: its make-up day.
        public var isMakeUp: Bool { notes.heldOn.map { $0 != entry.date } ?? false }
    }

    public var ready: [Item]
    /// Sessions without usable notes yet, with why.
    public var pending: [(entry: JadwalRecord.Entry, why: String)]
    public var log: DiagnosticLog

    /// Checks `notes` against `jadwal`. Rows with problems are left out of `ready` and listed
    /// as pending; whether to go on with the rest is the caller's choice (`--only-valid`).
    /// `calendar`: the batch's working days, to warn of commitments due on a day off.
    /// `makeUps`: per session, the make-up days on record (the one its no-show record proposes,
    /// the one a make-up was recorded on); a session dated on such a day (held, or missed
    /// again) is its make-up, and takes its time.
    public init(jadwal: JadwalRecord, notes: [SessionNotes], log: DiagnosticLog, calendar: WorkingDayCalendar? = nil,
                makeUps: [Int: [MakeUp.Slot]] = [:]) {
        var log = log
        let entries = Dictionary(jadwal.entries.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: [Int: SourceLocation] = [:]
        var good: [Int: Item] = [:]
        var reasons: [Int: String] = [:]
        for row in notes {
            guard let entry = entries[row.session] else {
                log.error(row.location(of: "sesi"), "there is no session \(row.session) in the Jadwal \(jadwal.number) (it has sessions 1 to \(jadwal.entries.count))", field: "sesi")
                continue
            }
            if let first = seen[row.session] {
                log.error(row.location(of: "sesi"), "session \(row.session) is filled in twice (first on \(first.isSpreadsheetCell ? "row" : "line") \(first.line))", field: "sesi")
                reasons[row.session] = "filled in twice"
                good[row.session] = nil
                continue
            }
            seen[row.session] = row.location
            guard row.readable else { reasons[row.session] = "its row has errors"; continue }
            let errorsBefore = log.errorCount
            if let nip = row.nip, nip != entry.nip {
                log.error(row.location(of: "nip"), "session \(row.session) is for \(entry.nama) (NIP \(entry.nip)), not NIP \(nip)", field: "nip")
            }
            var row = row
            switch row.attendance {
            case .pending:
                reasons[row.session] = "not filled in yet (hadir is empty)"
                continue
            case .absent:
                if row.heldOn == nil { row.heldOn = entry.date }
            case .held:
                if row.heldOn == nil {
                    log.error(row.location(of: "tanggal"), "session \(row.session) was held but has no date; write the day it took place", field: "tanggal")
                }
                if row.discussion.isEmpty {
                    log.error(row.location(of: "pembahasan"), "session \(row.session) was held but nothing is written on what was discussed", field: "pembahasan")
                }
                if row.commitments.isEmpty {
                    log.error(row.location(of: "komitmen"), "session \(row.session) was held but the coachee's commitments are empty", field: "komitmen")
                }
            }
            // A make-up carries its own time.
            var timed = entry
            if let held = row.heldOn {
                let days = makeUps[row.session] ?? []
                if held > jadwal.deadline {
                    log.error(row.location(of: "tanggal"), "session \(row.session) is dated \(held.indonesian), after the deadline of the 14 working days (\(jadwal.deadline.indonesian))", field: "tanggal")
                } else if held != entry.date, let makeUp = days.first(where: { $0.date == held }) {
                    (timed.start, timed.end) = (makeUp.start, makeUp.end)
                } else if held != entry.date, !days.isEmpty {
                    log.error(row.location(of: "tanggal"), "session \(row.session) was scheduled for \(entry.date.indonesian) and its make-up is proposed for \(days.map(\.date.indonesian).joined(separator: " or ")), not \(held.indonesian)", field: "tanggal")
                } else if held != entry.date {
                    log.error(row.location(of: "tanggal"), "session \(row.session) was scheduled for \(entry.date.indonesian), not \(held.indonesian)", field: "tanggal")
                }
                for c in row.commitments where c.target < held {
                    log.error(row.location(of: "target_tanggal"), "the commitment '\(c.text)' is due \(c.target.indonesian), before the session itself", field: "target_tanggal")
                }
            }
            if let calendar {
                for c in row.commitments {
                    guard let off = calendar.dayOff(c.target) else { continue }
                    log.warning(row.location(of: "target_tanggal"),
                                "the commitment '\(c.text)' is due \(c.target.indonesian), \(Self.describe(off)); the next working day is \(calendar.nextWorkingDay(after: c.target).indonesian)",
                                field: "target_tanggal")
                }
            }
            if log.errorCount == errorsBefore { good[row.session] = Item(entry: timed, notes: row) } else { reasons[row.session] = "its row has errors" }
        }
        ready = jadwal.entries.compactMap { good[$0.number] }
        pending = jadwal.entries.filter { good[$0.number] == nil }.map { ($0, reasons[$0.number] ?? "no row in the notes") }
        self.log = log
    }

    /// "a Sunday", "a holiday (Hari Raya Natal)".
    static func describe(_ off: WorkingDayCalendar.DayOff) -> String {
        switch off.kind {
        case .weekend: "a weekend day (\(off.name))"
        case .holiday: "a holiday (\(off.name))"
        case .cutiBersama: "a cuti bersama day (\(off.name))"
        case .office: "a day off of the office (\(off.name))"
        }
    }
}
