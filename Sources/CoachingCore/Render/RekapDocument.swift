import CompiledMustache

/// The summary (rekap) of a batch's minutes, in the form of the other documents: letterhead,
/// the Jadwal it belongs to, the sessions held, absent and not yet reported with each Berita
/// Acara's number and state, the coachees' commitments in the order they fall due, and the
/// Penyaji Bahan Penilaian's signature with the day it was drawn.
///
/// It is drawn again whenever a Berita Acara changes state (drawn, approved, received), so it
/// always says where the batch stands; it is marked KONSEP while any session is unreported or
/// any Berita Acara is still a draft.
public struct RekapDocument: Sendable {
    public let jadwal: JadwalRecord
    /// The sessions reported, each with its notes (from the worksheet or read back from its Berita Acara).
    public let items: [MinutesPlan.Item]
    /// Berita Acara number by session.
    public let numbers: [Int: String]
    /// Each Berita Acara's state by session: `konsep`, `disetujui`, `diterima`, `diarsipkan`.
    public let states: [Int: String]
    public let configuration: Configuration
    /// The day the rekap is drawn: its date line.
    public let drawnOn: CivilDate
    /// The batch's working days: a commitment due on a day off is marked with the next working day.
    public let calendar: WorkingDayCalendar

    public init(jadwal: JadwalRecord, items: [MinutesPlan.Item], numbers: [Int: String], states: [Int: String] = [:],
                configuration: Configuration = Configuration(), drawnOn: CivilDate, calendar: WorkingDayCalendar = WorkingDayCalendar()) {
        self.jadwal = jadwal
        self.items = items
        self.numbers = numbers
        self.states = states
        self.configuration = configuration
        self.drawnOn = drawnOn
        self.calendar = calendar
    }

    /// The rekap as `minutes` draws it: every Berita Acara it writes is a draft until approved.
    public init(jadwal: JadwalRecord, plan: MinutesPlan, numbers: [Int: String], states: [Int: String] = [:],
                configuration: Configuration = Configuration(), drawnOn: CivilDate, calendar: WorkingDayCalendar = WorkingDayCalendar()) {
        self.init(jadwal: jadwal, items: plan.ready, numbers: numbers, states: states, configuration: configuration, drawnOn: drawnOn, calendar: calendar)
    }

    public static let schema: TemplateSchema = {
        guard case .object(var fields) = DocumentSchemas.base else { return DocumentSchemas.base }
        fields["rekap"] = .object([
            "nomorJadwal": .required, "batasWaktu": .required, "dijadwalkan": .required, "hadir": .required,
            "tidakHadir": .required, "belum": .required, "jumlahKomitmen": .required, "keadaan": .required,
            "sesi": .list(.object(["no": .required, "tanggal": .required, "nama": .required, "nip": .required,
                                   "keadaan": .required, "nomor": .text, "status": .text])),
            "komitmen": .list(.object(["target": .required, "nama": .required, "nip": .required, "teks": .required, "hariLibur": .text])),
        ])
        return .object(fields)
    }()

    private static let sessionShape = TemplateShape(["no", "tanggal", "nama", "nip", "keadaan", "nomor", "status"])
    private static let commitmentShape = TemplateShape(["target", "nama", "nip", "teks", "hariLibur"])

    public var held: Int { items.count { $0.notes.attendance == .held } }
    public var absent: Int { items.count { $0.notes.attendance == .absent } }

    /// Final once every session is reported and every Berita Acara approved.
    public var isDraft: Bool {
        items.count < jadwal.entries.count || jadwal.entries.contains { (states[$0.number] ?? "konsep") == "konsep" }
    }

    /// The Penyaji's name and NIP are needed to sign the rekap; what the settings lack, in words.
    public static func missingSettings(_ configuration: Configuration) -> [String] {
        let penyaji = configuration.people.penyaji
        var missing: [String] = []
        if penyaji.name.trimmingASCIIWhitespace().isEmpty { missing.append("the Penyaji Bahan Penilaian has no name: fill in people.penyaji.name in the batch's coaching.toml") }
        if penyaji.nip == nil { missing.append("the Penyaji Bahan Penilaian has no NIP: fill in people.penyaji.nip in the batch's coaching.toml") }
        return missing
    }

    public var value: TemplateValue {
        let office = configuration.office, penyaji = configuration.people.penyaji
        let ready = Dictionary(items.map { ($0.entry.number, $0) }, uniquingKeysWith: { a, _ in a })
        let sessions: [TemplateValue] = jadwal.entries.map { e in
            let item = ready[e.number]
            let state = switch item?.notes.attendance {
            case .held: item?.isMakeUp == true ? "hadir (sesi pengganti)" : "hadir"
            case .absent:
                if let slot = item?.makeUp?.slot { "tidak hadir; pengganti diusulkan \(slot.date.indonesian), \(slot.timeText)" }
                else if item?.makeUp != nil { "tidak hadir; diikutsertakan pada Jadwal berikutnya" }
                else { "tidak hadir" }
            default: "belum dilaporkan"
            }
            return .object(Self.sessionShape, .string(String(e.number)), .string((ready[e.number]?.notes.heldOn ?? e.date).indonesian),
                           .string(JadwalDocument.cased(e.nama, office.nameCase)), .string(e.nip.description), .string(state),
                           .optional(numbers[e.number]), .optional(numbers[e.number] == nil ? nil : states[e.number] ?? "konsep"))
        }
        let due = items.flatMap { item in item.notes.commitments.map { (item.entry, $0) } }
            .sorted { ($0.1.target, $0.0.number) < ($1.1.target, $1.0.number) }
        func lines(_ texts: [String]) -> TemplateValue { .list(texts.map { .object(["baris": .string($0)]) }) }
        return .object([
            "kantor": .object(["kop": lines(office.letterhead), "alamat": lines(office.addressLines)]),
            "dokumen": .object(["judul": .string("REKAPITULASI PELAKSANAAN COACHING"), "nomor": .null, "konsep": .bool(isDraft)]),
            "penandatangan": .object([
                "tempatTanggal": .string("\(office.city), \(drawnOn.indonesian)"),
                "pengantar": .string("Disusun oleh,"),
                "atasNama": .null,
                "jabatan": .string(penyaji.position),
                "nama": .string(JadwalDocument.cased(penyaji.name, office.nameCase)),
                "nip": .string(penyaji.nip?.description ?? ""),
            ]),
            "rekap": .object([
                "nomorJadwal": .string(jadwal.number), "batasWaktu": .string(jadwal.deadline.indonesianLong),
                "dijadwalkan": .string(String(jadwal.entries.count)), "hadir": .string(String(held)),
                "tidakHadir": .string(String(absent)), "belum": .string(String(jadwal.entries.count - items.count)),
                "jumlahKomitmen": .string(String(due.count)),
                "keadaan": .string(stateSentence),
                "sesi": .list(sessions),
                "komitmen": .list(due.map { e, c in
                    .object(Self.commitmentShape, .string(c.target.indonesian), .string(JadwalDocument.cased(e.nama, office.nameCase)),
                            .string(e.nip.description), .string(c.text), .optional(dayOffNote(c.target)))
                }),
            ]),
        ])
    }

    /// "Keadaan per 11 Desember 2026: 20 Berita Acara, 20 disetujui, 18 diterima Kepala Kantor; 0 sesi belum dilaporkan."
    var stateSentence: String {
        let drawn = jadwal.entries.filter { numbers[$0.number] != nil }.map { states[$0.number] ?? "konsep" }
        let approved = drawn.count { $0 != "konsep" }
        let received = drawn.count { $0 == "diterima" || $0 == "diarsipkan" }
        return "Keadaan per \(drawnOn.indonesian): \(drawn.count) Berita Acara, \(approved) disetujui, \(received) diterima Kepala Kantor; "
            + "\(jadwal.entries.count - items.count) sesi belum dilaporkan."
    }

    /// "libur nasional: Hari Raya Natal; hari kerja berikutnya 28 Desember 2026", or nil on a working day.
    func dayOffNote(_ date: CivilDate) -> String? {
        guard let off = calendar.dayOff(date) else { return nil }
        let what = off.kind == .weekend ? "hari \(off.name)" : "\(off.kind.rawValue): \(off.name)"
        return "\(what); hari kerja berikutnya \(calendar.nextWorkingDay(after: date).indonesian)"
    }
}
