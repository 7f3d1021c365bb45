/// `riwayat-coaching.csv`: held coaching sessions as a table, for an analysis without a
/// register (the sessions of `coaching sample`, or an office's history from before the tool).
///
/// Columns: `berita_acara,batch,nip,tanggal,pelatih,aspek,komitmen,target_komitmen`; `aspek`
/// holds the session's aspect codes separated by spaces; a session with several commitments
/// takes one line per commitment, the same `berita_acara` on each.
public enum SessionHistoryFile {
    public static let header = ["berita_acara", "batch", "nip", "tanggal", "pelatih", "aspek", "komitmen", "target_komitmen"]

    /// The sessions of the file; problems go to `log` with file, line, column and field.
    public static func read(_ file: InputFile, language: Language = .id, log: inout DiagnosticLog) -> [CoachedSession] {
        let reader = CSVReader(source: file.source, file: file.name, delimiter: UInt8(ascii: ","))
        var sessions: [CoachedSession] = []
        var byNumber: [String: Int] = [:]
        var columns: [String: Int] = [:]
        defer { log.append(reader.log, lineOffset: 0) }
        guard reader.nextRecord() else {
            log.error(SourceLocation(file: file.name), language.text(.riwayatEmpty, ["header": header.joined(separator: ",")]))
            return []
        }
        for i in 0..<reader.fieldCount { columns[HeaderName.normalize(reader.string(i))] = i }
        let missing = header.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            log.error(SourceLocation(file: file.name, line: 1), language.text(.riwayatHeaderMissing, ["columns": missing.joined(separator: ", ")]))
            return []
        }
        while reader.nextRecord() {
            func text(_ name: String) -> String { columns[name]! < reader.fieldCount ? reader.string(columns[name]!).trimmingASCIIWhitespace() : "" }
            func at(_ name: String) -> SourceLocation { reader.location(ofField: columns[name]!) }
            let number = text("berita_acara")
            guard !number.isEmpty else { log.error(at("berita_acara"), language.text(.riwayatNumberEmpty), field: "berita_acara"); continue }
            guard case .valid(let nip, _) = NIP.validate(Array(text("nip").utf8), isPPPK: true) else {
                log.error(at("nip"), language.text(.riwayatNIPInvalid, ["value": text("nip")]), field: "nip"); continue
            }
            guard let date = CivilDate(parsing: text("tanggal")) else {
                log.error(at("tanggal"), language.text(.riwayatDateInvalid, ["value": text("tanggal")]), field: "tanggal"); continue
            }
            var commitments: [CoachedSession.Commitment] = []
            if !text("komitmen").isEmpty {
                guard let target = CivilDate(parsing: text("target_komitmen")) else {
                    log.error(at("target_komitmen"), language.text(.riwayatDateInvalid, ["value": text("target_komitmen")]), field: "target_komitmen"); continue
                }
                commitments.append(.init(text: text("komitmen"), target: target))
            }
            if let known = byNumber[number] {
                guard sessions[known].nip == nip else {
                    log.error(at("nip"), language.text(.riwayatDuplicate, ["number": number, "nip": "\(sessions[known].nip)", "line": "\(sessions[known].source.line)"]), field: "nip"); continue
                }
                sessions[known].commitments += commitments
                continue
            }
            byNumber[number] = sessions.count
            sessions.append(CoachedSession(beritaAcara: number, batch: text("batch"), nip: nip, date: date, coach: text("pelatih"),
                                           aspects: text("aspek").split(separator: " ").map(String.init), commitments: commitments,
                                           source: reader.recordLocation))
        }
        return sessions
    }

    /// One line per commitment (one line for a session without any), for ``read(_:log:)``.
    public static func lines(_ session: CoachedSession) -> [[String]] {
        let fixed = [session.beritaAcara, session.batch, session.nip.description, session.date.description, session.coach,
                     session.aspects.joined(separator: " ")]
        if session.commitments.isEmpty { return [fixed + ["", ""]] }
        return session.commitments.map { fixed + [$0.text, $0.target.description] }
    }
}
