import CoachingRegister
import CoachingCore
import Foundation

/// What `index.html` of a package shows, gathered from the register, the Jadwal and the files.
extension ArchivePackager {
    /// The index of the package: documents in session order, the SOP steps with their dates,
    /// and the data behind the pictures.
    /// `copies`: the signed copies and scans by their path in the batch folder (``Plan/copies``).
    func indexDocument(documents: [RegisteredDocument], files: [BatchFiles.File], on date: CivilDate, includesDrafts: Bool,
                       audit: [AuditEntry] = [], copies: [String: (copy: DocumentCopy, basis: String?)] = [:]) -> ArchiveIndexDocument {
        var signed: [String: (path: String, by: String)] = [:], scans: [String: String] = [:]
        for (path, entry) in copies {
            let c = entry.copy
            if c.form == .signed {
                let by = c.signerText
                signed[c.source] = (path, by)
            } else {
                scans[c.source] = path
            }
        }
        let entries = Dictionary(jadwal.entries.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let prefix = batch.folder
        var commitments: [CivilDate] = []
        var scores: [Double] = []
        var absent: Set<Int> = []
        let minutesByXML = Dictionary(documents.filter { $0.kind == .beritaAcara }.map { (RegisterExtract.relative($0.xmlPath, prefix), $0) },
                                      uniquingKeysWith: { a, _ in a })
        var noShows: [Int: NoShowRecords.Record] = [:]
        for file in files {
            if file.path == "kandidat.csv" { scores = Self.scores(file.bytes) }
            guard let document = minutesByXML[file.path] else { continue }
            let (targets, held) = Self.scanMinutes(file.bytes)
            commitments += targets
            if !held {
                absent.insert(document.session)
                if let read = BeritaAcaraReader.readNoShowOrMakeUp(file.bytes, name: file.path, language: configuration.language) {
                    noShows[document.session] = NoShowRecords.Record(document: document, read: read)
                }
            }
        }
        // The Jadwal, then the Berita Acara by session, then the Tanda Terima in the order made.
        func place(_ d: RegisteredDocument) -> (Int, Int) { (d.kind == .jadwal ? 0 : d.kind == .beritaAcara ? 1 : 2, d.session) }
        let listed = documents.sorted { place($0) < place($1) }
        let rows = listed.map { d -> ArchiveIndexDocument.Document in
            let e = d.kind == .beritaAcara ? entries[d.session] : nil
            let title = switch d.kind {
            case .jadwal: "Jadwal Coaching"
            case .beritaAcara: absent.contains(d.session) ? "Berita Acara Ketidakhadiran Coaching" : "Berita Acara Coaching"
            case .tandaTerima: "Tanda Terima Berita Acara Coaching"
            }
            return ArchiveIndexDocument.Document(
                number: d.number.description, title: title, session: d.kind == .beritaAcara ? d.session : 0, name: e?.nama ?? "",
                nip: d.kind == .beritaAcara ? d.nip : "",
                date: e?.date ?? d.draftedOn, status: d.status.rawValue, approvedOn: d.approvedOn?.description, receivedOn: d.receivedOn?.description,
                htmlPath: RegisterExtract.relative(d.htmlPath, prefix), xmlPath: RegisterExtract.relative(d.xmlPath, prefix),
                signedPath: signed[d.htmlPath]?.path, signedBy: signed[d.htmlPath]?.by, scanPath: scans[d.htmlPath])
        }
        var window = [jadwal.assignedOn]
        var day = jadwal.assignedOn
        while window.count < 15 && day < jadwal.deadline {
            day = day.adding(days: 1)
            if (try? calendar.isWorkingDay(day)) ?? !day.isWeekend { window.append(day) }
        }
        var archivedBatch = batch
        if !includesDrafts { archivedBatch.archivedOn = date }
        let status = BatchStatus(batch: archivedBatch, documents: documents, sessions: jadwal.entries.count, calendar: calendar,
                                 today: date, people: configuration.people, absent: NoShowRecords(noShows).absences(jadwal), audit: audit,
                                 language: .id)
        var steps: [ArchiveIndexDocument.Step] = []
        for s in status.steps {
            steps.append(.init(name: "\(s.step). \(s.name)", date: s.done ? s.date.flatMap(CivilDate.init(parsing:)) : nil, late: s.late == true))
            // Written with the approval (step 4) and with the draft (step 3): dated as those.
            if s.step == 4, status.distributed != nil {
                steps.append(.init(name: "4. Jadwal didistribusikan (undangan, kalender, pemberitahuan Team Leader)",
                                   date: s.done ? s.date.flatMap(CivilDate.init(parsing:)) : nil))
            }
            if s.step == 4, status.prepared != nil {
                steps.append(.init(name: "5. Persiapan sesi (lembar persiapan, daftar Quality Assessor)", date: jadwal.assignedOn))
            }
            if s.step == 4, let first = jadwal.entries.map(\.date).min(), let last = jadwal.entries.map(\.date).max() {
                steps.append(.init(name: "6. Pelaksanaan sesi coaching", date: first, until: last))
            }
        }
        let documentPathSet = Set(rows.flatMap { [$0.htmlPath, $0.xmlPath] })
        let others = files.map(\.path).filter { !documentPathSet.contains($0) && $0 != Self.indexName } + [ArchiveManifest.fileName]
        return ArchiveIndexDocument(batch: batch.id.description, jadwal: jadwal, archivedOn: date, includesDrafts: includesDrafts, documents: rows,
                                    steps: steps, window: window, scores: scores, scoreMinimum: configuration.rules.qualityMinimum,
                                    commitmentTargets: commitments, otherFiles: others)
    }

    /// The `nilai_kualitas` column of the batch's candidate list.
    static func scores(_ bytes: [UInt8]) -> [Double] {
        let reader = CSVReader(source: MemoryByteSource(bytes), file: "kandidat.csv", delimiter: UInt8(ascii: ","))
        guard reader.nextRecord() else { return [] }
        guard let column = (0..<reader.fieldCount).first(where: { reader.string($0) == "nilai_kualitas" }) else { return [] }
        var scores: [Double] = []
        while reader.nextRecord() {
            if column < reader.fieldCount, let s = Double(reader.string(column)) { scores.append(s) }
        }
        return scores
    }

    /// Commitment target dates and attendance of a Berita Acara XML. Its hash matched the
    /// register, so it is the file coaching wrote and valid against its schema; a scan for the
    /// two attributes is enough and keeps 20,000 minutes from being parsed again.
    static func scanMinutes(_ bytes: [UInt8]) -> (targets: [CivilDate], held: Bool) {
        var targets: [CivilDate] = []
        var at = 0
        while let element = ByteSearch.find(commitmentElement, in: bytes, from: at) {
            at = element + commitmentElement.count
            guard let attribute = ByteSearch.find(targetAttribute, in: bytes, from: at) else { break }
            let start = attribute + targetAttribute.count
            if start + 10 <= bytes.count, let date = CivilDate(parsing: String(decoding: bytes[start..<(start + 10)], as: UTF8.self)) {
                targets.append(date)
            }
        }
        return (targets, ByteSearch.contains(heldAttribute, in: bytes))
    }

    private static let commitmentElement = Array("<komitmen ".utf8)
    private static let targetAttribute = Array("target=\"".utf8)
    private static let heldAttribute = Array("kehadiran=\"hadir\"".utf8)
}
