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
    /// The language of the messages.
    let language: Language

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
            log.error(row.at("sesi"), language.text(.cellNotSession, ["value": sessionText]), field: "sesi")
            return nil
        }
        let hadir: String
        switch row.cell("hadir") {
        case .bool(let b): hadir = b ? "ya" : "tidak"
        case let other: hadir = other.text(dateSystem: dateSystem)
        }
        guard let attendance = SessionNotes.attendance(parsing: hadir) else {
            log.error(row.at("hadir"), language.text(.cellNotAttendance, ["value": hadir]), field: "hadir")
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
                log.error(row.at("target_tanggal"), language.text(.cellTargetsCount, ["commitments": "\(commitments.count)", "targets": "\(texts.count)"]), field: "target_tanggal")
            }
            if targets.isEmpty { commitments = [] }
        }
        // What the Quality Assessors wrote goes into the Berita Acara as it is.
        for name in ["pembahasan", "komitmen", "tindak_lanjut", "catatan"] {
            if let problem = TextHygiene.problem(in: row.cell(name).text(dateSystem: dateSystem)) { log.error(row.at(name), language.text(.cellProblem, ["problem": problem.text(language)]), field: name) }
        }
        return Read(row: row, session: session, attendance: attendance, nip: nip, held: held, commitments: commitments, targets: targets,
                    errors: log.errorCount - errorsBefore)
    }

    /// The NIP as 18 digits, or as the number a spreadsheet made of it; nil (logged) otherwise.
    private func readNIP(_ row: NotesRow, log: inout DiagnosticLog) -> NIPCell? {
        let cell = row.cell("nip")
        if case .number(let written, _) = cell {
            if let number = SpreadsheetNIP(parsing: written) { return .number(number) }
            log.error(row.at("nip"), language.text(.cellNIPNumber, ["value": written]), field: "nip")
            return nil
        }
        let text = cell.text(dateSystem: dateSystem)
        if text.contains(where: { $0 == "E" || $0 == "e" }), let number = SpreadsheetNIP(parsing: text) { return .number(number) }
        switch NIP.validate(Array(text.utf8), isPPPK: true) {
        case .valid(let nip, _): return .nip(nip)
        case .invalid(let why):
            log.error(row.at("nip"), why.text(language), field: "nip")
            return nil
        }
    }

    /// Every reading of a date cell; nil when it is empty, or wrong (then logged, and the
    /// row's error count tells the two apart).
    private func readDate(_ cell: NotesCell, at location: SourceLocation, field: String, log: inout DiagnosticLog) -> SpreadsheetDate? {
        switch cell {
        case .number(let written, _):
            if let serial = Double(written), let date = SpreadsheetDate(serial: serial, system: dateSystem, text: written) { return date }
            log.error(location, language.text(.cellNotSerialDate, ["value": written]), field: field)
            return nil
        default:
            let text = cell.text(dateSystem: dateSystem)
            if text.isEmpty { return nil }
            guard let date = SpreadsheetDate(parsing: text) else {
                log.error(location, language.text(.cellNotDate, ["value": text]), field: field)
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
        let kept = language.text(.cellNIPRounded, ["value": number.text, "digits": "\(number.digitsTaken)"])
        guard let entry else {
            // No such session: MinutesPlan says so; without a Jadwal nothing can confirm it.
            if jadwal == nil { log.error(at, language.text(.cellNIPTypeAsText, ["kept": kept]), field: "nip") }
            return nil
        }
        guard number.agrees(with: entry.nip) else {
            log.error(at, language.text(.cellNIPMismatch, ["kept": kept, "session": "\(session)", "nip": "\(entry.nip)", "name": entry.nama,
                                                   "shown": number.shown(entry.nip)]), field: "nip")
            return nil
        }
        log.warning(at, language.text(.cellNIPMatches, ["kept": kept, "session": "\(session)", "nip": "\(entry.nip)", "name": entry.nama]), field: "nip")
        return entry.nip
    }

    /// The day held: the one reading that is the day scheduled, or the file's way round.
    private func settleHeld(_ date: SpreadsheetDate, entry: JadwalRecord.Entry?, session: Int, orders: DateOrders, at: SourceLocation,
                            log: inout DiagnosticLog) -> CivilDate? {
        let days = date.days
        if days.count == 1 { return days[0] }
        if let entry, let reading = date.readings.first(where: { $0.date == entry.date }) {
            if let order = reading.order, let form = date.form, orders.order(for: form) != order {
                log.warning(at, language.text(.dateTwoWaysTaken, ["value": date.text, "days": list(days), "date": entry.date.text(language), "session": "\(session)"]),
                            field: "tanggal")
            }
            return entry.date
        }
        if let form = date.form, let order = orders.order(for: form), let day = date.reading(order) { return day }
        let scheduled = entry.map { language.text(.dateNeitherScheduled, ["session": "\(session)", "date": $0.date.text(language)]) } ?? ""
        log.error(at, language.text(.dateTwoWays, ["value": date.text, "days": list(days), "scheduled": scheduled,
                                                   "forms": days.map(\.description).joined(separator: language.text(.or))]), field: "tanggal")
        return nil
    }

    /// A target date: its one reading, or the file's way round; ambiguous otherwise.
    private func settleTarget(_ date: SpreadsheetDate, orders: DateOrders, at: SourceLocation, log: inout DiagnosticLog) -> CivilDate? {
        let days = date.days
        if days.count == 1 { return days[0] }
        if let form = date.form, let order = orders.order(for: form), let day = date.reading(order) { return day }
        log.error(at, language.text(.dateTwoWaysNoOrder, ["value": date.text, "days": list(days),
                                                          "forms": days.map(\.description).joined(separator: language.text(.or))]), field: "target_tanggal")
        return nil
    }

    func list(_ days: [CivilDate]) -> String {
        days.map { $0.text(language) }.joined(separator: language.text(.or))
    }

    /// `mulai` and `selesai` are the Jadwal's, and the Berita Acara keeps those: a time that
    /// differs or cannot be read is worth a warning, not a refusal.
    private func checkTimes(_ row: NotesRow, entry: JadwalRecord.Entry, log: inout DiagnosticLog) {
        for (name, scheduled, verb) in [("mulai", entry.start, MessageKey.timeStart), ("selesai", entry.end, .timeEnd)] {
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
                log.warning(row.at(name), language.text(.cellNotTime, ["value": cell.text(dateSystem: dateSystem), "clock": clock]), field: name)
                continue
            }
            if minutes != scheduled {
                log.warning(row.at(name), language.text(.cellOtherTime, ["session": "\(entry.number)", "verb": language.text(verb), "clock": clock,
                                                                  "time": Session.clock(minutes)]), field: name)
            }
        }
    }
}
