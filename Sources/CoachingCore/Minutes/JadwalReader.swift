/// Reads a batch's `jadwal-coaching.xml` back into a `JadwalRecord`: the minutes and the
/// approval work from the batch alone, not from the inputs.
public enum JadwalReader {
    /// `validate: false` skips the schema, for a file the register's hash has confirmed as
    /// the one written (a large Jadwal reads in half the time).
    public static func read(_ file: InputFile, validate: Bool = true, log: inout DiagnosticLog) -> JadwalRecord? {
        guard let root = XMLElementNode.read(file, xsd: validate ? "jadwal-coaching.xsd" : nil, log: &log),
              let penugasan = root.child("penugasan"), let assigned = penugasan.date("tanggal"),
              let deadline = penugasan.date("batasWaktu") else { return nil }
        var entries: [JadwalRecord.Entry] = []
        for sesi in root.children("sesi") {
            let peserta = sesi.child("peserta")
            guard let number = sesi.attribute("no").flatMap({ Int($0) }), let day = sesi.date("tanggal"),
                  let coachee = peserta?.nip("nip") else {
                log.error(SourceLocation(file: file.name, line: sesi.line), "this session of the Jadwal cannot be read (number, date or NIP)")
                continue
            }
            entries.append(JadwalRecord.Entry(
                number: number, date: day, start: sesi.minutes("mulai"), end: sesi.minutes("selesai"),
                place: sesi.attribute("tempat") ?? "", nip: coachee, nama: peserta?.attribute("nama") ?? "",
                jabatan: peserta?.attribute("jabatan") ?? "", tim: peserta?.attribute("tim") ?? "",
                coach: sesi.child("pelatih")?.person(defaultPosition: "Kepala Seksi Penjaminan Kualitas Layanan")
                    ?? Configuration.Person(position: "Kepala Seksi Penjaminan Kualitas Layanan"),
                assessor: sesi.child("pendamping")?.person(defaultPosition: "Quality Assessor") ?? Configuration.Person(position: "Quality Assessor"),
                agenda: sesi.child("agenda")?.text ?? "", focus: sesi.focusAreas))
        }
        return JadwalRecord(number: root.attribute("nomor") ?? "", assignedOn: assigned, deadline: deadline,
                            approvedOn: root.date("disetujui"), entries: entries)
    }
}
