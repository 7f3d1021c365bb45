import CompiledMustache

/// One Berita Acara Coaching as data for its templates: the opening sentence with the date
/// in words, the parties, the agenda with the findings behind it, what was discussed, the
/// commitments, the follow-up, and the signature blocks. A no-show gets a short record.
public struct BeritaAcaraDocument: Sendable {
    public let item: MinutesPlan.Item
    public let jadwalNumber: String
    public let number: String
    public let configuration: Configuration
    /// Set once the Kepala Seksi PKL has approved it (step 8).
    public let approvedOn: CivilDate?
    /// 0 for the first version; a correction after approval counts up, with its reason.
    public let revision: Int
    public let revisionReason: String

    public init(item: MinutesPlan.Item, jadwalNumber: String, number: String, configuration: Configuration,
                approvedOn: CivilDate? = nil, revision: Int = 0, revisionReason: String = "") {
        self.item = item
        self.jadwalNumber = jadwalNumber
        self.number = number
        self.configuration = configuration
        self.approvedOn = approvedOn
        self.revision = revision
        self.revisionReason = revisionReason
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
            "pihak": .list(.object(["no": .required, "nama": .required, "nip": .required, "jabatan": .required, "peran": .required])),
            "agenda": .text, "adaFokus": .flag, "fokus": JadwalDocument.focusSchema,
            "pembahasan": .text, "tindakLanjut": .text, "catatan": .text,
            "komitmen": .list(.object(["no": .required, "teks": .required, "target": .required, "targetISO": .required])),
        ])
        return .object(fields)
    }()

    /// The opening sentence's date: "Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam".
    public static func dateInWords(_ date: CivilDate) -> (day: String, date: String, month: String, year: String) {
        (date.dayName, Terbilang.words(date.day), date.monthName, Terbilang.words(date.year))
    }

    /// The document's data.
    public var value: TemplateValue {
        let entry = item.entry, notes = item.notes
        let held = notes.heldOn ?? entry.date
        let words = Self.dateInWords(held)
        let people = configuration.people
        let jadwal = JadwalDocument(record: JadwalRecord(number: jadwalNumber, assignedOn: held, deadline: held, entries: []),
                                    configuration: configuration)
        func person(_ p: Configuration.Person) -> TemplateValue {
            .object(["nama": .string(jadwal.name(p.name)), "nip": .string(p.nip?.description ?? ""), "jabatan": .string(p.position)])
        }
        let coachee = Configuration.Person(name: entry.nama, nip: entry.nip, position: entry.jabatan)
        var parties: [(Configuration.Person, String)] = [(coachee, "peserta coaching")]
        if notes.attendance == .held { parties.append((entry.coach, "pelatih (coach)")) }
        parties.append((entry.assessor, "Quality Assessor pendamping"))
        let commitments: [TemplateValue] = notes.commitments.enumerated().map { i, c in
            .object(["no": .string(String(i + 1)), "teks": .string(c.text), "target": .string(c.target.indonesian),
                     "targetISO": .string(c.target.description)])
        }
        let signedOn = approvedOn ?? held
        return .object([
            "kantor": .object([
                "kop": .list(configuration.office.letterhead.map { .object(["baris": .string($0)]) }),
                "alamat": .list(configuration.office.addressLines.map { .object(["baris": .string($0)]) }),
            ]),
            "dokumen": .object([
                "judul": .string(notes.attendance == .held ? "BERITA ACARA COACHING" : "BERITA ACARA KETIDAKHADIRAN COACHING"),
                "nomor": .string(number), "konsep": .bool(approvedOn == nil),
            ]),
            "penandatangan": .object([
                "tempatTanggal": .string("\(configuration.office.city), \(signedOn.indonesian)"),
                "atasNama": .null,
                "jabatan": .string(people.kepalaSeksiPKL.position),
                "nama": .string(jadwal.name(people.kepalaSeksiPKL.name)),
                "nip": .string(people.kepalaSeksiPKL.nip?.description ?? ""),
            ]),
            "ba": .object([
                "status": .string(approvedOn == nil ? "konsep" : "disetujui"),
                "hadir": .bool(notes.attendance == .held),
                "kehadiran": .string(notes.attendance == .held ? "hadir" : "tidak-hadir"),
                "sesi": .string(String(entry.number)),
                "nomorJadwal": .string(jadwalNumber),
                "revisi": .optional(revision > 0 ? String(revision) : nil),
                "alasanRevisi": .optional(revisionReason),
                "tanggalDisetujuiISO": .optional(approvedOn?.description),
                "tanggalDiterima": .null,
                "hari": .string(words.day), "tanggalTerbilang": .string(words.date), "bulan": .string(words.month),
                "tahunTerbilang": .string(words.year),
                "tanggal": .string(held.indonesianLong), "tanggalISO": .string(held.description),
                "waktu": .string(entry.timeText),
                "mulai": .string(JadwalDocument.iso(entry.start)), "selesai": .string(JadwalDocument.iso(entry.end)),
                "tempat": .string(entry.place),
                "peserta": .object(["nama": .string(jadwal.name(entry.nama)), "nip": .string(entry.nip.description),
                                    "jabatan": .string(entry.jabatan), "tim": .string(entry.tim)]),
                "pelatih": person(entry.coach), "pendamping": person(entry.assessor), "penerima": person(people.kepalaKantor),
                "pihak": .list(parties.enumerated().map { i, p in
                    .object(["no": .string(String(i + 1)), "nama": .string(jadwal.name(p.0.name)), "nip": .string(p.0.nip?.description ?? ""),
                             "jabatan": .string(p.0.position), "peran": .string(p.1)])
                }),
                "agenda": .string(entry.agenda),
                "adaFokus": .bool(!entry.focus.isEmpty),
                "fokus": JadwalDocument.focusValue(entry.focus),
                "pembahasan": .optional(notes.discussion),
                "tindakLanjut": .optional(notes.followUp),
                "catatan": .optional(notes.remarks),
                "komitmen": .list(commitments),
            ]),
        ])
    }
}
