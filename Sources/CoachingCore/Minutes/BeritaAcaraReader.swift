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

    public static func read(_ file: InputFile, log: inout DiagnosticLog) -> Record? {
        guard let root = XMLElementNode.read(file, xsd: "berita-acara-coaching.xsd", log: &log) else { return nil }
        func nip(_ text: String?) -> NIP? {
            guard let text, case .valid(let nip, _) = NIP.validate(Array(text.utf8), isPPPK: true) else { return nil }
            return nip
        }
        func person(_ node: XMLElementNode?) -> Configuration.Person {
            Configuration.Person(name: node?.attribute("nama") ?? "", nip: nip(node?.attribute("nip")), position: node?.attribute("jabatan") ?? "")
        }
        func minutes(_ text: String?) -> Int {
            let parts = (text ?? "").split(separator: ":")
            return parts.count == 2 ? (Int(parts[0]) ?? 0) * 60 + (Int(parts[1]) ?? 0) : 0
        }
        guard let held = root.child("pelaksanaan"), let date = held.attribute("tanggal").flatMap({ CivilDate(parsing: $0) }),
              let peserta = root.child("peserta"), let coachee = nip(peserta.attribute("nip")),
              let session = root.attribute("sesi").flatMap({ Int($0) }) else {
            log.error(SourceLocation(file: file.name), "this Berita Acara lacks its date, coachee or session")
            return nil
        }
        let focus = root.children("fokus").map { f in
            FocusArea(aspect: f.attribute("aspek") ?? "", score: f.attribute("nilai").flatMap { Double($0) },
                      minimum: f.attribute("batas").flatMap { Double($0) },
                      recommendations: f.children("rekomendasi").map { r in
                          FocusRecommendation(id: r.attribute("id") ?? "", prioritas: Prioritas(parsing: r.attribute("prioritas") ?? "") ?? .sedang,
                                              temuan: r.child("temuan")?.text ?? "", rekomendasi: r.child("saran")?.text ?? "")
                      })
        }
        let entry = JadwalRecord.Entry(
            number: session, date: date, start: minutes(held.attribute("mulai")), end: minutes(held.attribute("selesai")),
            place: held.attribute("tempat") ?? "", nip: coachee, nama: peserta.attribute("nama") ?? "",
            jabatan: peserta.attribute("jabatan") ?? "", tim: peserta.attribute("tim") ?? "",
            coach: person(root.child("pelatih")), assessor: person(root.child("pendamping")),
            agenda: root.child("agenda")?.text ?? "", focus: focus)
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
                      approvedOn: root.attribute("disetujui").flatMap { CivilDate(parsing: $0) },
                      item: MinutesPlan.Item(entry: entry, notes: notes))
    }
}
