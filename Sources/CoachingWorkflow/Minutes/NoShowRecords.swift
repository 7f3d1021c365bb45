import CoachingCore
import CoachingRegister
import Foundation

/// A batch's registered no-show records read back: who did not come, and what each record
/// says follows (the make-up session proposed, or the next batch); and the Berita Acara of
/// make-up sessions held. The minutes keep a standing proposal and accept a session on its
/// make-up day; the status and the archive wait for a make-up proposed.
struct NoShowRecords {
    struct Record {
        var document: RegisteredDocument
        var read: BeritaAcaraReader.Record
        var makeUp: MakeUp? { read.item.makeUp }
        var isAbsent: Bool { read.item.notes.attendance == .absent }
    }

    var bySession: [Int: Record] = [:]

    /// Reads the Berita Acara among `documents` under `root`; only no-show records are parsed.
    /// A file that is missing or unreadable is left out: the steps that check files say so
    /// (so the reader's own messages are not shown, and their language does not matter).
    init(_ documents: [RegisteredDocument], root: URL) {
        for document in documents where document.kind == .beritaAcara {
            let url = root.appendingPathComponent(document.xmlPath, isDirectory: false)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let read = BeritaAcaraReader.readNoShowOrMakeUp(Array(data), name: url.path, language: .id) else { continue }
            bySession[document.session] = Record(document: document, read: read)
        }
    }

    init(_ records: [Int: Record]) { bySession = records }

    /// The make-up days on record per session, which the minutes accept as the session's day:
    /// the one a no-show record proposes, and the one a make-up (held or missed) was recorded on.
    var makeUpDays: [Int: [MakeUp.Slot]] {
        bySession.mapValues { record in
            let item = record.read.item
            let recorded = item.isMakeUp ? item.notes.heldOn.map { MakeUp.Slot(date: $0, start: item.entry.start, end: item.entry.end) } : nil
            return [record.makeUp?.slot, recorded].compactMap { $0 }
        }
    }

    /// What the records already say follows, for the no-shows the notes in `plan` still give
    /// as they were (absent, on the same day), and for the records the notes leave aside: it
    /// was made known and stands, even once its day has passed, until the notes say what
    /// happened on it (a make-up held, or missed again and proposed anew).
    func standing(for plan: MinutesPlan) -> [Int: MakeUp] {
        let ready = Dictionary(plan.ready.map { ($0.entry.number, $0) }, uniquingKeysWith: { a, _ in a })
        var standing: [Int: MakeUp] = [:]
        for (session, record) in bySession where record.isAbsent {
            guard let makeUp = record.makeUp else { continue }
            guard let item = ready[session] else {
                standing[session] = makeUp
                continue
            }
            if item.notes.attendance == .absent, item.notes.heldOn == record.read.item.notes.heldOn { standing[session] = makeUp }
        }
        return standing
    }

    /// For the status: each no-show, named from the Jadwal, with what follows.
    func absences(_ jadwal: JadwalRecord) -> [BatchStatus.Absence] {
        let entries = Dictionary(jadwal.entries.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        return bySession.keys.sorted().filter { bySession[$0]!.isAbsent }.map { session in
            let record = bySession[session]!
            let slot = record.makeUp?.slot
            return BatchStatus.Absence(
                session: session, name: entries[session]?.nama ?? record.read.item.entry.nama, nip: record.document.nip,
                number: record.document.number.description,
                makeUp: slot?.description,
                // A record that names no make-up at all (drawn before they were proposed) is read
                // as the batch always read it: the session is closed.
                nextBatch: slot == nil, approved: record.document.status >= .disetujui)
        }
    }
}
