import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

/// The rekap drawn again when its Berita Acara change state (approved, received): the sessions
/// and commitments read back from the Berita Acara as they are, the states from the register.
/// Without this the rekap of an approved batch still read like the drafts'.
struct RekapRedraw {
    let jadwal: JadwalRecord
    let configuration: Configuration
    let template: Template
    let root: URL
    let batch: RegisteredBatch

    /// The rekap's path and bytes for `minutes` (the batch's Berita Acara, states as they will be
    /// committed), dated `date` (the day the step records); registered with `tx` in the same commit.
    /// `drawn`: files this commit writes (path → bytes), read instead of what is on disk.
    func stage(_ minutes: [RegisteredDocument], date: CivilDate, drawn: [String: [UInt8]] = [:], tx: RegisterTransaction) throws -> (String, [UInt8]) {
        let root = self.root, language = configuration.language
        // Each file must be the one the register records: a rekap signed by the Penyaji must not
        // carry what someone edited into a Berita Acara.
        let read = minutes.parallelMap(minimumPerThread: 64) { d -> Result<MinutesPlan.Item, Lifecycle.Refusal> in
            let path = root.appendingPathComponent(d.xmlPath, isDirectory: false).path
            guard let bytes = drawn[d.xmlPath] ?? (try? BatchFiles.contents(path)) else {
                return .failure(Lifecycle.Refusal(description: language.text(.documentMissing, ["path": path, "number": d.number.description])))
            }
            guard SHA256Digest.hex(bytes) == d.xmlSHA256 else {
                return .failure(Lifecycle.Refusal(description: language.text(.rekapMinutesChanged, ["path": path, "number": d.number.description])))
            }
            var log = DiagnosticLog()
            guard let item = BeritaAcaraReader.read(InputFile(name: path, source: MemoryByteSource(bytes)), validate: false, language: configuration.language, log: &log)?.item else {
                return .failure(Lifecycle.Refusal(description: language.text(.rekapMinutesUnreadable, ["path": path, "number": d.number.description,
                                                                                               "reason": log.sorted.first?.message ?? language.text(.rekapNotMinutes)])))
            }
            return .success(item)
        }
        let items = try read.map { try $0.get() }.sorted { $0.entry.number < $1.entry.number }
        let document = RekapDocument(
            jadwal: jadwal, items: items, numbers: Dictionary(minutes.map { ($0.session, $0.number.description) }, uniquingKeysWith: { a, _ in a }),
            states: Dictionary(minutes.map { ($0.session, $0.status.rawValue) }, uniquingKeysWith: { a, _ in a }),
            configuration: configuration, drawnOn: date, calendar: WorkingDayCalendar(options: configuration.calendar))
        let bytes = try template.render(document.value, sizeHint: 1 << 16)
        let path = "\(batch.folder)/\(BatchLayout.rekap)"
        try tx.record([HashedFile(path: path, bytes: bytes)], batch: batch.id)
        return (path, bytes)
    }
}
