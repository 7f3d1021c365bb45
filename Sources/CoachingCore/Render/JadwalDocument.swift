import CompiledMustache

/// The Jadwal Coaching as data for its templates: letterhead, number, the basis of the
/// assignment, one row per session, the distribution list and the Kepala Seksi PKL's signature.
public struct JadwalDocument: Sendable {
    public let record: JadwalRecord
    public let configuration: Configuration
    public var number: String { record.number }
    /// Draft until the Kepala Seksi PKL approves it (step 4 of the SOP).
    public var isDraft: Bool { record.approvedOn == nil }

    public init(record: JadwalRecord, configuration: Configuration) {
        self.record = record
        self.configuration = configuration
    }

    /// The draft of a fresh schedule.
    public init(schedule: Schedule, configuration: Configuration, number: String) {
        self.init(record: JadwalRecord(schedule: schedule, number: number, names: configuration.names), configuration: configuration)
    }

    /// A session's focus areas, shared with the Berita Acara.
    static let focusSchema = TemplateSchema.list(.object([
        "kode": .required, "aspek": .required, "nilai": .text, "adaRekomendasi": .flag, "batas": .text,
        // The same numbers for XML: `62.4`, as `xs:decimal` and the readers take them.
        "nilaiAngka": .text, "batasAngka": .text,
        "rekomendasi": .list(.object(["id": .required, "prioritas": .required, "temuan": .text, "saran": .text])),
    ]))

    /// What the Jadwal's templates may use: the base document and `jadwal`.
    public static let schema: TemplateSchema = {
        guard case .object(var fields) = DocumentSchemas.base else { return DocumentSchemas.base }
        fields["jadwal"] = .object([
            "status": .required, "tanggalDisetujuiISO": .text, "tanggalPenugasan": .required, "tanggalPenugasanISO": .required,
            "batasWaktu": .required, "batasWaktuISO": .required, "jangkaWaktu": .required, "hariKerja": .required,
            "tembusan": .list(.object(["baris": .required])), "tembusanBanyak": .flag,
            // Present only when every session has the same coach; each session's coach is required.
            "pelatihSama": .object(["nama": .text, "nip": .text, "jabatan": .text]), "tempatSama": .text,
            "sesi": .list(.object([
                "no": .required, "hariTanggal": .required, "tanggalISO": .required, "waktu": .required,
                "mulai": .required, "selesai": .required, "nama": .required, "nip": .required, "jabatan": .required,
                "tim": .required, "pelatih": .required, "pelatihNIP": .required, "pendamping": .required,
                "pendampingNIP": .required, "pelatihJabatan": .text, "pendampingJabatan": .text,
                "tempat": .required, "agenda": .text,
                "fokus": focusSchema,
            ])),
        ])
        return .object(fields)
    }()

    /// Problems that must stop the document: required values that are empty, in words that
    /// say whom to fill in where.
    /// `value` is the document's data when the caller has made it already.
    public func missingValues(in value: TemplateValue? = nil) -> [String] {
        var seen: Set<String> = []
        return Self.schema.emptyRequiredValues(in: value ?? self.value).map { path in
            switch path {
            case "penandatangan.nama": "the Kepala Seksi PKL has no name: fill in people.kepala_seksi_pkl.name in coaching.toml"
            case "penandatangan.nip": "the Kepala Seksi PKL has no NIP: fill in people.kepala_seksi_pkl.nip in coaching.toml"
            case let p where p.hasSuffix(".pelatih"): "a coach has no name: fill in people.kepala_seksi_pkl or schedule.stand_in_coaches in coaching.toml"
            case let p where p.hasSuffix(".pelatihNIP"): "a coach has no NIP: fill in people.kepala_seksi_pkl or schedule.stand_in_coaches in coaching.toml"
            case let p where p.hasSuffix(".pendamping"): "a Quality Assessor has no name: fill in people.quality_assessors in coaching.toml"
            case let p where p.hasSuffix(".pendampingNIP"): "a Quality Assessor has no NIP: fill in people.quality_assessors in coaching.toml"
            default: "\(path) is empty"
            }
        }.filter { seen.insert($0).inserted }
    }

    /// The document's data.
    public var value: TemplateValue {
        let office = configuration.office
        let people = configuration.people
        let line = TemplateShape(["baris"])
        func lines(_ texts: [String]) -> TemplateValue { .list(texts.map { .object(TemplateObject(shape: line, values: [.string($0)])) }) }
        let sessionShape = TemplateShape(["no", "hariTanggal", "tanggalISO", "waktu", "mulai", "selesai", "nama", "nip", "jabatan",
                                          "tim", "pelatih", "pelatihNIP", "pelatihJabatan", "pendamping", "pendampingNIP",
                                          "pendampingJabatan", "tempat", "agenda", "fokus"])
        let sessions: [TemplateValue] = record.entries.map { s in
            let values: [TemplateValue] = [
                .string(String(s.number)), .string(s.date.indonesianLong), .string(s.date.description), .string(s.timeText),
                .string(Self.iso(s.start)), .string(Self.iso(s.end)), .string(name(s.nama)), .string(s.nip.description),
                .string(s.jabatan), .string(s.tim), .string(name(s.coach.name)), .string(s.coach.nip?.description ?? ""),
                .string(s.coach.position), .string(name(s.assessor.name)), .string(s.assessor.nip?.description ?? ""),
                .string(s.assessor.position), .string(s.place), .string(s.agenda), Self.focusValue(s.focus, names: configuration.names),
            ]
            return .object(TemplateObject(shape: sessionShape, values: values))
        }
        let signedOn = record.approvedOn ?? record.assignedOn
        // What every session shares is said once above the table, not on every row.
        let coaches = Set(record.entries.map { $0.coach.nip?.description ?? $0.coach.name })
        let places = Set(record.entries.map(\.place))
        let sameCoach: TemplateValue = coaches.count == 1 ? record.entries.first.map { e in
            .object(["nama": .string(name(e.coach.name)), "nip": .string(e.coach.nip?.description ?? ""), "jabatan": .string(e.coach.position)])
        } ?? .null : .null
        let samePlace: TemplateValue = places.count == 1 ? places.first.map { .string($0) } ?? .null : .null
        let copies = [people.kepalaKantor.position]
        return .object([
            "kantor": .object(["kop": lines(office.letterhead), "alamat": lines(office.addressLines)]),
            "dokumen": .object(["judul": .string("JADWAL COACHING"), "nomor": .string(number), "konsep": .bool(isDraft)]),
            "penandatangan": .object([
                "tempatTanggal": .string("\(office.city), \(signedOn.indonesian)"),
                "pengantar": .null,
                "atasNama": .null,
                "jabatan": .string(people.kepalaSeksiPKL.position),
                "nama": .string(name(people.kepalaSeksiPKL.name)),
                "nip": .string(people.kepalaSeksiPKL.nip?.description ?? ""),
            ]),
            "jadwal": .object([
                "status": .string(isDraft ? "konsep" : "disetujui"),
                "tanggalDisetujuiISO": .optional(record.approvedOn?.description),
                "tanggalPenugasan": .string(record.assignedOn.indonesian),
                "tanggalPenugasanISO": .string(record.assignedOn.description),
                "batasWaktu": .string(record.deadline.indonesianLong),
                "batasWaktuISO": .string(record.deadline.description),
                "jangkaWaktu": .string(Terbilang.figureAndWords(14)),
                "hariKerja": .string("14"),
                "tembusan": lines(copies),
                "tembusanBanyak": .bool(copies.count > 1),
                "pelatihSama": sameCoach,
                "tempatSama": samePlace,
                "sesi": .list(sessions),
            ]),
        ])
    }

    /// The focus areas of a session, shared with the Berita Acara.
    static func focusValue(_ focus: [FocusArea], names: DisplayNames) -> TemplateValue {
        .list(focus.map { area in
            .object(focusShape,
                    .string(area.aspect), .string(names.name(area.aspect)), .optional(area.score.map(show)),
                    .optional(area.minimum.map(show)), .optional(area.score.map(decimal)), .optional(area.minimum.map(decimal)),
                    .bool(!area.recommendations.isEmpty),
                    .list(area.recommendations.map { r in
                        .object(recommendationShape, .string(r.id), .string(r.prioritas.rawValue), .string(r.temuan), .string(r.rekomendasi))
                    }))
        })
    }

    private static let focusShape = TemplateShape(["kode", "aspek", "nilai", "batas", "nilaiAngka", "batasAngka", "adaRekomendasi", "rekomendasi"])
    private static let recommendationShape = TemplateShape(["id", "prioritas", "temuan", "saran"])

    /// `08:00`, as XML dates and times are written.
    static func iso(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// The session's agenda, in Indonesian: the aspects to coach by their names, weakest first
    /// ("Kepatuhan SOP, Akurasi Informasi"), else what made the person a candidate. The findings
    /// and recommendations behind them belong in the Berita Acara, not in the schedule.
    static func agenda(_ c: Candidate, names: DisplayNames) -> String {
        var topics: [String] = []
        func add(_ topic: String) { if !topics.contains(topic) { topics.append(topic) } }
        for area in c.focus { add(names.name(area.aspect)) }
        if topics.isEmpty {
            for reason in c.reasons {
                switch reason.rule {
                case .qualityBelowMinimum: add(names.name("nilai_kualitas"))
                case .aspectBelowMinimum, .kpiOutsideBand: add(names.name(reason.subject))
                case .highPriorityRecommendation: add("Rekomendasi \(reason.subject)")
                case .teamShareFlagged: add("Kinerja Tim (\(IndonesianNumber.percent(reason.value ?? 0)) agen menjadi kandidat)")
                case .teamAverageBelowTarget: add("Rata-rata Nilai Tim (\(show(reason.value ?? 0)), target \(reason.threshold.trimmingPrefix("< ")))")
                case .unmetCommitment: add("Tindak Lanjut Komitmen \(reason.subject)")
                case .notImprovedAfterCoaching: add("Tindak Lanjut Coaching \(reason.subject)")
                }
            }
        }
        return topics.joined(separator: ", ")
    }

    /// A score as documents write it: `62,4`.
    static func show(_ x: Double) -> String { IndonesianNumber.format(x) }

    /// A score as XML writes it, to one decimal: `62.4`, `80`.
    static func decimal(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    func name(_ text: String) -> String { Self.cased(text, configuration.office.nameCase) }

    /// A name as the office writes names on documents.
    static func cased(_ text: String, _ nameCase: Configuration.NameCase) -> String {
        switch nameCase {
        case .asWritten: return text
        case .upper: return text.uppercased()
        case .title:
            return text.split(separator: " ").map(titled).joined(separator: " ")
        }
    }

    /// A word of a name as the office writes it: a word typed all in capitals or all in small
    /// letters gets one capital (DEWI, dewi → Dewi); a word with a case of its own (McDonald)
    /// or a dot (the degrees S.Kom., M.M., Dr.) is kept as written.
    static func titled(_ word: Substring) -> String {
        // Most names are ASCII: looked at byte by byte (a batch cases hundreds of thousands).
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var upper = false, lower = false
            for b in utf8 {
                if b == UInt8(ascii: ".") { return String(word) }
                if b >= 0x41 && b <= 0x5A { upper = true } else if b >= 0x61 && b <= 0x7A { lower = true }
            }
            if upper && lower { return String(word) }
            var out = Array(utf8)
            for i in out.indices {
                let b = out[i]
                if i == 0 { if b >= 0x61 && b <= 0x7A { out[i] = b - 32 } } else if b >= 0x41 && b <= 0x5A { out[i] = b + 32 }
            }
            return String(decoding: out, as: UTF8.self)
        }
        if word.contains(".") { return String(word) }
        let letters = word.filter(\.isLetter)
        guard letters.allSatisfy(\.isUppercase) || letters.allSatisfy(\.isLowercase) else { return String(word) }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }
}

extension StringProtocol {
    func replacingUnderscores() -> String { String(decoding: utf8.map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self) }
}

extension TemplateValue {
    /// Text, or nothing when empty: Mustache counts an empty string as true in a section, so
    /// `{{#x}}…{{/x}}` around an optional value needs null, not "".
    static func optional(_ text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return .null }
        return .string(text)
    }
}
