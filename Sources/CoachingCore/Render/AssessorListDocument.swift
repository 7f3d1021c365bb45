import CompiledMustache

/// One Quality Assessor's list of the sessions they accompany (step 5), in time order, each
/// with its preparation sheet to print.
public struct AssessorListDocument: Sendable {
    public let assessor: Configuration.Person
    /// The sessions and the file name of each one's preparation sheet.
    public let sessions: [(session: Session, sheet: String)]
    public let jadwalNumber: String
    public let configuration: Configuration

    public init(assessor: Configuration.Person, sessions: [(session: Session, sheet: String)], jadwalNumber: String, configuration: Configuration) {
        self.assessor = assessor
        self.sessions = sessions
        self.jadwalNumber = jadwalNumber
        self.configuration = configuration
    }

    public static let schema: TemplateSchema = .object([
        "daftar": .object([
            "judul": .required, "nomorJadwal": .required, "nama": .required, "nip": .text, "jumlah": .required,
            "sesi": .list(.object([
                "no": .required, "hariTanggal": .required, "waktu": .required, "nama": .required, "nip": .required,
                "jabatan": .required, "tim": .text, "pelatih": .required, "agenda": .text, "lembar": .required,
            ])),
        ]),
    ])

    public var value: TemplateValue {
        let shape = TemplateShape(["no", "hariTanggal", "waktu", "nama", "nip", "jabatan", "tim", "pelatih", "agenda", "lembar"])
        let rows: [TemplateValue] = sessions.map { s, sheet in
            .object(TemplateObject(shape: shape, values: [
                .string(String(s.number)), .string(s.date.indonesianLong), .string(s.timeText), .string(name(s.candidate.nama)),
                .string(s.candidate.nip.description), .string(s.candidate.jabatan.rawValue), .optional(s.candidate.tim),
                .string(name(s.coach.name)), .optional(JadwalDocument.agenda(s.candidate, names: configuration.names)), .string(sheet),
            ]))
        }
        return .object(["daftar": .object([
            "judul": .string("DAFTAR SESI PENDAMPINGAN COACHING"), "nomorJadwal": .string(jadwalNumber), "nama": .string(name(assessor.name)),
            "nip": .optional(assessor.nip?.description), "jumlah": .string(Terbilang.figureAndWords(sessions.count)), "sesi": .list(rows),
        ])])
    }

    private func name(_ text: String) -> String { JadwalDocument.cased(text, configuration.office.nameCase) }
}
