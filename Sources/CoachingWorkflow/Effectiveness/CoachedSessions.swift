import CoachingCore
import CoachingRegister

/// The sessions held, as the register's approved (or later) Berita Acara record them.
enum CoachedSessions {
    /// Every held session of `people` in every batch: no-show records are passed over (nobody
    /// was coached), and so are files whose hash no longer matches the register's.
    static func fromRegister(commits: CommitPath, people: some Collection<NIP>) -> [CoachedSession] {
        guard let documents = try? commits.read({ try $0.approvedMinutes(of: people.map(\.description).sorted()) }) else { return [] }
        var sessions: [CoachedSession] = []
        for d in documents {
            guard case .valid(let nip, _) = NIP.validate(Array(d.nip.utf8), isPPPK: true) else { continue }
            let url = commits.root.appendingPathComponent(d.xmlPath, isDirectory: false)
            guard let bytes = try? BatchFiles.contents(url.path), SHA256Digest.hex(bytes) == d.xmlSHA256 else { continue }
            // A file that does not read back is passed over; its messages are not shown.
            var log = DiagnosticLog()
            guard let record = BeritaAcaraReader.read(InputFile(name: d.xmlPath, source: MemoryByteSource(bytes)), validate: false, language: .id, log: &log),
                  record.item.notes.attendance == .held else { continue }
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
