import LibXML

/// Reads a batch's `jadwal-coaching.xml` back into a `JadwalRecord`: the minutes and the
/// approval work from the batch alone, not from the inputs.
///
/// Streamed straight into records (no element tree): a Jadwal of 24,000 sessions is 27 MB,
/// and building a tree first took 0.7 s of every later command on the batch.
public enum JadwalReader {
    /// `validate: false` skips the schema, for a file the register's hash has confirmed as
    /// the one written. Problems are said in `language`.
    public static func read(_ file: InputFile, validate: Bool = true, language: Language, log: inout DiagnosticLog) -> JadwalRecord? {
        guard let state = parse(file, validate: validate, language: language, log: &log), let assigned = state.assigned, let deadline = state.deadline else { return nil }
        return JadwalRecord(number: state.number, assignedOn: assigned, deadline: deadline, approvedOn: state.approved, entries: state.entries)
    }

    /// A Jadwal the register's hash has confirmed as the one coaching wrote: its sessions are
    /// cut in two at a session boundary, each half wrapped in the root element, and the halves
    /// are read on both cores. A 24,000-session Jadwal (27 MB) is read in every later command on
    /// its batch, so this halves the wait of each. Small files, and any file not laid out as
    /// coaching writes it, are read whole.
    public static func readConfirmed(_ bytes: [UInt8], name: String, language: Language, log: inout DiagnosticLog) -> JadwalRecord? {
        let sessionStart = Array("\n  <sesi ".utf8)
        guard bytes.count >= 1 << 20,
              let rootStart = ByteSearch.find(Array("<jadwalCoaching".utf8), in: bytes),
              let rootEnd = ByteSearch.find([UInt8(ascii: ">")], in: bytes, from: rootStart),
              let firstSession = ByteSearch.find(sessionStart, in: bytes, from: rootEnd),
              let cut = ByteSearch.find(sessionStart, in: bytes, from: max(firstSession + 1, bytes.count / 2)),
              ByteSearch.find(Array("</jadwalCoaching>".utf8), in: bytes, from: cut) != nil
        else { return read(InputFile(name: name, source: MemoryByteSource(bytes)), validate: false, language: language, log: &log) }
        // The second half starts with the root's start tag; its lines count on from where it was cut.
        let skippedLines = bytes[(rootEnd + 1)..<cut].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let halves = [
            (Array(bytes[0..<cut]) + Array("\n</jadwalCoaching>\n".utf8), 0),
            (Array(bytes[0...rootEnd]) + bytes[cut...], skippedLines),
        ]
        let limit = log.limit
        let parsed = halves.parallelMap(minimumPerThread: 1) { half, lineOffset -> (State?, DiagnosticLog) in
            var log = DiagnosticLog(limit: limit)
            let state = parse(InputFile(name: name, source: MemoryByteSource(half)), validate: false, language: language, lineOffset: lineOffset, log: &log)
            return (state, log)
        }
        for (_, halfLog) in parsed { for d in halfLog.diagnostics { log.add(d) } }
        guard let first = parsed[0].0, let second = parsed[1].0, let assigned = first.assigned, let deadline = first.deadline else { return nil }
        return JadwalRecord(number: first.number, assignedOn: assigned, deadline: deadline, approvedOn: first.approved,
                            entries: first.entries + second.entries)
    }

    /// Reads `file` into what the reader saw; nil when it is not well-formed (or, with
    /// `validate`, not valid). `lineOffset` is added to the lines of what is reported.
    private static func parse(_ file: InputFile, validate: Bool, language: Language, lineOffset: Int = 0, log: inout DiagnosticLog) -> State? {
        let adapter = XMLSourceAdapter(file.source)
        guard let reader = StreamingXMLReader(source: adapter, name: file.name, schema: validate ? InputSchemas.jadwal : nil,
                                              issueLimit: log.limit) else {
            log.error(SourceLocation(file: file.name), language.text(.xmlCannotStart))
            return nil
        }
        var state = State(language: language)
        var attributes: [(String, String)] = []
        // Element names are matched on their bytes, and attributes become strings only for
        // the elements that have any we read: 24,000 sessions are some 400,000 elements.
        while reader.next() {
            switch reader.kind {
            case .element:
                guard let name = Element(reader.localNameBytes) else { continue }
                attributes.removeAll(keepingCapacity: true)
                if name.hasAttributes {
                    reader.forEachAttribute { name, value in
                        attributes.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
                    }
                }
                state.open(name, attributes, line: reader.nodeLine + lineOffset, empty: reader.isEmptyElement, file: file.name, log: &log)
            case .text:
                state.text(reader.valueBytes)
            case .endElement:
                guard let name = Element(reader.localNameBytes) else { continue }
                state.close(name, file: file.name, log: &log)
            default: break
            }
        }
        for issue in reader.issues {
            var diagnostic = XMLIngest.diagnostic(issue, file: file.name, language: language)
            if diagnostic.location.line > 0 { diagnostic.location.line += lineOffset }
            log.add(diagnostic)
        }
        log.countUnlisted(errors: reader.droppedIssueCount)
        if let failure = adapter.failure { log.error(SourceLocation(file: file.name), language.text(.xmlReadToEndFailed, ["reason": language.describe(failure, path: file.name)])) }
        guard reader.isValid, adapter.failure == nil else { return nil }
        return state
    }

    /// The elements the reader acts on.
    private enum Element: CaseIterable {
        case jadwalCoaching, penugasan, sesi, peserta, pelatih, pendamping, fokus, rekomendasi, agenda, temuan, saran

        private static let names: [(Element, [UInt8])] = allCases.map { ($0, Array("\($0)".utf8)) }

        init?(_ bytes: UnsafeRawBufferPointer) {
            guard let found = Self.names.first(where: { $0.1.count == bytes.count && $0.1.elementsEqual(bytes) }) else { return nil }
            self = found.0
        }

        var hasAttributes: Bool {
            switch self {
            case .agenda, .temuan, .saran: false
            default: true
            }
        }
    }

    /// What the reader has seen so far.
    private struct State {
        /// The language of the problems found while reading.
        let language: Language
        var number = ""
        var assigned: CivilDate?, deadline: CivilDate?, approved: CivilDate?
        var entries: [JadwalRecord.Entry] = []

        // The session being read.
        var session: (number: Int?, date: CivilDate?, start: Int, end: Int, place: String, line: Int)?
        var coachee: (nip: NIP?, nama: String, jabatan: String, tim: String)?
        var coach: Configuration.Person?, assessor: Configuration.Person?
        var agenda = ""
        var focus: [FocusArea] = []
        /// The element whose text is being collected (agenda, temuan, saran).
        var collecting: Element?
        var collected: [UInt8] = []

        static func value(_ attributes: [(String, String)], _ name: String) -> String? { attributes.first { $0.0 == name }?.1 }
        static func date(_ attributes: [(String, String)], _ name: String) -> CivilDate? { value(attributes, name).flatMap(CivilDate.init(parsing:)) }
        static func nip(_ text: String?) -> NIP? {
            guard let text, case .valid(let nip, _) = NIP.validate(Array(text.utf8), isPPPK: true) else { return nil }
            return nip
        }
        static func minutes(_ text: String?) -> Int {
            let parts = (text ?? "").split(separator: ":")
            return parts.count == 2 ? (Int(parts[0]) ?? 0) * 60 + (Int(parts[1]) ?? 0) : 0
        }
        static func person(_ attributes: [(String, String)], defaultPosition: String) -> Configuration.Person {
            Configuration.Person(name: value(attributes, "nama") ?? "", nip: nip(value(attributes, "nip")),
                                 position: value(attributes, "jabatan").flatMap { $0.isEmpty ? nil : $0 } ?? defaultPosition)
        }

        mutating func open(_ name: Element, _ attributes: [(String, String)], line: Int, empty: Bool, file: String, log: inout DiagnosticLog) {
            switch name {
            case .jadwalCoaching:
                number = Self.value(attributes, "nomor") ?? ""
                approved = Self.date(attributes, "disetujui")
            case .penugasan:
                assigned = Self.date(attributes, "tanggal")
                deadline = Self.date(attributes, "batasWaktu")
            case .sesi:
                session = (Self.value(attributes, "no").flatMap { Int($0) }, Self.date(attributes, "tanggal"),
                           Self.minutes(Self.value(attributes, "mulai")), Self.minutes(Self.value(attributes, "selesai")),
                           Self.value(attributes, "tempat") ?? "", line)
                coachee = nil; coach = nil; assessor = nil; agenda = ""; focus = []
                if empty { close(.sesi, file: file, log: &log) }
            case .peserta:
                coachee = (Self.nip(Self.value(attributes, "nip")), Self.value(attributes, "nama") ?? "",
                           Self.value(attributes, "jabatan") ?? "", Self.value(attributes, "tim") ?? "")
            case .pelatih: coach = Self.person(attributes, defaultPosition: "Kepala Seksi Penjaminan Kualitas Layanan")
            case .pendamping: assessor = Self.person(attributes, defaultPosition: "Quality Assessor")
            case .fokus:
                focus.append(FocusArea(aspect: Self.value(attributes, "aspek") ?? "", score: Self.value(attributes, "nilai").flatMap { Double($0) },
                                       minimum: Self.value(attributes, "batas").flatMap { Double($0) }, recommendations: []))
            case .rekomendasi where !focus.isEmpty:
                focus[focus.count - 1].recommendations.append(FocusRecommendation(
                    id: Self.value(attributes, "id") ?? "", prioritas: Prioritas(parsing: Self.value(attributes, "prioritas") ?? "") ?? .sedang,
                    temuan: "", rekomendasi: ""))
            case .agenda, .temuan, .saran:
                collecting = empty ? nil : name
                collected.removeAll(keepingCapacity: true)
            default: break
            }
        }

        mutating func text(_ bytes: UnsafeRawBufferPointer) {
            if collecting != nil { collected.append(contentsOf: bytes) }
        }

        mutating func close(_ name: Element, file: String, log: inout DiagnosticLog) {
            switch name {
            case .agenda, .temuan, .saran:
                guard collecting == name else { return }
                let text = String(decoding: collected, as: UTF8.self)
                collecting = nil
                if name == .agenda { agenda = text; return }
                guard !focus.isEmpty, !focus[focus.count - 1].recommendations.isEmpty else { return }
                let last = focus[focus.count - 1].recommendations.count - 1
                if name == .temuan { focus[focus.count - 1].recommendations[last].temuan = text }
                else { focus[focus.count - 1].recommendations[last].rekomendasi = text }
            case .sesi:
                guard let s = session else { return }
                session = nil
                guard let number = s.number, let day = s.date, let nip = coachee?.nip else {
                    log.error(SourceLocation(file: file, line: s.line), language.text(.jadwalSessionUnreadable))
                    return
                }
                entries.append(JadwalRecord.Entry(
                    number: number, date: day, start: s.start, end: s.end, place: s.place, nip: nip, nama: coachee?.nama ?? "",
                    jabatan: coachee?.jabatan ?? "", tim: coachee?.tim ?? "",
                    coach: coach ?? Configuration.Person(position: "Kepala Seksi Penjaminan Kualitas Layanan"),
                    assessor: assessor ?? Configuration.Person(position: "Quality Assessor"), agenda: agenda, focus: focus))
            default: break
            }
        }
    }
}
