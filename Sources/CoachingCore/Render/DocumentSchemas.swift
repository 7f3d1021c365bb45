import CompiledMustache

/// The data every official document provides to its templates, and the templates that use it.
///
/// The Jadwal Coaching and the Berita Acara Coaching extend `dokumen.html` and add their own
/// fields to this base when they arrive; `coaching templates check` lints against these.
public enum DocumentSchemas {
    /// Letterhead, title and number, the KONSEP mark, and the signature block.
    public static let base = TemplateSchema.object([
        "kantor": .object([
            "kop": .list(.object(["baris": .required])),
            "alamat": .list(.object(["baris": .text])),
        ]),
        "dokumen": .object([
            "judul": .required,
            // Every numbered document has one; the rekap is not numbered.
            "nomor": .text,
            "konsep": .flag,
        ]),
        "penandatangan": .object([
            "tempatTanggal": .required,
            "pengantar": .text,
            "atasNama": .text,
            "jabatan": .required,
            "nama": .required,
            "nip": .required,
        ]),
    ])

    /// Template file → the data it renders.
    public static let templates: [(file: String, schema: TemplateSchema)] = [
        ("dokumen.html", base),
        ("jadwal-coaching.html", JadwalDocument.schema),
        ("jadwal-coaching.xml", JadwalDocument.schema),
        ("berita-acara-coaching.html", BeritaAcaraDocument.schema),
        ("berita-acara-coaching.xml", BeritaAcaraDocument.schema),
        ("tanda-terima-coaching.html", TandaTerimaDocument.schema),
        ("tanda-terima-coaching.xml", TandaTerimaDocument.schema),
        ("rekap-coaching.html", RekapDocument.schema),
        ("indeks-arsip.html", ArchiveIndexDocument.schema),
        ("pemberitahuan-team-leader.html", TeamLeaderNoticeDocument.schema),
        ("lembar-persiapan.html", PreparationSheetDocument.schema),
        ("daftar-persiapan-qa.html", AssessorListDocument.schema),
    ]
}
