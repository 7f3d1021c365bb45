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

    /// `validate: false` skips the schema, for a file whose hash the register has confirmed.
    public static func read(_ file: InputFile, validate: Bool = true, log: inout DiagnosticLog) -> Record? {
        guard let root = XMLElementNode.read(file, xsd: validate ? "berita-acara-coaching.xsd" : nil, log: &log) else { return nil }
        guard let held = root.child("pelaksanaan"), let date = held.date("tanggal"),
              let peserta = root.child("peserta"), let coachee = peserta.nip("nip"),
              let session = root.attribute("sesi").flatMap({ Int($0) }) else {
            log.error(SourceLocation(file: file.name), "this Berita Acara lacks its date, coachee or session")
            return nil
        }
        let entry = JadwalRecord.Entry(
            number: session, date: date, start: held.minutes("mulai"), end: held.minutes("selesai"),
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
        return Record(number: root.attribute("nomor") ?? "", jadwalNumber: root.attribute("jadwal") ?? "",
                      revision: root.attribute("revisi").flatMap { Int($0) } ?? 0,
                      revisionReason: root.attribute("alasanRevisi") ?? "",
                      approvedOn: root.date("disetujui"),
                      item: MinutesPlan.Item(entry: entry, notes: notes))
    }
}
