import CoachingCore
import CoachingRegister
import CompiledMustache
import Dispatch
import Foundation

/// Turns a checked minutes plan into registered Berita Acara: numbers for new sessions,
/// drafts redrawn when their notes changed, approved ones left alone unless revised, all in
/// one register transaction with the files staged beside it.
struct MinutesRecorder {
    /// What a run changed.
    struct Outcome: Sendable {
        var new: [String] = []
        var redrawn: [String] = []
        var revised: [String] = []
        var unchanged = 0
        /// Berita Acara number by session, for the rekap.
        var numbers: [Int: String] = [:]
    }

    /// An approved Berita Acara whose notes changed without `--revise`.
    struct ApprovedChange: Error, Sendable {
        var number: String
        var session: Int
    }

    var batch: RegisteredBatch
    var jadwal: JadwalRecord
    var configuration: Configuration
    var html: Template
    var xml: Template
    var rekap: Template
    /// Sessions whose approved Berita Acara is corrected now, and why.
    var revise: Set<Int> = []
    var reason = ""
    /// For the audit log.
    var actor: String
    var now: String
    /// Today in Jakarta: the rekap's date line.
    var today: CivilDate
    /// The templates' record, when the batch's last Berita Acara were drawn with another set.
    var templateLine: AuditLine?
    /// The Team Leader notice's template and the invitations' DTSTAMP, for sessions a no-show
    /// moves or cancels (``DistributeJadwal/redraw(_:items:registered:)``); nil: not redrawn.
    var notice: Template?
    var stamp = ""
    /// Told of each chunk of Berita Acara drawn and registered.
    var progress: any ProgressReporter = SilentProgress()

    init(batch: RegisteredBatch, jadwal: JadwalRecord, configuration: Configuration, html: Template, xml: Template,
                rekap: Template, actor: String, now: String, today: CivilDate) {
        self.batch = batch
        self.jadwal = jadwal
        self.configuration = configuration
        self.html = html
        self.xml = xml
        self.rekap = rekap
        self.actor = actor
        self.now = now
        self.today = today
    }

    /// One document drawn: its record as it will be registered, and its bytes.
    struct Drawn: Sendable {
        var html: [UInt8] = []
        var xml: [UInt8] = []
        var htmlHash = ""
        var xmlHash = ""
    }

    /// Records `plan` through `commits`: one register transaction, with the files staged beside it.
    func record(_ plan: MinutesPlan, commits: CommitPath) throws -> Outcome {
        try commits.commit { tx, staging in
            var run = Run(recorder: self, plan: plan, root: commits.root, staging: staging)
            return try run.record(tx)
        }
    }

    /// One recording, phase by phase: numbers, drawing (new documents registered as they come),
    /// deciding what changed, registering the changes, the rekap.
    struct Run {
        let recorder: MinutesRecorder
        let plan: MinutesPlan
        let root: URL
        let staging: StagingArea
        var timer = StageTimer()
        var outcome = Outcome()
        var existing: [Int: RegisteredDocument] = [:]
        var documents: [BeritaAcaraDocument] = []
        /// The register number of each of ``documents``.
        var numbers: [DocumentNumber] = []
        /// The approved versions a revision keeps beside it, with the hashes they were approved with.
        var keptVersions: [HashedFile] = []
        var batch: RegisteredBatch { recorder.batch }
        var minutesFolder: String { "\(batch.folder)/\(BatchLayout.minutesFolder)" }

        init(recorder: MinutesRecorder, plan: MinutesPlan, root: URL, staging: StagingArea) {
            self.recorder = recorder
            self.plan = plan
            self.root = root
            self.staging = staging
        }

        mutating func record(_ tx: RegisterTransaction) throws -> Outcome {
            existing = Dictionary(try tx.documents(batch: batch.id, kind: .beritaAcara).map { ($0.session, $0) }, uniquingKeysWith: { a, _ in a })
            outcome.numbers = existing.mapValues(\.number.description)
            try number(tx)
            timer.mark("  numbers")
            // The rekap needs only the numbers, known now: drawn beside the minutes.
            var numbersBySession = outcome.numbers
            // Each Berita Acara's state after this run: what is drawn now is a draft (a revision too).
            var states = existing.mapValues(\.status.rawValue)
            for document in documents where document.approvedOn == nil { states[document.item.entry.number] = DocumentStatus.konsep.rawValue }
            for document in documents { numbersBySession[document.item.entry.number] = document.number }
            let rekapDocument = RekapDocument(jadwal: recorder.jadwal, plan: plan, numbers: numbersBySession, states: states,
                                              configuration: recorder.configuration, drawnOn: recorder.today,
                                              calendar: WorkingDayCalendar(options: recorder.configuration.calendar)), rekap = recorder.rekap
            let summary = Background { try rekap.render(rekapDocument.value, sizeHint: 1 << 16) }
            let changes: [(index: Int, change: Change)], drawn: [Drawn], writer: Background<Void>
            do {
                drawn = try drawAndRegisterNew(tx)
                timer.mark("  draw \(documents.count) documents, register the new ones")
                (changes, writer) = try decide(drawn)
                timer.mark("  decide")
            } catch {
                _ = try? summary.value()
                throw error
            }
            // The writer is waited for on every path; the commit path drops the staging folder on a failure.
            do {
                try registerChanges(changes, drawn, tx)
                timer.mark("  register the redrawn and revised")
            } catch {
                _ = try? writer.value()
                _ = try? summary.value()
                throw error
            }
            return try finish(changes: changes, rekap: try summary.value(), writer: writer, tx)
        }

        /// What each session's document is to be: number, approval, revision. New numbers are
        /// taken in session order, so the same notes always give the same numbers.
        private mutating func number(_ tx: RegisterTransaction) throws {
            let shared = BeritaAcaraDocument.Batch(configuration: recorder.configuration, jadwalNumber: recorder.jadwal.number)
            documents.reserveCapacity(plan.ready.count)
            var newPerYear: [Int: Int] = [:]
            for item in plan.ready where existing[item.entry.number] == nil {
                newPerYear[(item.notes.heldOn ?? item.entry.date).year, default: 0] += 1
            }
            var nextFree: [Int: Int] = [:]
            for (year, count) in newPerYear { nextFree[year] = try tx.nextSequences(.beritaAcara, year: year, count: count).lowerBound }
            for item in plan.ready {
                let session = item.entry.number
                if let record = existing[session] {
                    let isRevision = record.status >= .disetujui && recorder.revise.contains(session)
                    let draft = try recorder.previous(record, root: root)
                    documents.append(BeritaAcaraDocument(
                        item: item, batch: shared, number: record.number.description,
                        approvedOn: isRevision ? nil : record.approvedOn,
                        revision: isRevision ? record.revision + 1 : record.revision,
                        revisionReason: isRevision ? recorder.reason : draft?.revisionReason ?? ""))
                    numbers.append(record.number)
                } else {
                    let held = item.notes.heldOn ?? item.entry.date
                    let sequence = nextFree[held.year]!
                    nextFree[held.year] = sequence + 1
                    let number = DocumentNumber(kind: .beritaAcara, sequence: sequence, unit: recorder.configuration.office.unitCode, year: held.year)
                    numbers.append(number)
                    documents.append(BeritaAcaraDocument(item: item, batch: shared, number: number.description))
                }
            }
        }

        /// Draws every document on all cores. New documents are written to the staging folder
        /// as they are drawn, so the disk works meanwhile, and registered chunk by chunk on this
        /// thread (which owns the database connection), so the database and the drawing overlap.
        private mutating func drawAndRegisterNew(_ tx: RegisterTransaction) throws -> [Drawn] {
            try staging.makeFolder(minutesFolder)
            let sessions = recorder.jadwal.entries.count
            let newNames = documents.map { existing[$0.item.entry.number] == nil ? BatchLayout.minutesName(session: $0.item.entry.number, sessions: sessions) : nil }
            let feed = DrawnChunks(count: documents.count)
            let staging = self.staging, folder = minutesFolder
            let drawing = Background { [documents, html = recorder.html, xml = recorder.xml] in
                try MinutesRecorder.draw(documents, html: html, xml: xml, into: feed) { index, result in
                    guard let name = newNames[index] else { return false }
                    try staging.write([("\(folder)/\(name).html", result.html), ("\(folder)/\(name).xml", result.xml)])
                    return true
                }
            }
            var drawn: [Drawn] = []
            drawn.reserveCapacity(documents.count)
            let counter = ProgressCounter(.minutes, total: documents.count, reporter: recorder.progress)
            defer { counter.end() }
            do {
                for chunk in feed.chunks.indices {
                    let results = try feed.take(chunk)
                    try registerNew(Array(zip(feed.chunks[chunk], results)), names: newNames, tx)
                    drawn += results
                    counter.advance(by: results.count)
                }
                _ = try drawing.value()
            } catch {
                // The drawing threads stop and finish before their folder goes.
                feed.cancel()
                _ = try? drawing.value()
                throw error
            }
            return drawn
        }

        /// Registers the new documents among `results` (index, drawn) with their audit lines.
        private mutating func registerNew(_ results: [(Int, Drawn)], names: [String?], _ tx: RegisterTransaction) throws {
            var inserts: [RegisteredDocument] = [], audit: [AuditLine] = []
            for (index, result) in results {
                guard let name = names[index] else { continue }
                let document = documents[index]
                let session = document.item.entry.number
                let held = document.item.notes.heldOn ?? document.item.entry.date
                inserts.append(RegisteredDocument(number: numbers[index],
                                                  batch: batch.id, session: session, nip: document.item.entry.nip.description,
                                                  htmlPath: "\(minutesFolder)/\(name).html", xmlPath: "\(minutesFolder)/\(name).xml",
                                                  htmlSHA256: result.htmlHash, xmlSHA256: result.xmlHash, draftedOn: held))
                for (file, hash) in [("\(name).html", result.htmlHash), ("\(name).xml", result.xmlHash)] {
                    audit.append(AuditLine(at: recorder.now, actor: recorder.actor, action: "konsep", batch: batch.id, number: numbers[index],
                                           detail: file, sha256: hash))
                }
                outcome.numbers[session] = document.number
                outcome.new.append(document.number)
            }
            try tx.insert(inserts)
            try tx.audit(audit)
        }

        enum Change { case new, redraw, revise }

        /// Which existing documents changed, and whether each is redrawn or revised; their files
        /// (and the approved versions a revision keeps) are staged on another thread meanwhile.
        private mutating func decide(_ drawn: [Drawn]) throws -> ([(index: Int, change: Change)], Background<Void>) {
            var changes: [(index: Int, change: Change)] = []
            var files: [(String, [UInt8])] = [], copies: [(String, URL)] = []
            let sessions = recorder.jadwal.entries.count
            for (index, (document, result)) in zip(documents, drawn).enumerated() {
                let session = document.item.entry.number
                let name = BatchLayout.minutesName(session: session, sessions: sessions)
                guard let record = existing[session] else {
                    changes.append((index, .new)) // already written while drawing
                    continue
                }
                if result.htmlHash == record.htmlSHA256 && result.xmlHash == record.xmlSHA256 {
                    outcome.unchanged += 1
                    continue
                }
                let isRevision = record.status >= .disetujui && recorder.revise.contains(session)
                if record.status >= .disetujui && !isRevision { throw ApprovedChange(number: record.number.description, session: session) }
                if isRevision {
                    // The approved version stays beside the correction, never overwritten.
                    let kept = "\(batch.folder)/\(BatchLayout.revisionsFolder)/\(name)-r\(record.revision)"
                    for (suffix, path, hash) in [(".html", record.htmlPath, record.htmlSHA256), (".xml", record.xmlPath, record.xmlSHA256)] {
                        let source = root.appendingPathComponent(path, isDirectory: false)
                        copies.append((kept + suffix, source))
                        let size = (try? FileManager.default.attributesOfItem(atPath: source.path)[.size] as? Int) ?? 0
                        keptVersions.append(HashedFile(path: kept + suffix, sha256: hash, size: size))
                    }
                }
                changes.append((index, isRevision ? .revise : .redraw))
                files.append(("\(minutesFolder)/\(name).html", result.html))
                files.append(("\(minutesFolder)/\(name).xml", result.xml))
            }
            let staging = self.staging
            return (changes, Background { [files, copies] in try staging.stage(files, copies: copies) })
        }

        /// The redrawn and revised documents in the register (the new ones are there already).
        private mutating func registerChanges(_ changes: [(index: Int, change: Change)], _ drawn: [Drawn], _ tx: RegisterTransaction) throws {
            var audit: [AuditLine] = []
            let sessions = recorder.jadwal.entries.count
            for (index, change) in changes where change != .new {
                let document = documents[index], result = drawn[index]
                let session = document.item.entry.number
                let name = BatchLayout.minutesName(session: session, sessions: sessions)
                var record = existing[session]!
                let action = change == .revise ? "revisi" : "konsep diperbarui"
                let detail = change == .revise ? "revisi ke-\(document.revision): \(recorder.reason); " : ""
                if change == .revise {
                    record.status = .konsep
                    record.revision = document.revision
                    record.approvedOn = nil
                    record.approvedBy = nil
                    record.receivedOn = nil
                    record.receivedBy = nil
                    outcome.revised.append(record.number.description)
                } else {
                    outcome.redrawn.append(record.number.description)
                }
                for (file, hash) in [("\(name).html", result.htmlHash), ("\(name).xml", result.xmlHash)] {
                    audit.append(AuditLine(at: recorder.now, actor: recorder.actor, action: action, batch: batch.id, number: record.number,
                                           detail: detail + file, sha256: hash))
                }
                record.htmlSHA256 = result.htmlHash
                record.xmlSHA256 = result.xmlHash
                record.draftedOn = document.item.notes.heldOn ?? document.item.entry.date
                try tx.update(record)
            }
            try tx.audit(audit)
        }

        /// The rekap when it changed, and the batch's minutes date; or nothing at all when no
        /// document changed (the staging folder is then dropped).
        private mutating func finish(changes: [(index: Int, change: Change)], rekap: [UInt8], writer: Background<Void>,
                                     _ tx: RegisterTransaction) throws -> Outcome {
            var more: [(String, [UInt8])] = []
            let rekapPath = "\(batch.folder)/\(BatchLayout.rekap)"
            if FileManager.default.contents(atPath: root.appendingPathComponent(rekapPath).path).map({ Array($0) }) != rekap {
                more.append((rekapPath, rekap))
            }
            // A make-up moves its session, a no-show without room cancels it: new invitations.
            if let notice = recorder.notice,
               let redrawn = try DistributeJadwal(batch: batch, configuration: recorder.configuration, root: root, notice: notice, stamp: recorder.stamp)
                .redraw(recorder.jadwal, items: plan.ready, registered: try tx.files(batch: batch.id)) {
                more += redrawn.files
                try tx.audit([AuditLine(at: recorder.now, actor: recorder.actor, action: DistributeJadwal.action, batch: batch.id, detail: redrawn.summary)])
            }
            try writer.value()
            if !more.isEmpty { try staging.stage(more) }
            try tx.record(more.map { HashedFile(path: $0.0, bytes: $0.1) } + keptVersions, batch: batch.id)
            timer.mark("  stage the rest")
            if changes.isEmpty && more.isEmpty {
                staging.discard()
                return outcome
            }
            var record = batch
            record.minutesOn = plan.ready.compactMap { $0.notes.heldOn }.max() ?? record.minutesOn
            try tx.update(record)
            if let line = recorder.templateLine, !changes.isEmpty { try tx.audit([line]) }
            return outcome
        }
    }

    /// The revision reason the registered document already carries, kept when it is redrawn.
    func previous(_ record: RegisteredDocument, root: URL) throws -> BeritaAcaraReader.Record? {
        guard record.revision > 0 else { return nil }
        let url = root.appendingPathComponent(record.xmlPath, isDirectory: false)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var log = DiagnosticLog()
        return BeritaAcaraReader.read(InputFile(name: url.path, source: MemoryByteSource(Array(data))), language: configuration.language, log: &log)
    }

    /// Renders and hashes every document on all cores, chunk by chunk in order, handing each
    /// chunk to `feed`. `handle` sees each document as it is drawn and answers true when it has
    /// written its files, so that the bytes need not be kept.
    static func draw(_ documents: [BeritaAcaraDocument], html: Template, xml: Template, into feed: DrawnChunks,
                             then handle: @Sendable (Int, Drawn) throws -> Bool) throws {
        let workers = Cores.available
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let chunk = feed.next() {
                feed.put(chunk, Result {
                    try feed.chunks[chunk].map { i in
                        let value = documents[i].value
                        var d = Drawn()
                        d.html = try html.render(value, sizeHint: 8192)
                        d.xml = try xml.render(value, sizeHint: 4096)
                        d.htmlHash = SHA256Digest.hex(d.html)
                        d.xmlHash = SHA256Digest.hex(d.xml)
                        // Bytes already written need not be kept: 20,000 documents held in memory
                        // until the end cost a page fault for every 4 KB of them.
                        if try handle(i, d) {
                            d.html = []
                            d.xml = []
                        }
                        return d
                    }
                })
            }
        }
    }
}

/// Chunks of documents handed out to the drawing threads in order, and their results handed
/// to the thread that registers them, in the same order, as each is ready.
final class DrawnChunks: @unchecked Sendable {
    let chunks: [Range<Int>]
    private var results: [Result<[MinutesRecorder.Drawn], Error>?]
    private var handedOut = 0
    private let condition = NSCondition()

    init(count: Int) {
        // Small enough that the register starts early, large enough to keep locking rare.
        let size = 256
        chunks = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
        results = Array(repeating: nil, count: chunks.count)
    }

    /// No more chunks are handed out: the run failed.
    func cancel() {
        condition.lock()
        handedOut = chunks.count
        condition.unlock()
    }

    /// The next chunk to draw; nil when all are taken.
    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard handedOut < chunks.count else { return nil }
        handedOut += 1
        return handedOut - 1
    }

    func put(_ chunk: Int, _ result: Result<[MinutesRecorder.Drawn], Error>) {
        condition.lock()
        results[chunk] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for `chunk`'s documents; throws what drawing them threw.
    func take(_ chunk: Int) throws -> [MinutesRecorder.Drawn] {
        condition.lock()
        while results[chunk] == nil { condition.wait() }
        let result = results[chunk]!
        results[chunk] = .success([])
        condition.unlock()
        return try result.get()
    }
}
