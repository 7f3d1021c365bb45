/// Turns the rows of the worksheet (from a CSV or a workbook) into ``SessionNotes``.
///
/// Tolerant where a spreadsheet is known to damage values, strict everywhere else. A row is
/// identified by `sesi`, and checked against that session of the Jadwal: a NIP the spreadsheet
/// turned into a number is taken when the scheduled NIP, rounded to the digits kept, gives that
/// number; a date that reads two ways is taken when exactly one reading is the day scheduled;
/// the other dates of the file show which way round its dates are written (see ``DateOrders``).
struct NotesDecoder {
    let jadwal: JadwalRecord?
    let dateSystem: DateSystem

    /// A row's fields as read, before what a spreadsheet may have changed is settled.
    private struct Read {
        var row: NotesRow
        var session: Int
        var attendance: SessionNotes.Attendance
        var nip: NIPCell?
        var held: SpreadsheetDate?
        var commitments: [String]
        var targets: [SpreadsheetDate]
        var errors: Int
    }

    /// The NIP column as read.
    private enum NIPCell {
        case nip(NIP)
        case number(SpreadsheetNIP)
    }

    func decode(_ rows: [NotesRow], log: inout DiagnosticLog) -> [SessionNotes] {
        let entries = Dictionary((jadwal?.entries ?? []).map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var read: [Read] = []
        for row in rows {
            if let r = self.read(row, log: &log) { read.append(r) }
        }
        // Which way round the file writes its dates: from every date in it, and from the days
        // the sessions were scheduled for.
        var orders = DateOrders()
        for r in read {
            for date in [r.held].compactMap({ $0 }) + r.targets { orders.note(date) }
            if let held = r.held, let entry = entries[r.session], held.days.count > 1,
               let order = held.readings.first(where: { $0.date == entry.date })?.order {
                orders.note(held, only: [order])
            }
        }
        return read.map { settle($0, entry: entries[$0.session], orders: orders, log: &log) }
    }

    // MARK: - Reading a row

    private func read(_ row: NotesRow, log: inout DiagnosticLog) -> Read? {
        let sessionText = row.cell("sesi").text(dateSystem: dateSystem)
        guard let session = Int(sessionText) ?? Double(sessionText).flatMap({ $0 == $0.rounded() && abs($0) < 1e9 ? Int($0) : nil }),
              session > 0 else {
            log.error(row.at("sesi"), "'\(sessionText)' is not a session number (the first column of the worksheet)", field: "sesi")
            return nil
        }
        let hadir: String
        switch row.cell("hadir") {
        case .bool(let b): hadir = b ? "ya" : "tidak"
        case let other: hadir = other.text(dateSystem: dateSystem)
        }
        guard let attendance = SessionNotes.attendance(parsing: hadir) else {
            log.error(row.at("hadir"), "'\(hadir)' is not an answer to attendance; write ya or tidak (empty while the session is pending)", field: "hadir")
            return nil
        }
        let errorsBefore = log.errorCount
        let nip = readNIP(row, log: &log)
        let held = readDate(row.cell("tanggal"), at: row.at("tanggal"), field: "tanggal", log: &log)
        var commitments = NotesReader.lines(row.cell("komitmen").text(dateSystem: dateSystem))
        var targets: [SpreadsheetDate] = []
        if !commitments.isEmpty {
            let cell = row.cell("target_tanggal")
            let texts: [String]
            if case .number = cell { texts = [""] } else { texts = NotesReader.lines(cell.text(dateSystem: dateSystem)) }
            if texts.count == commitments.count || texts.count == 1 {
                for text in texts {
                    let value = text.isEmpty ? cell : .text(text)
                    guard let date = readDate(value, at: row.at("target_tanggal"), field: "target_tanggal", log: &log) else { targets = []; break }
                    targets.append(date)
                }
            } else {
                log.error(row.at("target_tanggal"), "\(commitments.count) commitments but \(texts.count) target dates; give one date per commitment (one per line) or one date for all", field: "target_tanggal")
            }
            if targets.isEmpty { commitments = [] }
        }
        // What the Quality Assessors wrote goes into the Berita Acara as it is.
        for name in ["pembahasan", "komitmen", "tindak_lanjut", "catatan"] {
            if let problem = TextHygiene.problem(in: row.cell(name).text(dateSystem: dateSystem)) { log.error(row.at(name), "this cell \(problem.text(.en))", field: name) }
        }
        return Read(row: row, session: session, attendance: attendance, nip: nip, held: held, commitments: commitments, targets: targets,
                    errors: log.errorCount - errorsBefore)
    }

    /// The NIP as 18 digits, or as the number a spreadsheet made of it; nil (logged) otherwise.
    private func readNIP(_ row: NotesRow, log: inout DiagnosticLog) -> NIPCell? {
        let cell = row.cell("nip")
        if case .number(let written, _) = cell {
            if let number = SpreadsheetNIP(parsing: written) { return .number(number) }
            log.error(row.at("nip"), "the NIP is the number \(written), which has not 18 digits; type the NIP as text", field: "nip")
            return nil
        }
        let text = cell.text(dateSystem: dateSystem)
        if text.contains(where: { $0 == "E" || $0 == "e" }), let number = SpreadsheetNIP(parsing: text) { return .number(number) }
        switch NIP.validate(Array(text.utf8), isPPPK: true) {
        case .valid(let nip, _): return .nip(nip)
        case .invalid(let why):
            log.error(row.at("nip"), why.text(.en), field: "nip")
            return nil
        }
    }

    /// Every reading of a date cell; nil when it is empty, or wrong (then logged, and the
    /// row's error count tells the two apart).
    private func readDate(_ cell: NotesCell, at location: SourceLocation, field: String, log: inout DiagnosticLog) -> SpreadsheetDate? {
        switch cell {
        case .number(let written, _):
            if let serial = Double(written), let date = SpreadsheetDate(serial: serial, system: dateSystem, text: written) { return date }
            log.error(location, "\(written) is not a day a spreadsheet can show; write the date as 27/11/2026", field: field)
            return nil
        default:
            let text = cell.text(dateSystem: dateSystem)
            if text.isEmpty { return nil }
            guard let date = SpreadsheetDate(parsing: text) else {
                log.error(location, "'\(text)' is not a date; write 27/11/2026 or 2026-11-27", field: field)
                return nil
            }
            return date
        }
    }

    // MARK: - Settling

    private func settle(_ r: Read, entry: JadwalRecord.Entry?, orders: DateOrders, log: inout DiagnosticLog) -> SessionNotes {
        let row = r.row
        let errorsBefore = log.errorCount
        var nip: NIP?
        switch r.nip {
        case .nip(let n)?: nip = n
        case .number(let number)?: nip = settle(number, entry: entry, session: r.session, at: row.at("nip"), log: &log)
        case nil: break
        }
        let held = r.held.flatMap { settleHeld($0, entry: entry, session: r.session, orders: orders, at: row.at("tanggal"), log: &log) }
        var commitments: [SessionNotes.Commitment] = []
        if !r.commitments.isEmpty {
            var dates: [CivilDate] = []
            for target in r.targets {
                guard let date = settleTarget(target, orders: orders, at: row.at("target_tanggal"), log: &log) else { dates = []; break }
                dates.append(date)
            }
            if !dates.isEmpty {
                commitments = r.commitments.enumerated().map { .init(text: $0.element, target: dates.count == 1 ? dates[0] : dates[$0.offset]) }
            }
        }
        if let entry { checkTimes(row, entry: entry, log: &log) }
        let text = { (name: String) in row.cell(name).text(dateSystem: dateSystem) }
        var notes = SessionNotes(session: r.session, location: row.location, heldOn: held, nip: nip, attendance: r.attendance,
                                 discussion: text("pembahasan"), commitments: commitments, followUp: text("tindak_lanjut"), remarks: text("catatan"))
        for name in ["sesi", "tanggal", "nip", "hadir", "pembahasan", "komitmen", "target_tanggal"] { notes.fieldLocations[name] = row.at(name) }
        notes.readable = r.errors == 0 && log.errorCount == errorsBefore
        return notes
    }

    /// A NIP a spreadsheet turned into a number: the scheduled one when it agrees, with a warning.
    private func settle(_ number: SpreadsheetNIP, entry: JadwalRecord.Entry?, session: Int, at: SourceLocation, log: inout DiagnosticLog) -> NIP? {
        let kept = "a spreadsheet turned the NIP into the number \(number.text), keeping \(number.digitsTaken) of its 18 digits"
        guard let entry else {
            // No such session: MinutesPlan says so; without a Jadwal nothing can confirm it.
            if jadwal == nil { log.error(at, "\(kept); type the NIP as text", field: "nip") }
            return nil
        }
        guard number.agrees(with: entry.nip) else {
            log.error(at, "\(kept), and it does not match the NIP of session \(session), \(entry.nip) (\(entry.nama)), which would have become \(number.shown(entry.nip)); check that this row is session \(session), and type the NIP as text", field: "nip")
            return nil
        }
        log.warning(at, "\(kept); it matches the NIP of session \(session), \(entry.nip) (\(entry.nama)), which is used", field: "nip")
        return entry.nip
    }

    /// The day held: the one reading that is the day scheduled, or the file's way round.
    private func settleHeld(_ date: SpreadsheetDate, entry: JadwalRecord.Entry?, session: Int, orders: DateOrders, at: SourceLocation,
                            log: inout DiagnosticLog) -> CivilDate? {
        let days = date.days
        if days.count == 1 { return days[0] }
        if let entry, let reading = date.readings.first(where: { $0.date == entry.date }) {
            if let order = reading.order, let form = date.form, orders.order(for: form) != order {
                log.warning(at, "'\(date.text)' can be read as \(Self.list(days)); it is taken as \(entry.date.indonesian), the day session \(session) was scheduled for", field: "tanggal")
            }
            return entry.date
        }
        if let form = date.form, let order = orders.order(for: form), let day = date.reading(order) { return day }
        let scheduled = entry.map { ", and neither is the day session \(session) was scheduled for (\($0.date.indonesian))" } ?? ""
        log.error(at, "'\(date.text)' can be read as \(Self.list(days))\(scheduled); write the date as \(days.map(\.description).joined(separator: " or "))", field: "tanggal")
        return nil
    }

    /// A target date: its one reading, or the file's way round; ambiguous otherwise.
    private func settleTarget(_ date: SpreadsheetDate, orders: DateOrders, at: SourceLocation, log: inout DiagnosticLog) -> CivilDate? {
        let days = date.days
        if days.count == 1 { return days[0] }
        if let form = date.form, let order = orders.order(for: form), let day = date.reading(order) { return day }
        log.error(at, "'\(date.text)' can be read as \(Self.list(days)), and no other date in this file shows which comes first, day or month; write it as \(days.map(\.description).joined(separator: " or "))", field: "target_tanggal")
        return nil
    }

    static func list(_ days: [CivilDate]) -> String {
        days.map(\.indonesian).joined(separator: " or ")
    }

    /// `mulai` and `selesai` are the Jadwal's, and the Berita Acara keeps those: a time that
    /// differs or cannot be read is worth a warning, not a refusal.
    private func checkTimes(_ row: NotesRow, entry: JadwalRecord.Entry, log: inout DiagnosticLog) {
        for (name, scheduled, verb) in [("mulai", entry.start, "start"), ("selesai", entry.end, "end")] {
            let cell = row.cell(name)
            let minutes: Int?
            switch cell {
            case .number(let written, let date):
                guard let value = Double(written) else { continue }
                minutes = value < 1 || date ? SpreadsheetTime.minutes(dayFraction: value) : SpreadsheetTime.minutes(parsing: written)
            default:
                let text = cell.text(dateSystem: dateSystem)
                if text.isEmpty { continue }
                minutes = SpreadsheetTime.minutes(parsing: text)
            }
            let clock = Session.clock(scheduled)
            guard let minutes else {
                log.warning(row.at(name), "'\(cell.text(dateSystem: dateSystem))' is not a time of day; the Berita Acara keeps the Jadwal's \(clock)", field: name)
                continue
            }
            if minutes != scheduled {
                log.warning(row.at(name), "session \(entry.number) was scheduled to \(verb) at \(clock), not \(Session.clock(minutes)); the Berita Acara keeps the Jadwal's time", field: name)
            }
        }
    }
}
