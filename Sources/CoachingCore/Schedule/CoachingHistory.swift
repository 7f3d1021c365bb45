import LibXML

/// When each person was last coached, read from the Jadwal Coaching of earlier batches under
/// the output root, for the cool-down rule.
public struct CoachingHistory: Sendable {
    public private(set) var lastSession: [NIP: CivilDate] = [:]

    public init() {}

    /// Adds the sessions of one earlier `jadwal-coaching.xml`. A file that is not a valid
    /// Jadwal gets a warning and is passed over: an old batch must not stop a new one.
    /// Problems are said in `language`.
    public mutating func add(_ file: InputFile, language: Language, log: inout DiagnosticLog) {
        let schema = InputSchemas.jadwal
        guard let reader = StreamingXMLReader(source: XMLSourceAdapter(file.source), name: file.name, schema: schema) else { return }
        var date: CivilDate?
        var found: [(NIP, CivilDate)] = []
        while reader.next() {
            guard reader.kind == .element else { continue }
            var attributes: [String: String] = [:]
            reader.forEachAttribute { name, value in
                attributes[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
            }
            switch reader.localName {
            case "sesi": date = attributes["tanggal"].flatMap { CivilDate(parsing: $0) }
            case "peserta":
                if let date, let text = attributes["nip"], case .valid(let nip, _) = NIP.validate(Array(text.utf8), isPPPK: true) {
                    found.append((nip, date))
                }
            default: break
            }
        }
        guard reader.isValid else {
            log.warning(SourceLocation(file: file.name), language.text(.historyJadwalUnreadable))
            return
        }
        for (nip, date) in found where lastSession[nip].map({ date > $0 }) ?? true { lastSession[nip] = date }
    }
}
