import CompiledMustache

/// The Tanda Terima Berita Acara Coaching: the Kepala Kantor's receipt of approved Berita Acara
/// (step 9 of the SOP) as a numbered document of its own, signed by who hands them over (the
/// Kepala Seksi PKL) and who receives them (the Kepala Kantor).
///
/// The approved Berita Acara stay byte for byte as they were approved (their hashes are
/// registered); their receipt is recorded here, so nothing in them is left blank for ever.
public struct TandaTerimaDocument: Sendable {
    /// One Berita Acara received.
    public struct Received: Sendable, Equatable {
        public var number: String
        public var session: Int
        public var nip: String
        public var name: String
        /// The session's day.
        public var date: CivilDate
        public var approvedOn: CivilDate
        /// A record of a session the coachee did not attend.
        public var isNoShow: Bool

        public init(number: String, session: Int, nip: String, name: String, date: CivilDate, approvedOn: CivilDate, isNoShow: Bool) {
            self.number = number
            self.session = session
            self.nip = nip
            self.name = name
            self.date = date
            self.approvedOn = approvedOn
            self.isNoShow = isNoShow
        }
    }

    public let number: String
    public let jadwalNumber: String
    public let receivedOn: CivilDate
    public let received: [Received]
    public let configuration: Configuration

    public init(number: String, jadwalNumber: String, receivedOn: CivilDate, received: [Received], configuration: Configuration) {
        self.number = number
        self.jadwalNumber = jadwalNumber
        self.receivedOn = receivedOn
        self.received = received
        self.configuration = configuration
    }

    public static let schema: TemplateSchema = {
        guard case .object(var fields) = DocumentSchemas.base else { return DocumentSchemas.base }
        fields["tt"] = .object([
            "nomorJadwal": .required, "tanggalISO": .required, "jumlah": .required, "jumlahTeks": .required,
            "hari": .required, "tanggalTerbilang": .required, "bulan": .required, "tahunTerbilang": .required,
            "penyerah": .object(["nama": .required, "nip": .required, "jabatan": .required]),
            "beritaAcara": .list(.object(["no": .required, "nomor": .required, "sesi": .required, "nip": .required, "nama": .required,
                                          "tanggal": .required, "tanggalISO": .required, "disetujui": .required, "disetujuiISO": .required,
                                          "tidakHadir": .flag])),
        ])
        return .object(fields)
    }()

    private static let rowShape = TemplateShape(["no", "nomor", "sesi", "nip", "nama", "tanggal", "tanggalISO", "disetujui", "disetujuiISO", "tidakHadir"])

    /// The settings a Tanda Terima needs: who hands over and who receives, named and with NIPs.
    public static func missingSettings(_ configuration: Configuration) -> [String] {
        BeritaAcaraDocument.missingSettings(configuration)
    }

    public var value: TemplateValue {
        let office = configuration.office, people = configuration.people
        func name(_ text: String) -> String { JadwalDocument.cased(text, office.nameCase) }
        func lines(_ texts: [String]) -> TemplateValue { .list(texts.map { .object(["baris": .string($0)]) }) }
        let words = BeritaAcaraDocument.dateInWords(receivedOn)
        let rows: [TemplateValue] = received.enumerated().map { i, r in
            .object(Self.rowShape, .string(String(i + 1)), .string(r.number), .string(String(r.session)), .string(r.nip), .string(name(r.name)),
                    .string(r.date.indonesian), .string(r.date.description), .string(r.approvedOn.indonesian), .string(r.approvedOn.description),
                    .bool(r.isNoShow))
        }
        return .object([
            "kantor": .object(["kop": lines(office.letterhead), "alamat": lines(office.addressLines)]),
            "dokumen": .object(["judul": .string("TANDA TERIMA BERITA ACARA COACHING"), "nomor": .string(number), "konsep": .bool(false)]),
            "penandatangan": .object([
                "tempatTanggal": .string("\(office.city), \(receivedOn.indonesian)"),
                "pengantar": .null, "atasNama": .null,
                "jabatan": .string(people.kepalaKantor.position),
                "nama": .string(name(people.kepalaKantor.name)),
                "nip": .string(people.kepalaKantor.nip?.description ?? ""),
            ]),
            "tt": .object([
                "nomorJadwal": .string(jadwalNumber), "tanggalISO": .string(receivedOn.description),
                "jumlah": .string(String(received.count)), "jumlahTeks": .string(Terbilang.figureAndWords(received.count)),
                "hari": .string(words.day), "tanggalTerbilang": .string(words.date), "bulan": .string(words.month), "tahunTerbilang": .string(words.year),
                "penyerah": .object(["nama": .string(name(people.kepalaSeksiPKL.name)), "nip": .string(people.kepalaSeksiPKL.nip?.description ?? ""),
                                     "jabatan": .string(people.kepalaSeksiPKL.position)]),
                "beritaAcara": .list(rows),
            ]),
        ])
    }
}
