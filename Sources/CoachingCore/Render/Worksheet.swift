/// The Quality Assessors' worksheet for the sessions of a schedule: one row per session,
/// filled in with who, when, where and the agenda; empty columns for attendance, discussion,
/// commitments and follow-up. Written for Excel in an Indonesian locale: `;`-separated,
/// UTF-8 with a byte-order mark, CRLF.
public enum Worksheet {
    public static let columns = ["sesi", "tanggal", "mulai", "selesai", "nip", "nama", "jabatan", "tim", "pelatih", "pendamping",
                                 "tempat", "agenda", "hadir", "pembahasan", "komitmen", "target_tanggal", "tindak_lanjut", "catatan"]

    public static func bytes(for schedule: Schedule, names: DisplayNames = DisplayNames()) -> [UInt8] {
        let writer = CSVWriter(delimiter: ";", forSpreadsheet: true)
        var text = writer.line(columns)
        for s in schedule.sessions {
            text += writer.line([String(s.number), s.date.description, Session.clock(s.start), Session.clock(s.end),
                                 s.candidate.nip.description, s.candidate.nama, s.candidate.jabatan.rawValue, s.candidate.tim,
                                 s.coach.name, s.assessor.name, s.place, JadwalDocument.agenda(s.candidate, names: names),
                                 "", "", "", "", "", ""])
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
}
