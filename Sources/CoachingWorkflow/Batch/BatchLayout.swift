/// The names of a batch's files: one place, so the steps that write them, the archive that
/// packs them and the status that looks for them agree.
///
/// A batch lives at `OUTPUT/YEAR/YEAR-NNN/`.
package enum BatchLayout {
    /// The Jadwal Coaching, as the office prints it and as the later steps read it.
    package static let jadwalHTML = "jadwal-coaching.html"
    package static let jadwalXML = "jadwal-coaching.xml"
    /// The candidates and why each was chosen.
    package static let candidates = "kandidat.csv"
    /// The same list as a workbook (xlsx), whose NIPs a spreadsheet keeps whole.
    package static let candidatesWorkbook = "kandidat.xlsx"
    /// The Quality Assessors' worksheet, filled in after the sessions.
    package static let worksheet = "lembar-kerja.csv"
    /// The same worksheet as a workbook (xlsx), which a spreadsheet cannot damage.
    package static let worksheetWorkbook = "lembar-kerja.xlsx"
    /// The settings the batch was made with; the later steps use these, not the current ones.
    package static let settings = "coaching.toml"
    /// The fingerprint (sidik) of inputs, settings and templates: the same ones make no new batch.
    package static let fingerprint = "sidik.txt"
    /// Copies of the input files (masukan).
    package static let inputsFolder = "masukan"
    /// One Berita Acara per session: `berita-acara/sesi-007.html` and `.xml`.
    package static let minutesFolder = "berita-acara"
    /// Approved versions kept beside a revision: `berita-acara/revisi/sesi-007-r0.html`.
    package static let revisionsFolder = "berita-acara/revisi"
    /// The Kepala Kantor's receipts: `tanda-terima/tanda-terima-1.html` and `.xml`, one per receipt.
    package static let receiptsFolder = "tanda-terima"
    /// The templates of a Tanda Terima.
    package static let receiptHTML = "tanda-terima-coaching.html"
    package static let receiptXML = "tanda-terima-coaching.xml"

    /// File name of a batch's `ordinal`th Tanda Terima without extension.
    package static func receiptName(_ ordinal: Int) -> String { "tanda-terima-\(ordinal)" }

    /// Step 4, the Jadwal distributed (written at its approval): `distribusi/undangan/sesi-007.ics`
    /// per session, `distribusi/kalender/qa-NIP.ics` per person (`pelatih-`, `qa-`, `tl-`),
    /// `distribusi/pemberitahuan-tl/tl-NIP.html` per Team Leader.
    package static let distributionFolder = "distribusi"
    package static let invitationsFolder = "distribusi/undangan"
    package static let calendarsFolder = "distribusi/kalender"
    package static let noticesFolder = "distribusi/pemberitahuan-tl"
    /// Who leads each coachee's team, taken from the report when the batch is made.
    package static let teamLeaders = "distribusi/team-leader.tsv"
    /// The template of a Team Leader's notice.
    package static let noticeTemplate = "pemberitahuan-team-leader.html"
    /// Step 5, the preparation (written with the batch): `persiapan/sesi-007.html` per session,
    /// `persiapan/qa-NIP.html` per Quality Assessor.
    package static let preparationFolder = "persiapan"
    package static let preparationTemplate = "lembar-persiapan.html"
    package static let assessorListTemplate = "daftar-persiapan-qa.html"

    /// Signed copies (tanda tangan elektronik) handed back to `lampirkan`, mirroring where the
    /// PDF they extend lies: `ttd/berita-acara/sesi-007-ttd.pdf`.
    package static let signedFolder = "ttd"
    /// Scans of the paper signed in ink: `pindaian/berita-acara/sesi-007-pindaian.jpg`.
    package static let scansFolder = "pindaian"

    /// The signed copy of the PDF at `pdf` (a path in the batch folder).
    package static func signedCopy(ofPDF pdf: String) -> String {
        "\(signedFolder)/\(pdf.hasSuffix(".pdf") ? String(pdf.dropLast(4)) : pdf)-ttd.pdf"
    }

    /// The scan of the document whose HTML is at `html` (a path in the batch folder), with its
    /// file type's extension (`pdf`, `jpg`, `png`).
    package static func scan(ofHTML html: String, extension ext: String) -> String {
        "\(scansFolder)/\(html.hasSuffix(".html") ? String(html.dropLast(5)) : html)-pindaian.\(ext)"
    }

    /// The summary of held, absent and pending sessions.
    package static let rekap = "rekap-coaching.html"
    /// The browsable index written by the archive step.
    package static let index = "index.html"
    /// The templates whose sources make a Jadwal; their text is part of the fingerprint.
    package static let jadwalTemplates = ["dokumen.html", "kop.html", "tanda-tangan.html", "gaya-cetak.css", jadwalHTML, jadwalXML]
    /// The templates a Berita Acara (and a no-show record) is drawn from.
    package static let minutesTemplates = ["dokumen.html", "kop.html", "tanda-tangan.html", "gaya-cetak.css",
                                           "berita-acara-coaching.html", "berita-acara-coaching.xml"]

    /// File name of a session's minutes without extension: `sesi-007`, zero-padded to at least
    /// three digits and to the width of the largest session number, so that they sort in order.
    package static func minutesName(session: Int, sessions: Int) -> String {
        let width = max(3, String(sessions).count)
        let digits = String(session)
        return "sesi-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
