import CompiledMustache

/// The Jadwal Coaching as data for its templates: letterhead, number, the basis of the
/// assignment, one row per session, the distribution list and the Kepala Seksi PKL's signature.
public struct JadwalDocument: Sendable {
    public let schedule: Schedule
    public let configuration: Configuration
    public let number: String
    /// Draft until the Kepala Seksi PKL approves it (step 4 of the SOP).
    public let isDraft: Bool

    public init(schedule: Schedule, configuration: Configuration, number: String, isDraft: Bool = true) {
        self.schedule = schedule
        self.configuration = configuration
        self.number = number
        self.isDraft = isDraft
    }

    /// What the Jadwal's templates may use: the base document and `jadwal`.
    public static let schema: TemplateSchema = {
        guard case .object(var fields) = DocumentSchemas.base else { return DocumentSchemas.base }
        fields["jadwal"] = .object([
            "status": .required, "tanggalPenugasan": .required, "tanggalPenugasanISO": .required,
            "batasWaktu": .required, "batasWaktuISO": .required, "jangkaWaktu": .required, "hariKerja": .required,
            "tembusan": .list(.object(["baris": .required])),
            "sesi": .list(.object([
                "no": .required, "hariTanggal": .required, "tanggalISO": .required, "waktu": .required,
                "mulai": .required, "selesai": .required, "nama": .required, "nip": .required, "jabatan": .required,
                "tim": .required, "pelatih": .required, "pelatihNIP": .required, "pendamping": .required,
                "pendampingNIP": .required, "tempat": .required, "agenda": .text,
            ])),
        ])
        return .object(fields)
    }()

    /// Problems that must stop the document: required values that are empty, in words that
    /// say whom to fill in where.
    public func missingValues() -> [String] {
        var seen: Set<String> = []
        return Self.schema.emptyRequiredValues(in: value).map { path in
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
                                          "tim", "pelatih", "pelatihNIP", "pendamping", "pendampingNIP", "tempat", "agenda"])
        let sessions: [TemplateValue] = schedule.sessions.map { s in
            let c = s.candidate
            let values: [TemplateValue] = [
                .string(String(s.number)), .string(s.date.indonesianLong), .string(s.date.description), .string(s.timeText),
                .string(Self.iso(s.start)), .string(Self.iso(s.end)), .string(name(c.nama)), .string(c.nip.description),
                .string(c.jabatan.rawValue), .string(c.tim), .string(name(s.coach.name)), .string(s.coach.nip?.description ?? ""),
                .string(name(s.assessor.name)), .string(s.assessor.nip?.description ?? ""), .string(s.place), .string(Self.agenda(c)),
            ]
            return .object(TemplateObject(shape: sessionShape, values: values))
        }
        return .object([
            "kantor": .object(["kop": lines(office.letterhead), "alamat": lines(office.addressLines)]),
            "dokumen": .object(["judul": .string("JADWAL COACHING"), "nomor": .string(number), "konsep": .bool(isDraft)]),
            "penandatangan": .object([
                "tempatTanggal": .string("\(office.city), \(schedule.assignedOn.indonesian)"),
                "atasNama": .null,
                "jabatan": .string(people.kepalaSeksiPKL.position),
                "nama": .string(name(people.kepalaSeksiPKL.name)),
                "nip": .string(people.kepalaSeksiPKL.nip?.description ?? ""),
            ]),
            "jadwal": .object([
                "status": .string(isDraft ? "konsep" : "disetujui"),
                "tanggalPenugasan": .string(schedule.assignedOn.indonesian),
                "tanggalPenugasanISO": .string(schedule.assignedOn.description),
                "batasWaktu": .string(schedule.deadline.indonesianLong),
                "batasWaktuISO": .string(schedule.deadline.description),
                "jangkaWaktu": .string(Terbilang.figureAndWords(14)),
                "hariKerja": .string("14"),
                "tembusan": lines([people.kepalaKantor.position]),
                "sesi": .list(sessions),
            ]),
        ])
    }

    /// `08:00`, as XML dates and times are written.
    static func iso(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// The session's agenda, in Indonesian: the focus areas with their first recommendation,
    /// else what made the person a candidate.
    static func agenda(_ c: Candidate) -> String {
        if !c.focus.isEmpty {
            return c.focus.map { area in
                let label = area.aspect.replacingUnderscores()
                guard let first = area.recommendations.first else { return label }
                return "\(label): \(first.rekomendasi)"
            }.joined(separator: "; ")
        }
        return c.reasons.map { reason in
            let value = reason.value.map(show) ?? ""
            switch reason.rule {
            case .qualityBelowMinimum: return "nilai kualitas \(value) (batas \(reason.threshold))"
            case .aspectBelowMinimum: return "aspek \(reason.subject.dropFirst(6).replacingUnderscores()) \(value) (batas \(reason.threshold))"
            case .kpiOutsideBand: return "\(reason.subject.dropFirst(4).replacingUnderscores()) \(value) (batas \(reason.threshold))"
            case .highPriorityRecommendation: return "rekomendasi prioritas tinggi \(reason.subject)"
            case .teamShareFlagged: return "kinerja \(reason.subject): \(Int(((reason.value ?? 0) * 100).rounded()))% agen perlu coaching"
            case .teamAverageBelowTarget: return "rata-rata nilai \(reason.subject) \(value) (target \(reason.threshold))"
            }
        }.joined(separator: "; ")
    }

    private static func show(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    private func name(_ text: String) -> String {
        switch configuration.office.nameCase {
        case .asWritten: text
        case .upper: text.uppercased()
        case .title: text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
    }
}

private extension StringProtocol {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
