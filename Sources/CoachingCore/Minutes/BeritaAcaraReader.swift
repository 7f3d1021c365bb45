/// Reads a Berita Acara's XML back, so the approval can re-render the final document from the
/// draft itself: what the Kepala Seksi approves is exactly what was drafted.
public enum BeritaAcaraReader {
    public struct Record: Sendable, Equatable {
        public var number: String
        public var jadwalNumber: String
        public var revision: Int
        public var revisionReason: String
        public var approvedOn: CivilDate?
        public var item: MinutesPlan.Item
    }

    /// A no-show record or the Berita Acara of a make-up session, read back (with what a no-show
    /// record says follows, ``MinutesPlan/Item/makeUp``); nil for any other Berita Acara, told
    /// apart by a scan so that a batch's held minutes are not parsed again. For files coaching
    /// wrote: no schema check.
    public static func readNoShowOrMakeUp(_ bytes: [UInt8], name: String, language: Language) -> Record? {
        guard ByteSearch.find(absentAttribute, in: bytes) != nil || ByteSearch.find(makeUpAttribute, in: bytes) != nil else { return nil }
        var log = DiagnosticLog()
        return read(InputFile(name: name, source: MemoryByteSource(bytes)), validate: false, language: language, log: &log)
    }

    private static let absentAttribute = Array(#"kehadiran="tidak-hadir""#.utf8)
    private static let makeUpAttribute = Array(#" dijadwalkan=""#.utf8)

    /// `validate: false` skips the schema, for a file whose hash the register has confirmed.
    /// Problems are said in `language`.
    public static func read(_ file: InputFile, validate: Bool = true, language: Language, log: inout DiagnosticLog) -> Record? {
        guard let root = XMLElementNode.read(file, xsd: validate ? "berita-acara-coaching.xsd" : nil, language: language, log: &log) else { return nil }
        guard let held = root.child("pelaksanaan"), let date = held.date("tanggal"),
              let peserta = root.child("peserta"), let coachee = peserta.nip("nip"),
              let session = root.attribute("sesi").flatMap({ Int($0) }) else {
            log.error(SourceLocation(file: file.name), language.text(.beritaAcaraIncomplete))
            return nil
        }
        // A make-up session names the day the Jadwal scheduled; the time is the one it was held at.
        let entry = JadwalRecord.Entry(
            number: session, date: held.date("dijadwalkan") ?? date, start: held.minutes("mulai"), end: held.minutes("selesai"),
            place: held.attribute("tempat") ?? "", nip: coachee, nama: peserta.attribute("nama") ?? "",
            jabatan: peserta.attribute("jabatan") ?? "", tim: peserta.attribute("tim") ?? "",
            coach: root.child("pelatih")?.person() ?? Configuration.Person(position: ""),
            assessor: root.child("pendamping")?.person() ?? Configuration.Person(position: ""),
            agenda: root.child("agenda")?.text ?? "", focus: root.focusAreas)
        let notes = SessionNotes(
            session: session, location: SourceLocation(file: file.name), heldOn: date, nip: coachee,
            attendance: root.attribute("kehadiran") == "hadir" ? .held : .absent,
            discussion: root.child("pembahasan")?.text ?? "",
            commitments: root.children("komitmen").compactMap { k in
                k.attribute("target").flatMap { CivilDate(parsing: $0) }.map { SessionNotes.Commitment(text: k.text, target: $0) }
            },
            followUp: root.child("tindakLanjut")?.text ?? "", remarks: root.child("catatan")?.text ?? "")
        var makeUp: MakeUp?
        if let proposed = root.child("sesiPengganti"), let day = proposed.date("tanggal"), let deadline = proposed.date("batasWaktu") {
            makeUp = MakeUp(slot: .init(date: day, start: proposed.minutes("mulai"), end: proposed.minutes("selesai")), deadline: deadline)
        } else if let none = root.child("tanpaSesiPengganti"), let deadline = none.date("batasWaktu") {
            makeUp = MakeUp(slot: nil, deadline: deadline)
        }
        return Record(number: root.attribute("nomor") ?? "", jadwalNumber: root.attribute("jadwal") ?? "",
                      revision: root.attribute("revisi").flatMap { Int($0) } ?? 0,
                      revisionReason: root.attribute("alasanRevisi") ?? "",
                      approvedOn: root.date("disetujui"),
                      item: MinutesPlan.Item(entry: entry, notes: notes, makeUp: makeUp))
    }
}
