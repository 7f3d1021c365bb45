import CompiledMustache

/// `index.html` of an archive package: the batch at a glance, every document linked, the SOP's
/// 14-working-day timeline, and three pictures (scores against the threshold, sessions per day,
/// commitments due), drawn as inline SVG without scripts so it opens from a folder anywhere.
/// The geometry is computed here; `indeks-arsip.html` only places the shapes.
public struct ArchiveIndexDocument: Sendable {
    /// One document of the batch, as the index lists it.
    public struct Document: Sendable {
        public var number: String
        public var title: String
        /// 0 for the Jadwal.
        public var session: Int
        public var name: String
        public var nip: String
        public var date: CivilDate
        public var status: String
        public var approvedOn: String?
        public var receivedOn: String?
        /// Relative to the batch folder.
        public var htmlPath: String
        public var xmlPath: String
        /// The signed copy on record (`lampirkan`), relative to the batch folder, and who signed
        /// it (`Ratna Sari (NIP 1980…)`); a scan of the paper signed in ink.
        public var signedPath: String?
        public var signedBy: String?
        public var scanPath: String?

        public init(number: String, title: String, session: Int, name: String, nip: String, date: CivilDate, status: String,
                    approvedOn: String?, receivedOn: String?, htmlPath: String, xmlPath: String, signedPath: String? = nil,
                    signedBy: String? = nil, scanPath: String? = nil) {
            self.signedPath = signedPath
            self.signedBy = signedBy
            self.scanPath = scanPath
            self.number = number
            self.title = title
            self.session = session
            self.name = name
            self.nip = nip
            self.date = date
            self.status = status
            self.approvedOn = approvedOn
            self.receivedOn = receivedOn
            self.htmlPath = htmlPath
            self.xmlPath = xmlPath
        }
    }

    /// An SOP step on the timeline: done on `date` (or from `date` to `until`), or not yet.
    public struct Step: Sendable {
        public var name: String
        public var date: CivilDate?
        public var until: CivilDate?
        /// Done after the SOP's deadline.
        public var late: Bool
        public init(name: String, date: CivilDate?, until: CivilDate? = nil, late: Bool = false) {
            self.name = name
            self.date = date
            self.until = until
            self.late = late
        }
    }

    public var batch: String
    public var jadwal: JadwalRecord
    public var archivedOn: CivilDate
    public var includesDrafts: Bool
    public var documents: [Document]
    public var steps: [Step]
    /// The assignment day and the 14 working days after it.
    public var window: [CivilDate]
    /// Overall quality scores of the coaching candidates, and the minimum they are held to.
    public var scores: [Double]
    public var scoreMinimum: Double
    /// Target dates of the coachees' commitments.
    public var commitmentTargets: [CivilDate]
    /// Other files of the package (inputs, settings, register extracts), relative paths.
    public var otherFiles: [String]

    public init(batch: String, jadwal: JadwalRecord, archivedOn: CivilDate, includesDrafts: Bool, documents: [Document], steps: [Step],
                window: [CivilDate], scores: [Double], scoreMinimum: Double, commitmentTargets: [CivilDate], otherFiles: [String]) {
        self.batch = batch
        self.jadwal = jadwal
        self.archivedOn = archivedOn
        self.includesDrafts = includesDrafts
        self.documents = documents
        self.steps = steps
        self.window = window
        self.scores = scores
        self.scoreMinimum = scoreMinimum
        self.commitmentTargets = commitmentTargets
        self.otherFiles = otherFiles
    }

    static let pictureSchema = TemplateSchema.list(.object([
        "judul": .required, "keterangan": .required, "lebar": .required, "tinggi": .required,
        "kotak": .list(.object(["x": .required, "y": .required, "w": .required, "h": .required, "kelas": .required, "judul": .text])),
        "garis": .list(.object(["x1": .required, "y1": .required, "x2": .required, "y2": .required, "kelas": .required])),
        "teks": .list(.object(["x": .required, "y": .required, "isi": .text, "kelas": .required, "jangkar": .required])),
    ]))

    public static let schema = TemplateSchema.object([
        "arsip": .object([
            "batch": .required, "nomorJadwal": .required, "ditugaskan": .required, "batasWaktu": .required,
            "tanggalArsip": .required, "berisiKonsep": .flag, "jumlahDokumen": .required, "jumlahSesi": .required,
            "hadir": .required, "tidakHadir": .required, "belum": .required, "jumlahKomitmen": .required,
            "dokumen": .list(.object(["nomor": .required, "jenis": .required, "sesi": .text, "nama": .text, "nip": .text,
                                      "tanggal": .required, "status": .required, "disetujui": .text, "diterima": .text,
                                      "html": .required, "xml": .required, "ttd": .text, "ditandatanganiOleh": .text,
                                      "pindaian": .text])),
            "langkah": .list(.object(["nama": .required, "tanggal": .text, "terlambat": .flag])),
            "berkasLain": .list(.object(["jalur": .required])),
            "gambar": pictureSchema,
        ]),
    ])

    private static let documentShape = TemplateShape(["nomor", "jenis", "sesi", "nama", "nip", "tanggal", "status", "disetujui", "diterima", "html", "xml", "ttd", "ditandatanganiOleh", "pindaian"])

    public var value: TemplateValue {
        let minutes = documents.filter { $0.session > 0 }
        let absent = minutes.count { $0.title.lowercased().contains("ketidakhadiran") }
        let rows: [TemplateValue] = documents.map { d in
            .object(Self.documentShape, .string(d.number), .string(d.title), d.session > 0 ? .string(String(d.session)) : .null,
                    Self.optional(d.name), Self.optional(d.nip), .string(d.date.indonesian), .string(d.status),
                    d.approvedOn.flatMap(CivilDate.init(parsing:)).map { .string($0.indonesian) } ?? .null,
                    d.receivedOn.flatMap(CivilDate.init(parsing:)).map { .string($0.indonesian) } ?? .null,
                    .string(d.htmlPath), .string(d.xmlPath), d.signedPath.map(TemplateValue.string) ?? .null,
                    d.signedBy.map(TemplateValue.string) ?? .null, d.scanPath.map(TemplateValue.string) ?? .null)
        }
        var fields: [String: TemplateValue] = [:]
        fields["batch"] = .string(batch)
        fields["nomorJadwal"] = .string(jadwal.number)
        fields["ditugaskan"] = .string(jadwal.assignedOn.indonesianLong)
        fields["batasWaktu"] = .string(jadwal.deadline.indonesianLong)
        fields["tanggalArsip"] = .string(archivedOn.indonesian)
        fields["berisiKonsep"] = .bool(includesDrafts)
        fields["jumlahDokumen"] = .string(String(documents.count))
        fields["jumlahSesi"] = .string(String(jadwal.entries.count))
        fields["hadir"] = .string(String(minutes.count - absent))
        fields["tidakHadir"] = .string(String(absent))
        fields["belum"] = .string(String(jadwal.entries.count - minutes.count))
        fields["jumlahKomitmen"] = .string(String(commitmentTargets.count))
        fields["dokumen"] = .list(rows)
        fields["langkah"] = .list(steps.map(Self.stepValue))
        fields["berkasLain"] = .list(otherFiles.map { .object(["jalur": .string($0)]) })
        fields["gambar"] = .list([timeline().value, scoreChart().value, sessionsChart().value, commitmentsChart().value])
        return .object(["arsip": .object(fields)])
    }

    /// Empty text is truthy in Mustache; absent values must be null for `{{#nip}}` to skip.
    static func optional(_ text: String) -> TemplateValue { text.isEmpty ? .null : .string(text) }

    static func stepValue(_ step: Step) -> TemplateValue {
        var when: TemplateValue = .null
        if let date = step.date {
            if let until = step.until, until != date {
                when = .string("\(date.indonesian) – \(until.indonesian)")
            } else {
                when = .string(date.indonesian)
            }
        }
        return .object(["nama": .string(step.name), "tanggal": when, "terlambat": .bool(step.late)])
    }

    // MARK: - Pictures

    /// Shapes of one SVG picture.
    struct Picture {
        var title: String
        var caption: String
        var width: Int
        var height: Int
        var boxes: [TemplateValue] = []
        var lines: [TemplateValue] = []
        var texts: [TemplateValue] = []

        static let boxShape = TemplateShape(["x", "y", "w", "h", "kelas", "judul"])
        static let lineShape = TemplateShape(["x1", "y1", "x2", "y2", "kelas"])
        static let textShape = TemplateShape(["x", "y", "isi", "kelas", "jangkar"])

        mutating func box(_ x: Int, _ y: Int, _ w: Int, _ h: Int, _ kind: String, _ title: String = "") {
            boxes.append(.object(Self.boxShape, .int(x), .int(y), .int(w), .int(h), .string(kind), title.isEmpty ? .null : .string(title)))
        }
        mutating func line(_ x1: Int, _ y1: Int, _ x2: Int, _ y2: Int, _ kind: String) {
            lines.append(.object(Self.lineShape, .int(x1), .int(y1), .int(x2), .int(y2), .string(kind)))
        }
        mutating func text(_ x: Int, _ y: Int, _ content: String, _ kind: String = "label", anchor: String = "middle") {
            texts.append(.object(Self.textShape, .int(x), .int(y), .string(content), .string(kind), .string(anchor)))
        }

        var value: TemplateValue {
            .object(["judul": .string(title), "keterangan": .string(caption), "lebar": .int(width), "tinggi": .int(height),
                     "kotak": .list(boxes), "garis": .list(lines), "teks": .list(texts)])
        }
    }

    static func short(_ d: CivilDate) -> String { "\(d.day)/\(d.month)" }

    /// Where `date` falls among the window's days: its column, or the first working day after it.
    func column(_ date: CivilDate) -> Int? {
        window.firstIndex { $0 >= date }
    }

    /// The SOP steps against the assignment day and the 14 working days after it.
    func timeline() -> Picture {
        let left = 210, cell = 34, top = 36, row = 24
        var p = Picture(title: "Linimasa 14 hari kerja",
                        caption: "Langkah SOP menurut hari kerja sejak penugasan (hari 0) sampai batas waktu \(jadwal.deadline.indonesian).",
                        width: left + cell * (window.count + 1) + 10, height: top + row * steps.count + 12)
        for (i, day) in window.enumerated() {
            let x = left + i * cell
            p.box(x, top - 4, cell - 2, row * steps.count + 4, i == window.count - 1 ? "batas" : "hari", day.indonesianLong)
            p.text(x + cell / 2, 14, String(i), "kepala")
            p.text(x + cell / 2, 28, Self.short(day), "kecil")
        }
        let late = left + window.count * cell
        p.text(late + cell / 2, 28, "lewat", "kecil")
        for (i, step) in steps.enumerated() {
            let y = top + i * row
            p.text(left - 8, y + 15, step.name, "label", anchor: "end")
            guard let date = step.date else { continue }
            let first = column(date) ?? window.count
            let last = step.until.map { column($0) ?? window.count } ?? first
            let kind = first >= window.count || last >= window.count ? "terlambat" : "selesai"
            let title = step.until.map { "\(step.name): \(date.indonesian) – \($0.indonesian)" } ?? "\(step.name): \(date.indonesian)"
            p.box(left + first * cell + 4, y + 4, (last - first + 1) * cell - 10, row - 8, kind, title)
        }
        return p
    }

    /// How the candidates' quality scores spread, in bands of 5, with the minimum marked.
    func scoreChart() -> Picture {
        let lowest = 50.0, band = 5.0, bands = 10, left = 40, cell = 44, top = 16, height = 140
        var counts = [Int](repeating: 0, count: bands + 1) // the first: below 50
        for s in scores {
            let i = s < lowest ? 0 : min(bands, Int((s - lowest) / band) + 1)
            counts[i] += 1
        }
        let most = max(1, counts.max() ?? 1)
        var p = Picture(title: "Sebaran nilai kualitas",
                        caption: "Nilai kualitas \(scores.count) kandidat; garis merah: batas minimum \(Self.number(scoreMinimum)).",
                        width: left + cell * (bands + 1) + 20, height: top + height + 40)
        for (i, count) in counts.enumerated() {
            let h = count * height / most
            let x = left + i * cell
            let from = i == 0 ? "< \(Int(lowest))" : "\(Int(lowest + Double(i - 1) * band))"
            let below = i == 0 || lowest + Double(i) * band <= scoreMinimum
            p.box(x + 3, top + height - h, cell - 6, h, below ? "bawah" : "atas", "\(from): \(count) orang")
            if count > 0 { p.text(x + cell / 2, top + height - h - 3, String(count), "kecil") }
            p.text(x + cell / 2, top + height + 14, from, "kecil")
        }
        p.line(left, top + height, left + cell * (bands + 1), top + height, "sumbu")
        let at = left + cell + Int((min(max(scoreMinimum, lowest), 100) - lowest) / band * Double(cell))
        p.line(at, top - 6, at, top + height + 4, "ambang")
        p.text(at, top + height + 30, "batas \(Self.number(scoreMinimum))", "ambang")
        return p
    }

    /// Sessions per working day across the window, as a calendar strip.
    func sessionsChart() -> Picture {
        var perDay: [CivilDate: Int] = [:]
        for e in jadwal.entries { perDay[e.date, default: 0] += 1 }
        let left = 20, cell = 44, top = 16, height = 100
        let most = max(1, perDay.values.max() ?? 1)
        var p = Picture(title: "Sesi per hari",
                        caption: "Sesi pada setiap hari kerja; total \(jadwal.entries.count) sesi.",
                        width: left + cell * window.count + 20, height: top + height + 44)
        for (i, day) in window.enumerated() {
            let count = perDay[day] ?? 0, h = count * height / most, x = left + i * cell
            p.box(x + 3, top + height - h, cell - 6, h, "sesi", "\(day.indonesianLong): \(count) sesi")
            if count > 0 { p.text(x + cell / 2, top + height - h - 3, String(count), "kecil") }
            p.text(x + cell / 2, top + height + 14, Self.short(day), "kecil")
            p.text(x + cell / 2, top + height + 28, String(day.dayName.prefix(3)), "kecil")
        }
        p.line(left, top + height, left + cell * window.count, top + height, "sumbu")
        return p
    }

    /// Commitments falling due, per week (from Monday).
    func commitmentsChart() -> Picture {
        var perWeek: [CivilDate: Int] = [:]
        for t in commitmentTargets { perWeek[t.adding(days: 1 - t.weekday), default: 0] += 1 }
        let weeks = perWeek.keys.sorted().prefix(26)
        let left = 20, cell = 52, top = 16, height = 100
        let most = max(1, perWeek.values.max() ?? 1)
        var p = Picture(title: "Komitmen jatuh tempo",
                        caption: weeks.isEmpty ? "Belum ada komitmen yang dicatat."
                            : "Komitmen peserta menurut minggu target (\(commitmentTargets.count) komitmen).",
                        width: left + cell * max(1, weeks.count) + 20, height: top + height + 30)
        for (i, week) in weeks.enumerated() {
            let count = perWeek[week] ?? 0, h = count * height / most, x = left + i * cell
            p.box(x + 4, top + height - h, cell - 8, h, week <= archivedOn ? "lewat" : "komitmen",
                  "minggu \(week.indonesian): \(count) komitmen")
            p.text(x + cell / 2, top + height - h - 3, String(count), "kecil")
            p.text(x + cell / 2, top + height + 14, Self.short(week), "kecil")
        }
        p.line(left, top + height, left + cell * max(1, weeks.count), top + height, "sumbu")
        return p
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() ? String(Int(d)) : String(d).replacingOccurrences(of: ".", with: ",")
    }
}
