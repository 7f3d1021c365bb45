import CoachingCore
import CoachingRegister

/// The sessions held, as the register's approved (or later) Berita Acara record them.
enum CoachedSessions {
    /// Every held session of `people` in every batch: no-show records are passed over (nobody
    /// was coached). A Berita Acara file that cannot be read, or whose hash no longer matches
    /// the register's, is left out with a warning in `log`: a session silently missing would
    /// silently drop its commitments from the follow-up. Throws when the register cannot be read.
    static func fromRegister(commits: CommitPath, people: some Collection<NIP>, language: Language,
                             log: inout DiagnosticLog) throws -> [CoachedSession] {
        let documents = try commits.read { try $0.approvedMinutes(of: people.map(\.description).sorted()) }
        var sessions: [CoachedSession] = []
        for d in documents {
            guard case .valid(let nip, _) = NIP.validate(Array(d.nip.utf8), isPPPK: true) else { continue }
            let url = commits.root.appendingPathComponent(d.xmlPath, isDirectory: false)
            var readLog = DiagnosticLog()
            guard let bytes = try? BatchFiles.contents(url.path), SHA256Digest.hex(bytes) == d.xmlSHA256,
                  let record = BeritaAcaraReader.read(InputFile(name: d.xmlPath, source: MemoryByteSource(bytes)), validate: false, language: language, log: &readLog)
            else {
                log.warning(SourceLocation(file: d.xmlPath), language.text(.minutesLeftOut, ["number": d.number.description]))
                continue
            }
            guard record.item.notes.attendance == .held else { continue }
            let notes = record.item.notes, entry = record.item.entry
            sessions.append(CoachedSession(
                beritaAcara: d.number.description, batch: d.batch.description, nip: nip, date: notes.heldOn ?? entry.date,
                coach: entry.coach.name, aspects: entry.focus.map(\.aspect),
                commitments: notes.commitments.map { .init(text: $0.text, target: $0.target) },
                source: SourceLocation(file: d.xmlPath)))
        }
        return sessions
    }
}
