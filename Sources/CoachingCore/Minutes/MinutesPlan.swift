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
    /// `language`: of the messages and the reasons a session is pending.
    public init(jadwal: JadwalRecord, notes: [SessionNotes], log: DiagnosticLog, calendar: WorkingDayCalendar? = nil,
                makeUps: [Int: [MakeUp.Slot]] = [:], language: Language = .id) {
        let l = language
        var log = log
        let entries = Dictionary(jadwal.entries.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: [Int: SourceLocation] = [:]
        var good: [Int: Item] = [:]
        var reasons: [Int: String] = [:]
        for row in notes {
            guard let entry = entries[row.session] else {
                log.error(row.location(of: "sesi"), l.text(.notesNoSession, ["session": "\(row.session)", "jadwal": jadwal.number, "count": "\(jadwal.entries.count)"]), field: "sesi")
                continue
            }
            if let first = seen[row.session] {
                log.error(row.location(of: "sesi"), l.text(first.isSpreadsheetCell ? .notesTwiceRow : .notesTwiceLine, ["session": "\(row.session)", "line": "\(first.line)"]), field: "sesi")
                reasons[row.session] = l.text(.pendingTwice)
                good[row.session] = nil
                continue
            }
            seen[row.session] = row.location
            guard row.readable else { reasons[row.session] = l.text(.pendingErrors); continue }
            let errorsBefore = log.errorCount
            if let nip = row.nip, nip != entry.nip {
                log.error(row.location(of: "nip"), l.text(.notesWrongNIP, ["session": "\(row.session)", "name": entry.nama, "expected": "\(entry.nip)", "nip": "\(nip)"]), field: "nip")
            }
            var row = row
            switch row.attendance {
            case .pending:
                reasons[row.session] = l.text(.pendingEmpty)
                continue
            case .absent:
                if row.heldOn == nil { row.heldOn = entry.date }
            case .held:
                if row.heldOn == nil {
                    log.error(row.location(of: "tanggal"), l.text(.notesNoDate, ["session": "\(row.session)"]), field: "tanggal")
                }
                if row.discussion.isEmpty {
                    log.error(row.location(of: "pembahasan"), l.text(.notesNoDiscussion, ["session": "\(row.session)"]), field: "pembahasan")
                }
                if row.commitments.isEmpty {
                    log.error(row.location(of: "komitmen"), l.text(.notesNoCommitments, ["session": "\(row.session)"]), field: "komitmen")
                }
            }
            // A make-up carries its own time.
            var timed = entry
            if let held = row.heldOn {
                let days = makeUps[row.session] ?? []
                if held > jadwal.deadline {
                    log.error(row.location(of: "tanggal"), l.text(.notesAfterDeadline, ["session": "\(row.session)", "date": held.text(l), "deadline": jadwal.deadline.text(l)]), field: "tanggal")
                } else if held != entry.date, let makeUp = days.first(where: { $0.date == held }) {
                    (timed.start, timed.end) = (makeUp.start, makeUp.end)
                } else if held != entry.date, !days.isEmpty {
                    log.error(row.location(of: "tanggal"), l.text(.notesWrongMakeUpDate, ["session": "\(row.session)", "scheduled": entry.date.text(l),
                                                                          "makeUp": days.map { $0.date.text(l) }.joined(separator: l.text(.or)), "date": held.text(l)]), field: "tanggal")
                } else if held != entry.date {
                    log.error(row.location(of: "tanggal"), l.text(.notesWrongDate, ["session": "\(row.session)", "scheduled": entry.date.text(l), "date": held.text(l)]), field: "tanggal")
                }
                for c in row.commitments where c.target < held {
                    log.error(row.location(of: "target_tanggal"), l.text(.notesDueBefore, ["commitment": c.text, "date": c.target.text(l)]), field: "target_tanggal")
                }
            }
            if let calendar {
                for c in row.commitments {
                    guard let off = calendar.dayOff(c.target) else { continue }
                    log.warning(row.location(of: "target_tanggal"),
                                l.text(.notesDueOff, ["commitment": c.text, "date": c.target.text(l), "off": Self.describe(off, l),
                                                       "next": calendar.nextWorkingDay(after: c.target).text(l)]),
                                field: "target_tanggal")
                }
            }
            if log.errorCount == errorsBefore { good[row.session] = Item(entry: timed, notes: row) } else { reasons[row.session] = l.text(.pendingErrors) }
        }
        ready = jadwal.entries.compactMap { good[$0.number] }
        pending = jadwal.entries.filter { good[$0.number] == nil }.map { ($0, reasons[$0.number] ?? l.text(.pendingNoRow)) }
        self.log = log
    }

    /// "a Sunday", "a holiday (Hari Raya Natal)".
    static func describe(_ off: WorkingDayCalendar.DayOff, _ language: Language) -> String {
        switch off.kind {
        case .weekend: language.text(.offWeekend, ["name": off.name])
        case .holiday: language.text(.offHoliday, ["name": off.name])
        case .cutiBersama: language.text(.offCutiBersama, ["name": off.name])
        case .office: language.text(.offOffice, ["name": off.name])
        }
    }
}
