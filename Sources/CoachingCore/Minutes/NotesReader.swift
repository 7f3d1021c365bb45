/// Reads the filled-in worksheet: the CSV that `schedule` wrote, as Excel saves it in an
/// Indonesian locale (`;`, BOM or Windows-1252, dates as 27/11/2026), or the XML form
/// described by `Schemas/catatan-coaching.xsd`. Several commitments go on separate lines of
/// one cell (Alt+Enter), their target dates likewise, or one date for all.
public struct NotesReader {
    public init() {}

    public func read(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        let head = file.name.lowercased()
        if head.hasSuffix(".xml") { return readXML(file) }
        return readCSV(file)
    }

    // MARK: CSV

    private func readCSV(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        let reader = CSVReader(source: file.source, file: file.name)
        guard reader.nextRecord() else {
            var log = reader.log
            if !reader.stoppedEarly { log.error(SourceLocation(file: file.name), "the file is empty; expected the worksheet (lembar-kerja.csv) filled in") }
            return ([], log)
        }
        let names = (0..<reader.fieldCount).map { HeaderName.normalize(reader.string($0)) }
        let required = ["sesi", "tanggal", "nip", "hadir", "pembahasan", "komitmen", "target_tanggal"]
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else {
            reader.log.error(reader.recordLocation, "the header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")); start from the lembar-kerja.csv of the batch")
            return ([], reader.log)
        }
        func index(_ name: String) -> Int? { names.firstIndex(of: name) }
        var notes: [SessionNotes] = []
        while reader.nextRecord() {
            if reader.fieldCount == 1 && reader.field(0).isEmpty { continue }
            guard reader.fieldCount == names.count else {
                reader.log.error(reader.recordLocation, "this row has \(reader.fieldCount) fields but the header has \(names.count)")
                continue
            }
            // The worksheet was written for a spreadsheet: a would-be formula carries a leading `'`.
            func text(_ name: String) -> String {
                index(name).map { CSVWriter.restoringFormulaText(reader.string($0).trimmingASCIIWhitespace()) } ?? ""
            }
            func at(_ name: String) -> SourceLocation { index(name).map { reader.location(ofField: $0) } ?? reader.recordLocation }
            guard let session = Int(text("sesi")), session > 0 else {
                reader.log.error(at("sesi"), "'\(text("sesi"))' is not a session number (the first column of the worksheet)", field: "sesi")
                continue
            }
            guard let attendance = SessionNotes.attendance(parsing: text("hadir")) else {
                reader.log.error(at("hadir"), "'\(text("hadir"))' is not an answer to attendance; write ya or tidak (empty while the session is pending)", field: "hadir")
                continue
            }
            let errorsBefore = reader.log.errorCount
            let nip = parseNIP(text("nip"), at: at("nip"), log: &reader.log)
            let held = parseDate(text("tanggal"), at: at("tanggal"), field: "tanggal", log: &reader.log)
            let commitments = parseCommitments(text("komitmen"), targets: text("target_tanggal"), at: at("target_tanggal"),
                                               attended: attendance == .held, log: &reader.log)
            var row = SessionNotes(session: session, location: reader.recordLocation, heldOn: held ?? nil, nip: nip,
                                   attendance: attendance, discussion: text("pembahasan"), commitments: commitments,
                                   followUp: text("tindak_lanjut"), remarks: text("catatan"))
            for name in ["sesi", "tanggal", "nip", "hadir", "pembahasan", "komitmen", "target_tanggal"] { row.fieldLocations[name] = at(name) }
            // What the Quality Assessors wrote goes into the Berita Acara as it is.
            for name in ["pembahasan", "komitmen", "tindak_lanjut", "catatan"] {
                if let problem = TextHygiene.problem(in: text(name)) { reader.log.error(at(name), "this cell \(problem)", field: name) }
            }
            row.readable = reader.log.errorCount == errorsBefore
            notes.append(row)
        }
        return (notes, reader.log)
    }

    private func parseNIP(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> NIP? {
        switch NIP.validate(Array(text.utf8), isPPPK: true) {
        case .valid(let nip, _): return nip
        case .invalid(let why):
            log.error(location, why, field: "nip")
            return nil
        }
    }

    /// nil: wrong (logged); .some(nil): empty.
    private func parseDate(_ text: String, at location: SourceLocation, field: String, log: inout DiagnosticLog) -> CivilDate?? {
        if text.isEmpty { return .some(nil) }
        guard let date = CivilDate(parsing: text) else {
            log.error(location, "'\(text)' is not a date; write 27/11/2026 or 2026-11-27", field: field)
            return nil
        }
        return .some(date)
    }

    private func parseCommitments(_ texts: String, targets: String, at location: SourceLocation, attended: Bool,
                                  log: inout DiagnosticLog) -> [SessionNotes.Commitment] {
        let lines = Self.lines(texts)
        let dates = Self.lines(targets)
        guard !lines.isEmpty else { return [] }
        guard dates.count == lines.count || dates.count == 1 else {
            log.error(location, "\(lines.count) commitments but \(dates.count) target dates; give one date per commitment (one per line) or one date for all", field: "target_tanggal")
            return []
        }
        var result: [SessionNotes.Commitment] = []
        for (i, line) in lines.enumerated() {
            let text = dates.count == 1 ? dates[0] : dates[i]
            guard let date = CivilDate(parsing: text) else {
                log.error(location, "'\(text)' is not a date; write 27/11/2026 or 2026-11-27", field: "target_tanggal")
                return []
            }
            result.append(.init(text: line, target: date))
        }
        return result
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
    }

    // MARK: XML

    private func readXML(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        var log = DiagnosticLog()
        guard let root = XMLElementNode.read(file, xsd: "catatan-coaching.xsd", log: &log) else { return ([], log) }
        var notes: [SessionNotes] = []
        for sesi in root.children("sesi") {
            let at = SourceLocation(file: file.name, line: sesi.line)
            guard let number = sesi.attribute("no").flatMap({ Int($0) }),
                  let attendance = SessionNotes.attendance(parsing: sesi.attribute("hadir") ?? "") else { continue }
            let errorsBefore = log.errorCount
            let nip = parseNIP(sesi.attribute("nip") ?? "", at: at, log: &log)
            let commitments = sesi.children("komitmen").compactMap { k -> SessionNotes.Commitment? in
                guard let date = k.attribute("target").flatMap({ CivilDate(parsing: $0) }) else { return nil }
                return .init(text: k.text.trimmingASCIIWhitespace(), target: date)
            }
            var row = SessionNotes(session: number, location: at, heldOn: sesi.attribute("tanggal").flatMap { CivilDate(parsing: $0) },
                                      nip: nip, attendance: attendance,
                                      discussion: sesi.child("pembahasan")?.text.trimmingASCIIWhitespace() ?? "",
                                      commitments: commitments,
                                      followUp: sesi.child("tindakLanjut")?.text.trimmingASCIIWhitespace() ?? "",
                                      remarks: sesi.child("catatan")?.text.trimmingASCIIWhitespace() ?? "")
            // XML itself refuses control characters; noncharacters and direction controls it takes.
            let texts = [("pembahasan", row.discussion), ("tindakLanjut", row.followUp), ("catatan", row.remarks)] + commitments.map { ("komitmen", $0.text) }
            for (name, text) in texts {
                if let problem = TextHygiene.problem(in: text) { log.error(at, "<\(name)> of session \(number) \(problem)", field: name) }
            }
            row.readable = log.errorCount == errorsBefore
            notes.append(row)
        }
        return (notes, log)
    }
}
