/// Reads a batch's `jadwal-coaching.xml` back into a `JadwalRecord`: the minutes and the
/// approval work from the batch alone, not from the inputs.
public enum JadwalReader {
    /// `validate: false` skips the schema, for a file the register's hash has confirmed as
    /// the one written (a large Jadwal reads in half the time).
    public static func read(_ file: InputFile, validate: Bool = true, log: inout DiagnosticLog) -> JadwalRecord? {
        guard let root = XMLElementNode.read(file, xsd: validate ? "jadwal-coaching.xsd" : nil, log: &log) else { return nil }
        // The schema has checked presence and shape; these only turn text into values.
        func date(_ node: XMLElementNode, _ name: String) -> CivilDate? { node.attribute(name).flatMap { CivilDate(parsing: $0) } }
        func minutes(_ text: String?) -> Int {
            let parts = (text ?? "").split(separator: ":")
            return parts.count == 2 ? (Int(parts[0]) ?? 0) * 60 + (Int(parts[1]) ?? 0) : 0
        }
        func nip(_ text: String?) -> NIP? {
            guard let text, case .valid(let nip, _) = NIP.validate(Array(text.utf8), isPPPK: true) else { return nil }
            return nip
        }
        func person(_ node: XMLElementNode?, _ defaultPosition: String) -> Configuration.Person {
            Configuration.Person(name: node?.attribute("nama") ?? "", nip: nip(node?.attribute("nip")),
                                 position: node?.attribute("jabatan").flatMap { $0.isEmpty ? nil : $0 } ?? defaultPosition)
        }
        guard let penugasan = root.child("penugasan"), let assigned = date(penugasan, "tanggal"),
              let deadline = date(penugasan, "batasWaktu") else { return nil }
        var entries: [JadwalRecord.Entry] = []
        for sesi in root.children("sesi") {
            let peserta = sesi.child("peserta")
            guard let number = sesi.attribute("no").flatMap({ Int($0) }), let day = date(sesi, "tanggal"),
                  let coachee = nip(peserta?.attribute("nip")) else {
                log.error(SourceLocation(file: file.name, line: sesi.line), "this session of the Jadwal cannot be read (number, date or NIP)")
                continue
            }
            let focus = sesi.children("fokus").map { f in
                FocusArea(aspect: f.attribute("aspek") ?? "", score: f.attribute("nilai").flatMap { Double($0) },
                          minimum: f.attribute("batas").flatMap { Double($0) },
                          recommendations: f.children("rekomendasi").map { r in
                              FocusRecommendation(id: r.attribute("id") ?? "", prioritas: Prioritas(parsing: r.attribute("prioritas") ?? "") ?? .sedang,
                                                  temuan: r.child("temuan")?.text ?? "", rekomendasi: r.child("saran")?.text ?? "")
                          })
            }
            entries.append(JadwalRecord.Entry(
                number: number, date: day, start: minutes(sesi.attribute("mulai")), end: minutes(sesi.attribute("selesai")),
                place: sesi.attribute("tempat") ?? "", nip: coachee, nama: peserta?.attribute("nama") ?? "",
                jabatan: peserta?.attribute("jabatan") ?? "", tim: peserta?.attribute("tim") ?? "",
                coach: person(sesi.child("pelatih"), "Kepala Seksi Penjaminan Kualitas Layanan"),
                assessor: person(sesi.child("pendamping"), "Quality Assessor"),
                agenda: sesi.child("agenda")?.text ?? "", focus: focus))
        }
        return JadwalRecord(number: root.attribute("nomor") ?? "", assignedOn: assigned, deadline: deadline,
                            approvedOn: date(root, "disetujui"), entries: entries)
    }
}
