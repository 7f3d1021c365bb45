/// The worksheet as a workbook, `lembar-kerja.xlsx`: the same columns as the CSV, but a
/// spreadsheet cannot damage it. What coaching filled in (who, when, where, the agenda) is text,
/// grey and locked, so a NIP keeps its 18 digits and a time stays `07.30`; the columns to fill
/// in are unlocked; `hadir` offers ya / tidak; dates are real dates shown `dd/mm/yyyy`. A second
/// sheet says in Indonesian how to fill it in.
extension Worksheet {
    /// The sheet's name, as the instructions call it.
    public static let sheetName = "Lembar Kerja"

    /// The columns the Quality Assessor fills in; the others are coaching's and locked.
    static let inputColumns: Set<String> = ["hadir", "pembahasan", "komitmen", "target_tanggal", "tindak_lanjut", "catatan"]
    /// Filled in by coaching but open to the Quality Assessor: the day, changed to the make-up
    /// day when a no-show's make-up session is recorded.
    static let correctableColumns: Set<String> = ["tanggal"]

    /// Width in characters of each column: wide enough for its usual content, text wraps beyond.
    static let widths: [String: Double] = [
        "sesi": 6, "tanggal": 12, "mulai": 7, "selesai": 7, "nip": 21, "nama": 24, "jabatan": 21, "tim": 9, "pelatih": 24,
        "pendamping": 24, "tempat": 22, "agenda": 48, "hadir": 8, "pembahasan": 48, "komitmen": 44, "target_tanggal": 15,
        "tindak_lanjut": 36, "catatan": 30,
    ]

    /// The workbook for `schedule`.
    public static func workbook(for schedule: Schedule, names: DisplayNames = DisplayNames()) -> Workbook {
        var sheet = Workbook.Sheet(name: sheetName)
        sheet.columnWidths = columns.map { widths[$0] ?? 12 }
        sheet.rows = [columns.map { Workbook.Cell(.text($0), .header) }]
        for s in schedule.sessions {
            let identity: [String: Workbook.Cell.Value] = [
                "sesi": .text(String(s.number)), "tanggal": .date(s.date), "mulai": .text(Session.clock(s.start)),
                "selesai": .text(Session.clock(s.end)), "nip": .text(s.candidate.nip.description), "nama": .text(s.candidate.nama),
                "jabatan": .text(s.candidate.jabatan.rawValue), "tim": .text(s.candidate.tim), "pelatih": .text(s.coach.name),
                "pendamping": .text(s.assessor.name), "tempat": .text(s.place), "agenda": .text(JadwalDocument.agenda(s.candidate, names: names)),
            ]
            sheet.rows.append(columns.map { name in
                if inputColumns.contains(name) { return Workbook.Cell(.empty, name == "target_tanggal" ? .inputDate : .input) }
                let value = identity[name] ?? .empty
                if correctableColumns.contains(name) { return Workbook.Cell(value, .inputDate) }
                if case .date = value { return Workbook.Cell(value, .identityDate) }
                return Workbook.Cell(value, .identity)
            })
        }
        // A spreadsheet does not grow rows to their wrapped text when it opens a file: the
        // agenda and names must show whole without the Quality Assessor resizing rows.
        sheet.fitRowHeights()
        sheet.frozenRows = 1
        sheet.isProtected = true
        sheet.landscape = true
        sheet.printTitleRows = 1
        if let hadir = columns.firstIndex(of: "hadir"), !schedule.sessions.isEmpty {
            sheet.lists = [Workbook.ListValidation(column: hadir + 1, rows: 2...(schedule.sessions.count + 1), values: ["ya", "tidak"],
                                          error: "Pilih ya (sesi berlangsung) atau tidak (peserta tidak hadir); kosongkan bila sesi belum berlangsung.")]
        }
        return Workbook(sheets: [sheet, instructions()])
    }

    /// The bytes of `lembar-kerja.xlsx`, stamped with the day the batch was assigned: the same
    /// schedule gives the same file.
    public static func xlsx(for schedule: Schedule, names: DisplayNames = DisplayNames()) throws -> [UInt8] {
        try workbook(for: schedule, names: names).xlsx(date: schedule.assignedOn)
    }

    /// The second sheet: how to fill in the first.
    static func instructions() -> Workbook.Sheet {
        var sheet = Workbook.Sheet(name: "Petunjuk")
        sheet.columnWidths = [100]
        let lines: [(String, Workbook.CellStyle)] = [
            ("Petunjuk pengisian lembar kerja coaching", .heading),
            ("", .paragraph),
            ("1. Lembar \"\(sheetName)\" berisi satu baris untuk setiap sesi pada Jadwal Coaching. Kolom berwarna abu-abu (sesi, mulai, selesai, nip, nama, jabatan, tim, pelatih, pendamping, tempat, agenda) diisi oleh aplikasi coaching dan dikunci: jangan diubah. Kolom tanggal diisi oleh aplikasi dengan hari yang dijadwalkan.", .paragraph),
            ("2. Setelah sesi berlangsung, Quality Assessor mengisi kolom putih: hadir, pembahasan, komitmen, target_tanggal, tindak_lanjut dan catatan.", .paragraph),
            ("3. hadir: pilih \"ya\" bila sesi berlangsung, \"tidak\" bila peserta tidak hadir (tulis alasannya di kolom catatan). Biarkan kosong selama sesi belum berlangsung.", .paragraph),
            ("4. pembahasan: apa yang dibahas dalam sesi. Wajib diisi bila hadir \"ya\".", .paragraph),
            ("5. komitmen: satu komitmen per baris di dalam sel (Alt+Enter di Excel, Ctrl+Enter di LibreOffice). Wajib diisi bila hadir \"ya\".", .paragraph),
            ("6. target_tanggal: tanggal komitmen harus dipenuhi, ditulis dd/mm/yyyy (misalnya 11/12/2026). Satu tanggal untuk setiap komitmen, satu per baris dengan urutan yang sama, atau satu tanggal untuk semua komitmen.", .paragraph),
            ("7. tindak_lanjut dan catatan: bila perlu.", .paragraph),
            ("8. Coaching pengganti: bila peserta tidak hadir, Berita Acara Ketidakhadiran mengusulkan hari coaching pengganti. Setelah coaching pengganti dilaksanakan pada hari itu, isi kembali baris sesi yang sama: hadir \"ya\" (atau \"tidak\" bila peserta kembali tidak hadir) dan tanggal diganti dengan hari coaching pengganti.", .paragraph),
            ("9. Simpan tetap sebagai .xlsx, tanpa mengubah nama kolom. Lalu jalankan: coaching minutes NOMOR-BATCH --notes lembar-kerja.xlsx", .paragraph),
            ("Bagi yang lebih suka CSV, lembar-kerja.csv di folder yang sama berisi kolom yang sama dan dapat diisi dengan cara yang sama.", .paragraph),
            ("Lembar dilindungi tanpa kata sandi hanya agar kolom abu-abu tidak terubah tanpa sengaja.", .paragraph),
        ]
        sheet.rows = lines.map { [Workbook.Cell($0.0.isEmpty ? .empty : .text($0.0), $0.1)] }
        sheet.isProtected = true
        return sheet
    }
}
