import CompiledMustache

/// One Berita Acara Coaching as data for its templates: the opening sentence with the date
/// in words, the parties, the agenda with the findings behind it, what was discussed, the
/// commitments, the follow-up, and the signature blocks. A no-show gets a short record of
/// its own: who was present (the coach and the Quality Assessor, who sign it), who was absent
/// and why, and what follows (the make-up session proposed, or the next batch).
public struct BeritaAcaraDocument: Sendable {
    /// What every Berita Acara of a batch shares, made once: the settings, the Jadwal's number,
    /// and the parts of the document that do not change from session to session.
    public final class Batch: Sendable {
        public let configuration: Configuration
        public let jadwalNumber: String
        let kantor: TemplateValue
        let receiver: TemplateValue
        let signerName: String

        public init(configuration: Configuration, jadwalNumber: String) {
            self.configuration = configuration
            self.jadwalNumber = jadwalNumber
            func lines(_ texts: [String]) -> TemplateValue { .list(texts.map { .object(Shape.line, .string($0)) }) }
            kantor = .object(Shape.kantor, lines(configuration.office.letterhead), lines(configuration.office.addressLines))
            let nameCase = configuration.office.nameCase, head = configuration.people.kepalaKantor
            receiver = .object(Shape.person, .string(JadwalDocument.cased(head.name, nameCase)), .string(head.nip?.description ?? ""),
                               .string(head.position))
            signerName = JadwalDocument.cased(configuration.people.kepalaSeksiPKL.name, nameCase)
        }
    }

    public let item: MinutesPlan.Item
    public let batch: Batch
    public let number: String
    /// Set once the Kepala Seksi PKL has approved it (step 8).
    public let approvedOn: CivilDate?
    /// 0 for the first version; a correction after approval counts up, with its reason.
    public let revision: Int
    public let revisionReason: String

    public var configuration: Configuration { batch.configuration }
    public var jadwalNumber: String { batch.jadwalNumber }

    public init(item: MinutesPlan.Item, batch: Batch, number: String, approvedOn: CivilDate? = nil, revision: Int = 0,
                revisionReason: String = "") {
        self.item = item
        self.batch = batch
        self.number = number
        self.approvedOn = approvedOn
        self.revision = revision
        self.revisionReason = revisionReason
    }

    /// One document on its own (a batch of one).
    public init(item: MinutesPlan.Item, jadwalNumber: String, number: String, configuration: Configuration,
                approvedOn: CivilDate? = nil, revision: Int = 0, revisionReason: String = "") {
        self.init(item: item, batch: Batch(configuration: configuration, jadwalNumber: jadwalNumber), number: number,
                  approvedOn: approvedOn, revision: revision, revisionReason: revisionReason)
    }

    /// What the Berita Acara's templates may use: the base document and `ba`.
    public static let schema: TemplateSchema = {
        guard case .object(var fields) = DocumentSchemas.base else { return DocumentSchemas.base }
        let person = TemplateSchema.object(["nama": .required, "nip": .required, "jabatan": .required])
        fields["ba"] = .object([
            "status": .required, "hadir": .flag, "kehadiran": .required, "sesi": .required, "nomorJadwal": .required,
            "revisi": .text, "alasanRevisi": .text, "tanggalDisetujuiISO": .text, "tanggalDiterima": .text,
            "hari": .required, "tanggalTerbilang": .required, "bulan": .required, "tahunTerbilang": .required,
            "tanggal": .required, "tanggalISO": .required, "waktu": .required, "mulai": .required, "selesai": .required,
            "tempat": .required,
            "peserta": .object(["nama": .required, "nip": .required, "jabatan": .required, "tim": .required]),
            "pelatih": person, "pendamping": person, "penerima": person,
            "pihak": .list(.object(["no": .required, "nama": .required, "nip": .required, "jabatan": .required, "peran": .required,
                                     "peserta": .flag, "pelatih": .flag, "pendamping": .flag])),
            "agenda": .text, "adaFokus": .flag, "fokus": JadwalDocument.focusSchema,
            "pembahasan": .text, "tindakLanjut": .text, "catatan": .text,
            "komitmen": .list(.object(["no": .required, "teks": .required, "target": .required, "targetISO": .required])),
            "pengganti": .flag, "tanggalDijadwalkan": .required, "tanggalDijadwalkanISO": .text,
            "sesiPengganti": .list(.object(["hariTanggal": .required, "waktu": .required, "tanggalISO": .required, "mulai": .required,
                                            "selesai": .required])),
            "tanpaSesiPengganti": .flag, "batasWaktu": .text, "batasWaktuISO": .text,
        ])
        return .object(fields)
    }()

    /// The settings every Berita Acara needs and the batch's coaching.toml lacks, in words that
    /// say what to fill in where: the Kepala Seksi PKL approves and the Kepala Kantor receives.
    public static func missingSettings(_ configuration: Configuration) -> [String] {
        let people = configuration.people
        var missing: [String] = []
        if people.kepalaSeksiPKL.name.trimmingASCIIWhitespace().isEmpty { missing.append("the Kepala Seksi PKL has no name: fill in people.kepala_seksi_pkl.name in the batch's coaching.toml") }
        if people.kepalaSeksiPKL.nip == nil { missing.append("the Kepala Seksi PKL has no NIP: fill in people.kepala_seksi_pkl.nip in the batch's coaching.toml") }
        if people.kepalaKantor.name.trimmingASCIIWhitespace().isEmpty { missing.append("the Kepala Kantor has no name: fill in people.kepala_kantor.name in the batch's coaching.toml") }
        if people.kepalaKantor.nip == nil { missing.append("the Kepala Kantor has no NIP: fill in people.kepala_kantor.nip in the batch's coaching.toml") }
        return missing
    }

    /// The opening sentence's date: "Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam".
    public static func dateInWords(_ date: CivilDate) -> (day: String, date: String, month: String, year: String) {
        let year = yearWords.indices.contains(date.year - 2000) ? yearWords[date.year - 2000] : Terbilang.words(date.year)
        return (date.dayName, dayWords[date.day], date.monthName, year)
    }

    /// Words made once: every document of a batch spells the same few days and years.
    private static let dayWords = (0...31).map(Terbilang.words)
    private static let yearWords = (2000...2099).map(Terbilang.words)

    /// What a party is in the session; the template writes the words (and italicises the foreign ones).
    enum Role: String {
        case peserta = "peserta coaching", pelatih, pendamping = "Quality Assessor pendamping"
    }

    /// Shapes made once: a batch draws tens of thousands of these.
    fileprivate enum Shape {
        static let root = TemplateShape(["kantor", "dokumen", "penandatangan", "ba"])
        static let kantor = TemplateShape(["kop", "alamat"])
        static let line = TemplateShape(["baris"])
        static let dokumen = TemplateShape(["judul", "nomor", "konsep"])
        static let signer = TemplateShape(["tempatTanggal", "pengantar", "atasNama", "jabatan", "nama", "nip"])
        static let person = TemplateShape(["nama", "nip", "jabatan"])
        static let coachee = TemplateShape(["nama", "nip", "jabatan", "tim"])
        static let party = TemplateShape(["no", "nama", "nip", "jabatan", "peran", "peserta", "pelatih", "pendamping"])
        static let commitment = TemplateShape(["no", "teks", "target", "targetISO"])
        static let makeUp = TemplateShape(["hariTanggal", "waktu", "tanggalISO", "mulai", "selesai"])
        static let ba = TemplateShape([
            "status", "hadir", "kehadiran", "sesi", "nomorJadwal", "revisi", "alasanRevisi", "tanggalDisetujuiISO",
            "tanggalDiterima", "hari", "tanggalTerbilang", "bulan", "tahunTerbilang", "tanggal", "tanggalISO", "waktu",
            "mulai", "selesai", "tempat", "peserta", "pelatih", "pendamping", "penerima", "pihak", "agenda", "adaFokus",
            "fokus", "pembahasan", "tindakLanjut", "catatan", "komitmen", "pengganti", "tanggalDijadwalkan",
            "tanggalDijadwalkanISO", "sesiPengganti", "tanpaSesiPengganti", "batasWaktu", "batasWaktuISO",
        ])
    }

    /// The document's data.
    public var value: TemplateValue {
        let entry = item.entry, notes = item.notes
        let held = notes.heldOn ?? entry.date
        let words = Self.dateInWords(held)
        let configuration = batch.configuration
        let people = configuration.people
        let nameCase = configuration.office.nameCase
        func name(_ text: String) -> String { JadwalDocument.cased(text, nameCase) }
        func person(_ p: Configuration.Person) -> TemplateValue {
            .object(Shape.person, .string(name(p.name)), .string(p.nip?.description ?? ""), .string(p.position))
        }
        let coachee = Configuration.Person(name: entry.nama, nip: entry.nip, position: entry.jabatan)
        let held_ = notes.attendance == .held
        // Held: the three parties of the session. A no-show: those who were there; the coachee
        // is named apart, as absent.
        let parties: [(Configuration.Person, Role)] = (held_ ? [(coachee, .peserta)] : []) + [(entry.coach, .pelatih), (entry.assessor, .pendamping)]
        let makeUp = held_ ? nil : item.makeUp
        let signedOn = approvedOn ?? held
        return .object(Shape.root,
            batch.kantor,
            .object(Shape.dokumen,
                    .string(held_ ? "BERITA ACARA COACHING" : "BERITA ACARA KETIDAKHADIRAN COACHING"),
                    .string(number), .bool(approvedOn == nil)),
            .object(Shape.signer,
                    .string("\(configuration.office.city), \(signedOn.indonesian)"), .string("Menyetujui,"), .null,
                    .string(people.kepalaSeksiPKL.position), .string(batch.signerName),
                    .string(people.kepalaSeksiPKL.nip?.description ?? "")),
            .object(Shape.ba,
                    .string(approvedOn == nil ? "konsep" : "disetujui"),
                    .bool(held_),
                    .string(held_ ? "hadir" : "tidak-hadir"),
                    .string(String(entry.number)),
                    .string(batch.jadwalNumber),
                    .optional(revision > 0 ? String(revision) : nil),
                    .optional(revisionReason),
                    .optional(approvedOn?.description),
                    .null,
                    .string(words.day), .string(words.date), .string(words.month), .string(words.year),
                    .string(held.indonesianLong), .string(held.description),
                    .string(entry.timeText), .string(JadwalDocument.iso(entry.start)), .string(JadwalDocument.iso(entry.end)),
                    .string(entry.place),
                    .object(Shape.coachee, .string(name(entry.nama)), .string(entry.nip.description), .string(entry.jabatan), .string(entry.tim)),
                    person(entry.coach), person(entry.assessor), batch.receiver,
                    .list(parties.enumerated().map { i, p in
                        .object(Shape.party, .string(String(i + 1)), .string(name(p.0.name)), .string(p.0.nip?.description ?? ""),
                                .string(p.0.position), .string(p.1.rawValue), .bool(p.1 == .peserta), .bool(p.1 == .pelatih),
                                .bool(p.1 == .pendamping))
                    }),
                    .string(entry.agenda),
                    .bool(!entry.focus.isEmpty),
                    JadwalDocument.focusValue(entry.focus, names: configuration.names),
                    .optional(notes.discussion),
                    .optional(notes.followUp),
                    .optional(notes.remarks),
                    .list(notes.commitments.enumerated().map { i, c in
                        .object(Shape.commitment, .string(String(i + 1)), .string(c.text), .string(c.target.indonesian), .string(c.target.description))
                    }),
                    .bool(item.isMakeUp), .string(entry.date.indonesianLong), .optional(item.isMakeUp ? entry.date.description : nil),
                    .list(makeUp?.slot.map { slot in
                        [.object(Shape.makeUp, .string(slot.date.indonesianLong), .string(slot.timeText), .string(slot.date.description),
                                 .string(JadwalDocument.iso(slot.start)), .string(JadwalDocument.iso(slot.end)))]
                    } ?? []),
                    .bool(makeUp != nil && makeUp?.slot == nil),
                    .optional(makeUp?.deadline.indonesian), .optional(makeUp?.deadline.description)))
    }
}
