import CompiledMustache

/// The one-page notice to a Team Leader (step 4): which of their people leave the phones
/// when, so that the team can cover the lines. From the Kepala Seksi PKL, who distributes
/// the Jadwal; not numbered.
public struct TeamLeaderNoticeDocument: Sendable {
    public let notice: Distribution.Notice
    public let jadwal: JadwalRecord
    public let configuration: Configuration

    public init(notice: Distribution.Notice, jadwal: JadwalRecord, configuration: Configuration) {
        self.notice = notice
        self.jadwal = jadwal
        self.configuration = configuration
    }

    public static let schema: TemplateSchema = {
        guard case .object(var fields) = DocumentSchemas.base else { return DocumentSchemas.base }
        fields["pemberitahuan"] = .object([
            "nomorJadwal": .required, "tanggalDisetujui": .required, "teamLeader": .required, "teamLeaderNIP": .required,
            "tim": .text, "jumlahSesi": .required, "jumlahWaktu": .required,
            "sesi": .list(.object([
                "no": .required, "hariTanggal": .required, "waktu": .required, "nama": .required, "nip": .required,
                "jabatan": .required, "sendiri": .flag,
            ])),
            "adaSesi": .flag, "adaPerubahan": .flag,
            "perubahan": .list(.object(["baris": .required])),
        ])
        return .object(fields)
    }()

    public var value: TemplateValue {
        let office = configuration.office, head = configuration.people.kepalaSeksiPKL
        let line = TemplateShape(["baris"])
        func lines(_ texts: [String]) -> TemplateValue { .list(texts.map { .object(TemplateObject(shape: line, values: [.string($0)])) }) }
        let approved = jadwal.approvedOn ?? jadwal.assignedOn
        let minutes = notice.sessions.reduce(0) { $0 + $1.end - $1.start }
        let shape = TemplateShape(["no", "hariTanggal", "waktu", "nama", "nip", "jabatan", "sendiri"])
        let sessions: [TemplateValue] = notice.sessions.map { e in
            .object(TemplateObject(shape: shape, values: [
                .string(String(e.number)), .string(e.date.indonesianLong), .string(e.timeText), .string(name(e.nama)),
                .string(e.nip.description), .string(e.jabatan), .bool(e.nip == notice.leader.nip),
            ]))
        }
        return .object([
            "kantor": .object(["kop": lines(office.letterhead), "alamat": lines(office.addressLines)]),
            "dokumen": .object(["judul": .string("PEMBERITAHUAN JADWAL COACHING"), "nomor": .null, "konsep": .bool(false)]),
            "penandatangan": .object([
                "tempatTanggal": .string("\(office.city), \(approved.indonesian)"), "pengantar": .null, "atasNama": .null,
                "jabatan": .string(head.position), "nama": .string(name(head.name)), "nip": .string(head.nip?.description ?? ""),
            ]),
            "pemberitahuan": .object([
                "nomorJadwal": .string(jadwal.number), "tanggalDisetujui": .string(approved.indonesian),
                "teamLeader": .string(name(notice.leader.name)), "teamLeaderNIP": .string(notice.leader.nip.description),
                "tim": .optional(notice.leader.team), "jumlahSesi": .string(Terbilang.figureAndWords(notice.sessions.count)),
                "jumlahWaktu": .string(Self.duration(minutes)), "sesi": .list(sessions),
                "adaSesi": .bool(!notice.sessions.isEmpty), "adaPerubahan": .bool(!notice.changes.isEmpty),
                "perubahan": lines(notice.changes),
            ]),
        ])
    }

    /// `2 jam 15 menit`, `45 menit`.
    static func duration(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return [h > 0 ? "\(h) jam" : nil, m > 0 || h == 0 ? "\(m) menit" : nil].compactMap { $0 }.joined(separator: " ")
    }

    private func name(_ text: String) -> String { JadwalDocument.cased(text, configuration.office.nameCase) }
}
