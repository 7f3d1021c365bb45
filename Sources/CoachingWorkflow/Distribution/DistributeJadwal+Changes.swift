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

    /// The changes the no-show records of `items` ask for, against what was sent; nil when the
    /// Jadwal was never distributed (a batch approved before the distribution existed).
    func changes(_ jadwal: JadwalRecord, items: [MinutesPlan.Item], registered: [String: String]) -> [Int: Distribution.Change]? {
        let width = jadwal.entries.count
        func path(_ session: Int) -> String {
            "\(batch.id.folder)/\(BatchLayout.invitationsFolder)/\(BatchLayout.minutesName(session: session, sessions: width)).ics"
        }
        guard let first = jadwal.entries.first, registered[path(first.number)] != nil else { return nil }
        let wanted = Dictionary(items.compactMap { item -> (Int, MakeUp)? in
            guard item.notes.attendance == .absent, let makeUp = item.makeUp else { return nil }
            return (item.entry.number, makeUp)
        }, uniquingKeysWith: { a, _ in a })
        var changes: [Int: Distribution.Change] = [:]
        for e in jadwal.entries {
            guard let bytes = try? BatchFiles.contents(root.appendingPathComponent(path(e.number)).path), let sent = Sent(bytes) else { continue }
            // The state the session should be in: as sent, unless a no-show record now says otherwise.
            var state = Sent(sequence: sent.sequence, date: sent.date, start: sent.start, end: sent.end, cancelled: sent.cancelled)
            if let makeUp = wanted[e.number] {
                if let slot = makeUp.slot {
                    state = Sent(sequence: sent.sequence, date: slot.date, start: slot.start, end: slot.end, cancelled: false)
                } else {
                    state.cancelled = true
                }
                if state != sent { state.sequence = sent.sequence + 1 }
            }
            guard state.sequence > 0 else { continue }
            changes[e.number] = Distribution.Change(sequence: state.sequence, date: state.date, start: state.start, end: state.end,
                                                    cancelled: state.cancelled, note: Self.note(e, state))
        }
        return changes
    }

    /// Why the session's invitation changed, in the words the event carries.
    static func note(_ e: JadwalRecord.Entry, _ state: Sent) -> String {
        state.cancelled
            ? "Sesi dibatalkan: peserta tidak hadir pada \(e.date.indonesianLong) dan tidak ada waktu pengganti dalam 14 hari kerja; peserta diikutsertakan pada batch berikutnya."
            : "Sesi pengganti: peserta tidak hadir pada \(e.date.indonesianLong), \(e.timeText); sesi dijadwalkan ulang."
    }

    /// The files to write again: the invitations whose version rose, and every calendar and
    /// notice (they hold the changed sessions). Nil when nothing changed.
    func redraw(_ jadwal: JadwalRecord, items: [MinutesPlan.Item], registered: [String: String]) throws -> Drawn? {
        guard let changes = changes(jadwal, items: items, registered: registered) else { return nil }
        let width = jadwal.entries.count
        let raised = Set(changes.compactMap { session, change -> Int? in
            let p = "\(batch.id.folder)/\(BatchLayout.invitationsFolder)/\(BatchLayout.minutesName(session: session, sessions: width)).ics"
            guard let bytes = try? BatchFiles.contents(root.appendingPathComponent(p).path), let sent = Sent(bytes) else { return nil }
            return sent.sequence < change.sequence ? session : nil
        })
        guard !raised.isEmpty else { return nil }
        var drawn = try draw(jadwal, changes: changes, registered: registered)
        drawn.files = drawn.files.filter { path, _ in
            guard path.contains("/\(BatchLayout.invitationsFolder)/") else { return true }
            return raised.contains { path.hasSuffix("/\(BatchLayout.minutesName(session: $0, sessions: width)).ics") }
        }
        drawn.summary = "\(raised.count) undangan diperbarui (sesi \(raised.sorted().map(String.init).joined(separator: ", "))); kalender dan pemberitahuan Team Leader digambar ulang"
        return drawn
    }
}
