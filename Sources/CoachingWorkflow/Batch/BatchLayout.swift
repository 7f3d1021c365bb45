/// The names of a batch's files: one place, so the steps that write them, the archive that
/// packs them and the status that looks for them agree.
///
/// A batch lives at `OUTPUT/YEAR/YEAR-NNN/`.
public enum BatchLayout {
    /// The Jadwal Coaching, as the office prints it and as the later steps read it.
    public static let jadwalHTML = "jadwal-coaching.html"
    public static let jadwalXML = "jadwal-coaching.xml"
    /// The candidates and why each was chosen.
    public static let candidates = "kandidat.csv"
    /// The Quality Assessors' worksheet, filled in after the sessions.
    public static let worksheet = "lembar-kerja.csv"
    /// The settings the batch was made with; the later steps use these, not the current ones.
    public static let settings = "coaching.toml"
    /// The fingerprint (sidik) of inputs, settings and templates: the same ones make no new batch.
    public static let fingerprint = "sidik.txt"
    /// Copies of the input files (masukan).
    public static let inputsFolder = "masukan"
    /// One Berita Acara per session: `berita-acara/sesi-007.html` and `.xml`.
    public static let minutesFolder = "berita-acara"
    /// Approved versions kept beside a revision: `berita-acara/revisi/sesi-007-r0.html`.
    public static let revisionsFolder = "berita-acara/revisi"
    /// The summary of held, absent and pending sessions.
    public static let rekap = "rekap-coaching.html"
    /// The browsable index written by the archive step.
    public static let index = "index.html"
    /// The templates whose sources make a Jadwal; their text is part of the fingerprint.
    public static let jadwalTemplates = ["dokumen.html", "kop.html", "tanda-tangan.html", "gaya-cetak.css", jadwalHTML, jadwalXML]

    /// File name of a session's minutes without extension: `sesi-007`, zero-padded to at least
    /// three digits and to the width of the largest session number, so that they sort in order.
    public static func minutesName(session: Int, sessions: Int) -> String {
        let width = max(3, String(sessions).count)
        let digits = String(session)
        return "sesi-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
