/// Reads the filled-in worksheet: the workbook `lembar-kerja.xlsx` that `schedule` wrote, the
/// CSV beside it as Excel or LibreOffice saves it in an Indonesian locale (`;`, BOM or
/// Windows-1252, dates as 27/11/2026 or 11/27/26, NIPs as 1.98607282015092E+017), or the XML
/// form described by `Schemas/catatan-coaching.xsd`. Several commitments go on separate lines
/// of one cell (Alt+Enter), their target dates likewise, or one date for all.
///
/// With the batch's Jadwal, a row is checked against the session its `sesi` names, so that
/// what a spreadsheet damaged can be recognised (see ``NotesDecoder``); without it, only
/// values that read one way are taken.
public struct NotesReader {
    public let jadwal: JadwalRecord?
    /// The language of the messages.
    public let language: Language

    public init(jadwal: JadwalRecord? = nil, language: Language = .id) {
        self.jadwal = jadwal
        self.language = language
    }

    /// The columns a worksheet must have.
    static let requiredColumns = ["sesi", "tanggal", "nip", "hadir", "pembahasan", "komitmen", "target_tanggal"]

    public func read(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        let name = file.name.lowercased()
        if name.hasSuffix(".xml") { return readXML(file) }
        if name.hasSuffix(".xlsx") { return readWorkbook(file) }
        return readCSV(file)
    }

    // MARK: CSV

    private func readCSV(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        let reader = CSVReader(source: file.source, file: file.name, language: language)
        guard reader.nextRecord() else {
            var log = reader.log
            if !reader.stoppedEarly { log.error(SourceLocation(file: file.name), language.text(.worksheetEmpty, ["file": "lembar-kerja.csv"])) }
            return ([], log)
        }
        let names = (0..<reader.fieldCount).map { HeaderName.normalize(reader.string($0)) }
        let missing = Self.requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            reader.log.error(reader.recordLocation, language.text(.worksheetColumnsMissing, ["column": language.noun(missing.count, .nounColumn),
                                                                                          "missing": missing.joined(separator: ", ")]))
            return ([], reader.log)
        }
        var rows: [NotesRow] = []
        while reader.nextRecord() {
            if reader.fieldCount == 1 && reader.field(0).isEmpty { continue }
            guard reader.fieldCount == names.count else {
                reader.log.error(reader.recordLocation, language.text(.rowWidthShort, ["fields": "\(reader.fieldCount)", "width": "\(names.count)"]))
                continue
            }
            var row = NotesRow(location: reader.recordLocation, cells: [:])
            for (i, name) in names.enumerated() where row.cells[name] == nil {
                // The worksheet was written for a spreadsheet: a would-be formula carries a leading `'`.
                row.cells[name] = (.text(CSVWriter.restoringFormulaText(reader.string(i).trimmingASCIIWhitespace())), reader.location(ofField: i))
            }
            rows.append(row)
        }
        var log = reader.log
        // A CSV has no date system of its own; spreadsheets count from 1900 unless told otherwise.
        let notes = NotesDecoder(jadwal: jadwal, dateSystem: .from1900, language: language).decode(rows, log: &log)
        return (notes, log)
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
    }

    // MARK: XML

    private func readXML(_ file: InputFile) -> ([SessionNotes], DiagnosticLog) {
        var log = DiagnosticLog()
        guard let root = XMLElementNode.read(file, xsd: "catatan-coaching.xsd", language: language, log: &log) else { return ([], log) }
        var notes: [SessionNotes] = []
        for sesi in root.children("sesi") {
            let at = SourceLocation(file: file.name, line: sesi.line)
            guard let number = sesi.attribute("no").flatMap({ Int($0) }),
                  let attendance = SessionNotes.attendance(parsing: sesi.attribute("hadir") ?? "") else { continue }
            let errorsBefore = log.errorCount
            var nip: NIP?
            switch NIP.validate(Array((sesi.attribute("nip") ?? "").utf8), isPPPK: true) {
            case .valid(let n, _): nip = n
            case .invalid(let why): log.error(at, why.text(language), field: "nip")
            }
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
                if let problem = TextHygiene.problem(in: text) { log.error(at, language.text(.xmlNotesProblem, ["name": name, "session": "\(number)", "problem": problem.text(language)]), field: name) }
            }
            row.readable = log.errorCount == errorsBefore
            notes.append(row)
        }
        return (notes, log)
    }
}
