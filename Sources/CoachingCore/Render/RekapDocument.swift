import CompiledMustache

/// The summary (rekap) of a batch's minutes: sessions held, absent and pending, and the
/// coachees' commitments in the order they fall due.
public struct RekapDocument: Sendable {
    public let jadwal: JadwalRecord
    public let plan: MinutesPlan
    /// Berita Acara number by session.
    public let numbers: [Int: String]
    /// The batch's working days: a commitment due on a day off is marked with the next working day.
    public let calendar: WorkingDayCalendar

    public init(jadwal: JadwalRecord, plan: MinutesPlan, numbers: [Int: String], calendar: WorkingDayCalendar = WorkingDayCalendar()) {
        self.jadwal = jadwal
        self.plan = plan
        self.numbers = numbers
        self.calendar = calendar
    }

    public static let schema = TemplateSchema.object([
        "rekap": .object([
            "nomorJadwal": .required, "batasWaktu": .required, "dijadwalkan": .required, "hadir": .required,
            "tidakHadir": .required, "belum": .required, "jumlahKomitmen": .required,
            "sesi": .list(.object(["no": .required, "tanggal": .required, "nama": .required, "nip": .required,
                                   "keadaan": .required, "nomor": .text])),
            "komitmen": .list(.object(["target": .required, "nama": .required, "nip": .required, "teks": .required, "hariLibur": .text])),
        ]),
    ])

    private static let sessionShape = TemplateShape(["no", "tanggal", "nama", "nip", "keadaan", "nomor"])
    private static let commitmentShape = TemplateShape(["target", "nama", "nip", "teks", "hariLibur"])

    public var held: Int { plan.ready.count { $0.notes.attendance == .held } }
    public var absent: Int { plan.ready.count { $0.notes.attendance == .absent } }

    public var value: TemplateValue {
        let ready = Dictionary(plan.ready.map { ($0.entry.number, $0) }, uniquingKeysWith: { a, _ in a })
        let sessions: [TemplateValue] = jadwal.entries.map { e in
            let state = switch ready[e.number]?.notes.attendance {
            case .held: "hadir"
            case .absent: "tidak hadir"
            default: "belum dilaporkan"
            }
            return .object(Self.sessionShape, .string(String(e.number)), .string((ready[e.number]?.notes.heldOn ?? e.date).indonesian),
                           .string(e.nama), .string(e.nip.description), .string(state), .string(numbers[e.number] ?? ""))
        }
        let due = plan.ready.flatMap { item in item.notes.commitments.map { (item.entry, $0) } }
            .sorted { ($0.1.target, $0.0.number) < ($1.1.target, $1.0.number) }
        return .object(["rekap": .object([
            "nomorJadwal": .string(jadwal.number), "batasWaktu": .string(jadwal.deadline.indonesianLong),
            "dijadwalkan": .string(String(jadwal.entries.count)), "hadir": .string(String(held)),
            "tidakHadir": .string(String(absent)), "belum": .string(String(jadwal.entries.count - plan.ready.count)),
            "jumlahKomitmen": .string(String(due.count)),
            "sesi": .list(sessions),
            "komitmen": .list(due.map { e, c in
                .object(Self.commitmentShape, .string(c.target.indonesian), .string(e.nama), .string(e.nip.description), .string(c.text),
                        .optional(dayOffNote(c.target)))
            }),
        ])])
    }

    /// "libur: Hari Raya Natal; hari kerja berikutnya 28 Desember 2026", or nil on a working day.
    func dayOffNote(_ date: CivilDate) -> String? {
        guard let off = calendar.dayOff(date) else { return nil }
        let what = off.kind == .weekend ? "hari \(off.name)" : "\(off.kind.rawValue): \(off.name)"
        return "\(what); hari kerja berikutnya \(calendar.nextWorkingDay(after: date).indonesian)"
    }
}
