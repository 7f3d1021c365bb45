import CoachingCore
import CoachingRegister
import Foundation

/// After the approval the Jadwal changes in one way: a no-show's make-up session (proposed by
/// `coaching minutes`, ``MakeUp``) moves the session, and a no-show with no room left cancels
/// it (the person goes to the next batch). Each such session gets a new version of its
/// invitation, SEQUENCE one higher (RFC 5546): a REQUEST at the new time, or a CANCEL; the
/// calendars and the Team Leader notices are drawn again with it.
///
/// What was sent is read back from the invitations themselves, so no register table is
/// needed and a run that changes nothing writes nothing.
extension DistributeJadwal {
    /// What a session's invitation says now: its version, time and whether it is cancelled.
    struct Sent: Equatable {
        var sequence: Int
        var date: CivilDate
        var start: Int
        var end: Int
        var cancelled: Bool

        /// Reads the lines coaching wrote (they are short, so never folded).
        init?(_ bytes: [UInt8]) {
            let text = String(decoding: bytes, as: UTF8.self)
            var sequence: Int?, start: (CivilDate, Int)?, end: (CivilDate, Int)?, cancelled = false
            for line in text.split(separator: "\r\n") {
                if line.hasPrefix("SEQUENCE:") { sequence = Int(line.dropFirst(9)) }
                if line == "METHOD:CANCEL" { cancelled = true }
                if line.hasPrefix("DTSTART;TZID=") { start = Self.local(line) }
                if line.hasPrefix("DTEND;TZID=") { end = Self.local(line) }
            }
            guard let sequence, let start, let end else { return nil }
            self.sequence = sequence
            date = start.0
            self.start = start.1
            self.end = end.1
            self.cancelled = cancelled
        }

        init(sequence: Int, date: CivilDate, start: Int, end: Int, cancelled: Bool) {
            self.sequence = sequence
            self.date = date
            self.start = start
            self.end = end
            self.cancelled = cancelled
        }

        /// `…:20261127T073000` → the day and the minutes after midnight.
        private static func local(_ line: Substring) -> (CivilDate, Int)? {
            guard let colon = line.lastIndex(of: ":") else { return nil }
            let v = Array(line[line.index(after: colon)...])
            guard v.count == 15, v[8] == "T", let y = Int(String(v[0..<4])), let m = Int(String(v[4..<6])), let d = Int(String(v[6..<8])),
                  let h = Int(String(v[9..<11])), let mi = Int(String(v[11..<13])), let day = CivilDate(year: y, month: m, day: d) else { return nil }
            return (day, h * 60 + mi)
        }
    }

    /// What a no-show record asks of its session: the make-up slot (nil: cancelled, the person
    /// goes to the next batch) and the day the session was missed.
    struct Wanted: Equatable {
        var slot: MakeUp.Slot?
        var missed: CivilDate
    }

    /// What the no-show records among `items` ask for, by session.
    static func wanted(_ items: [MinutesPlan.Item]) -> [Int: Wanted] {
        Dictionary(items.compactMap { item -> (Int, Wanted)? in
            guard item.notes.attendance == .absent, let makeUp = item.makeUp else { return nil }
            return (item.entry.number, Wanted(slot: makeUp.slot, missed: item.notes.heldOn ?? item.entry.date))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// What the registered Berita Acara ask of the sessions, for a Jadwal approved after the
    /// minutes: a no-show's make-up or cancellation, and a make-up held on its day.
    static func wanted(_ records: NoShowRecords) -> [Int: Wanted] {
        var wanted: [Int: Wanted] = [:]
        for (session, record) in records.bySession {
            let item = record.read.item
            if record.isAbsent, let makeUp = record.makeUp {
                wanted[session] = Wanted(slot: makeUp.slot, missed: item.notes.heldOn ?? item.entry.date)
            } else if !record.isAbsent, item.isMakeUp, let held = item.notes.heldOn {
                wanted[session] = Wanted(slot: MakeUp.Slot(date: held, start: item.entry.start, end: item.entry.end), missed: item.entry.date)
            }
        }
        return wanted
    }

    /// The path of a session's invitation.
    func invitationPath(_ session: Int, sessions width: Int) -> String {
        "\(batch.id.folder)/\(BatchLayout.invitationsFolder)/\(BatchLayout.minutesName(session: session, sessions: width)).ics"
    }

    /// The invitation of `session` as sent, read once and checked against the register: a
    /// missing or edited file would silently undo a change sent before, so it stops the step.
    func sent(_ session: Int, sessions width: Int, registered: [String: String]) throws -> Sent {
        let path = invitationPath(session, sessions: width)
        let url = root.appendingPathComponent(path, isDirectory: false)
        guard let bytes = try? BatchFiles.contents(url.path) else {
            throw WorkflowError(.refused, ["error: " + configuration.language.text(.invitationMissing, ["path": url.path])])
        }
        guard SHA256Digest.hex(bytes) == registered[path], let sent = Sent(bytes) else {
            throw WorkflowError(.refused, ["error: " + configuration.language.text(.invitationChanged, ["path": url.path])])
        }
        return sent
    }

    /// The session as the approved Jadwal first sends it: version 0 at its own time.
    static func original(_ e: JadwalRecord.Entry) -> Sent {
        Sent(sequence: 0, date: e.date, start: e.start, end: e.end, cancelled: false)
    }

    /// Every session's latest version against `sent` (what went out before; the original
    /// Jadwal for sessions not sent): moved or cancelled where `wanted` says so, one version
    /// higher than sent when it differs. Sessions at version 0 are left out.
    static func changes(_ entries: [JadwalRecord.Entry], wanted: [Int: Wanted], sent: (JadwalRecord.Entry) throws -> Sent) rethrows -> [Int: Distribution.Change] {
        var changes: [Int: Distribution.Change] = [:]
        for e in entries {
            let before = try sent(e)
            // The state the session should be in: as sent, unless a no-show record now says otherwise.
            var state = before
            if let want = wanted[e.number] {
                if let slot = want.slot {
                    state = Sent(sequence: before.sequence, date: slot.date, start: slot.start, end: slot.end, cancelled: false)
                } else {
                    state.cancelled = true
                }
                if state != before { state.sequence = before.sequence + 1 }
            }
            guard state.sequence > 0 else { continue }
            changes[e.number] = Distribution.Change(sequence: state.sequence, date: state.date, start: state.start, end: state.end,
                                                    cancelled: state.cancelled, note: note(e, state, missed: wanted[e.number]?.missed))
        }
        return changes
    }

    /// Why the session's invitation changed, in the words the event carries. `missed`: the day
    /// the no-show record gives (a missed make-up's own day); else the day last sent.
    static func note(_ e: JadwalRecord.Entry, _ state: Sent, missed: CivilDate?) -> String {
        let day = missed ?? (state.cancelled ? state.date : e.date)
        let time = day == e.date ? ", \(e.timeText)" : ""
        return state.cancelled
            ? "Sesi dibatalkan: peserta tidak hadir pada \(day.indonesianLong) dan tidak ada waktu pengganti dalam 14 hari kerja; peserta diikutsertakan pada batch berikutnya."
            : "Sesi pengganti: peserta tidak hadir pada \(day.indonesianLong)\(time); sesi dijadwalkan ulang."
    }

    /// The files to write again after `coaching minutes`: the invitations whose version rose,
    /// and every calendar and notice (they hold the changed sessions). Nil when nothing
    /// changed, or when the Jadwal was never distributed (approved before the distribution
    /// existed). Only the sessions a no-show record names are read first; the others only
    /// when one of those changed, and each file once.
    func redraw(_ jadwal: JadwalRecord, items: [MinutesPlan.Item], registered: [String: String]) throws -> Drawn? {
        let width = jadwal.entries.count
        guard let first = jadwal.entries.first, registered[invitationPath(first.number, sessions: width)] != nil else { return nil }
        let wanted = Self.wanted(items)
        guard !wanted.isEmpty else { return nil }
        var read: [Int: Sent] = [:]
        func sent(_ e: JadwalRecord.Entry) throws -> Sent {
            if let known = read[e.number] { return known }
            let value = try self.sent(e.number, sessions: width, registered: registered)
            read[e.number] = value
            return value
        }
        let raised = Set(try Self.changes(jadwal.entries.filter { wanted[$0.number] != nil }, wanted: wanted, sent: sent).compactMap { session, change in
            read[session].map { $0.sequence < change.sequence } == true ? session : nil
        })
        guard !raised.isEmpty else { return nil }
        let changes = try Self.changes(jadwal.entries, wanted: wanted, sent: sent)
        var drawn = try draw(jadwal, changes: changes, registered: registered)
        drawn.files = drawn.files.filter { path, _ in
            guard path.contains("/\(BatchLayout.invitationsFolder)/") else { return true }
            return raised.contains { path.hasSuffix("/\(BatchLayout.minutesName(session: $0, sessions: width)).ics") }
        }
        drawn.summary = "\(raised.count) undangan diperbarui (sesi \(raised.sorted().map(String.init).joined(separator: ", "))); kalender dan pemberitahuan Team Leader disusun ulang"
        return drawn
    }
}
