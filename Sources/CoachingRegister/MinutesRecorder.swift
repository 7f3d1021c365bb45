import CoachingCore
import CompiledMustache
import Dispatch
import Foundation

/// Turns a checked minutes plan into registered Berita Acara: numbers for new sessions,
/// drafts redrawn when their notes changed, approved ones left alone unless revised, all in
/// one register transaction with the files staged beside it.
public struct MinutesRecorder {
    /// What a run changed.
    public struct Outcome: Sendable {
        public var new: [String] = []
        public var redrawn: [String] = []
        public var revised: [String] = []
        public var unchanged = 0
        /// Berita Acara number by session, for the rekap.
        public var numbers: [Int: String] = [:]
    }

    /// An approved Berita Acara whose notes changed without `--revise`.
    public struct ApprovedChange: Error, Sendable {
        public var number: String
        public var session: Int
    }

    public var batch: RegisteredBatch
    public var jadwal: JadwalRecord
    public var configuration: Configuration
    public var html: Template
    public var xml: Template
    public var rekap: Template
    /// Sessions whose approved Berita Acara is corrected now, and why.
    public var revise: Set<Int> = []
    public var reason = ""
    /// For the audit log.
    public var actor: String
    public var now: String

    public init(batch: RegisteredBatch, jadwal: JadwalRecord, configuration: Configuration, html: Template, xml: Template,
                rekap: Template, actor: String, now: String) {
        self.batch = batch
        self.jadwal = jadwal
        self.configuration = configuration
        self.html = html
        self.xml = xml
        self.rekap = rekap
        self.actor = actor
        self.now = now
    }

    /// File name of a session's minutes: `sesi-007`, wide enough that they sort in order.
    func fileName(_ session: Int) -> String {
        let width = max(3, String(jadwal.entries.count).count)
        let digits = String(session)
        return "sesi-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// One document drawn: its record as it will be registered, and its bytes.
    struct Drawn: Sendable {
        var html: [UInt8] = []
        var xml: [UInt8] = []
        var htmlHash = ""
        var xmlHash = ""
    }

    public func record(_ plan: MinutesPlan, into staged: StagedFiles) throws -> Outcome {
        var timer = StageTimer()
        return try staged.register.transaction { tx in
            let existing = Dictionary(try tx.documents(batch: batch.id, kind: .beritaAcara).map { ($0.session, $0) },
                                      uniquingKeysWith: { a, _ in a })
            var outcome = Outcome()
            outcome.numbers = existing.mapValues(\.number)

            // What each session's document is to be: number, approval, revision. New numbers
            // are taken in session order, so the same notes always give the same numbers.
            let shared = BeritaAcaraDocument.Batch(configuration: configuration, jadwalNumber: jadwal.number)
            var documents: [BeritaAcaraDocument] = []
            var sequences: [Int] = []
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
                    let isRevision = record.status >= .disetujui && revise.contains(session)
                    let draft = try previous(record, staged: staged)
                    documents.append(BeritaAcaraDocument(
                        item: item, batch: shared, number: record.number,
                        approvedOn: isRevision ? nil : record.approvedOn.flatMap { CivilDate(parsing: $0) },
                        revision: isRevision ? record.revision + 1 : record.revision,
                        revisionReason: isRevision ? reason : draft?.revisionReason ?? ""))
                    sequences.append(record.sequence)
                } else {
                    let held = item.notes.heldOn ?? item.entry.date
                    let sequence = nextFree[held.year]!
                    nextFree[held.year] = sequence + 1
                    sequences.append(sequence)
                    let number = "\(DocumentKind.beritaAcara.prefix)-\(sequence)/\(configuration.office.unitCode)/\(held.year)"
                    documents.append(BeritaAcaraDocument(item: item, batch: shared, number: number))
                }
            }

            timer.mark("  numbers")
            // The rekap needs only the numbers, known now: drawn beside the minutes.
            var numbers = outcome.numbers
            for document in documents { numbers[document.item.entry.number] = document.number }
            let rekapDocument = RekapDocument(jadwal: jadwal, plan: plan, numbers: numbers), rekap = self.rekap
            let summary = Background { try rekap.render(rekapDocument.value, sizeHint: 1 << 16) }
            // Drawing is the costly part and needs nothing shared: all cores. New documents
            // are written to the staging folder as they are drawn, so the disk works meanwhile.
            let staging = staged.newStaging()
            let minutesFolder = "\(batch.folder)/berita-acara"
            try FileManager.default.createDirectory(at: staged.root.appendingPathComponent("\(staging)/\(minutesFolder)"),
                                                    withIntermediateDirectories: true)
            // File names of the new documents (nil: an existing one, decided below).
            let newNames = documents.map { existing[$0.item.entry.number] == nil ? fileName($0.item.entry.number) : nil }
            // The register takes the new documents chunk by chunk as they are drawn (this thread
            // owns the database connection), so the database and the drawing overlap.
            let feed = DrawnChunks(count: documents.count)
            let drawing = Background { [documents, html, xml] in
                try Self.draw(documents, html: html, xml: xml, into: feed) { index, result in
                    guard let name = newNames[index] else { return false }
                    try staged.write([("\(minutesFolder)/\(name).html", result.html), ("\(minutesFolder)/\(name).xml", result.xml)], into: staging)
                    return true
                }
            }
            var drawn: [Drawn] = []
            drawn.reserveCapacity(documents.count)
            do {
                for chunk in feed.chunks.indices {
                    let range = feed.chunks[chunk]
                    let results = try feed.take(chunk)
                    var inserts: [RegisteredDocument] = [], audit: [AuditLine] = []
                    for (index, result) in zip(range, results) where newNames[index] != nil {
                        let document = documents[index], name = newNames[index]!
                        let session = document.item.entry.number
                        let held = document.item.notes.heldOn ?? document.item.entry.date
                        inserts.append(RegisteredDocument(kind: .beritaAcara, year: held.year, sequence: sequences[index], number: document.number,
                                                         batch: batch.id, session: session, nip: document.item.entry.nip.description,
                                                         htmlPath: "\(minutesFolder)/\(name).html", xmlPath: "\(minutesFolder)/\(name).xml",
                                                         htmlSHA256: result.htmlHash, xmlSHA256: result.xmlHash, draftedOn: held.description))
                        audit.append(AuditLine(at: now, actor: actor, action: "konsep", batch: batch.id, number: document.number, detail: "\(name).html", sha256: result.htmlHash))
                        audit.append(AuditLine(at: now, actor: actor, action: "konsep", batch: batch.id, number: document.number, detail: "\(name).xml", sha256: result.xmlHash))
                        outcome.numbers[session] = document.number
                        outcome.new.append(document.number)
                    }
                    try tx.insert(inserts)
                    try tx.audit(audit)
                    drawn += results
                }
                _ = try drawing.value()
            } catch {
                // The drawing threads stop and finish before their folder goes.
                feed.cancel()
                _ = try? drawing.value()
                _ = try? summary.value()
                staged.discard(staging)
                throw error
            }
            timer.mark("  draw \(documents.count) documents, register the new ones")

            // Decide what changes first; then the files are written on one thread while the
            // register is filled on another (one waits on the disk, the other on the CPU).
            enum Change { case new, redraw, revise }
            var changes: [(index: Int, change: Change)] = []
            var files: [(String, [UInt8])] = [], copies: [(String, URL)] = []
            for (index, (document, result)) in zip(documents, drawn).enumerated() {
                let session = document.item.entry.number
                let name = fileName(session)
                guard let record = existing[session] else {
                    // Already written while drawing.
                    changes.append((index, .new))
                    continue
                }
                if result.htmlHash == record.htmlSHA256 && result.xmlHash == record.xmlSHA256 {
                    outcome.unchanged += 1
                    continue
                }
                let isRevision = record.status >= .disetujui && revise.contains(session)
                if record.status >= .disetujui && !isRevision {
                    staged.discard(staging)
                    _ = try? summary.value()
                    throw ApprovedChange(number: record.number, session: session)
                }
                if isRevision {
                    // The approved version stays beside the correction, never overwritten.
                    copies.append(("\(batch.folder)/berita-acara/revisi/\(name)-r\(record.revision).html", staged.root.appendingPathComponent(record.htmlPath, isDirectory: false)))
                    copies.append(("\(batch.folder)/berita-acara/revisi/\(name)-r\(record.revision).xml", staged.root.appendingPathComponent(record.xmlPath, isDirectory: false)))
                }
                changes.append((index, isRevision ? .revise : .redraw))
                files.append(("\(batch.folder)/berita-acara/\(name).html", result.html))
                files.append(("\(batch.folder)/berita-acara/\(name).xml", result.xml))
            }
            let writer = Background { [files, copies] in try staged.stage(files, copies: copies, into: staging) }
            timer.mark("  decide")

            // The writer is waited for on every path, and its folder dropped if this fails.
            // New documents are registered already (while drawing); here the redrawn and revised.
            do {
                var audit: [AuditLine] = []
                for (index, change) in changes {
                    let document = documents[index], result = drawn[index]
                    let session = document.item.entry.number
                    let name = fileName(session)
                    let held = document.item.notes.heldOn ?? document.item.entry.date
                    switch change {
                    case .new:
                        break // registered while drawing
                    case .redraw, .revise:
                        var record = existing[session]!
                        let action = change == .revise ? "revisi" : "konsep diperbarui"
                        let detail = change == .revise ? "revisi ke-\(document.revision): \(reason); " : ""
                        if change == .revise {
                            record.status = .konsep
                            record.revision = document.revision
                            record.approvedOn = nil
                            record.approvedBy = nil
                            record.receivedOn = nil
                            record.receivedBy = nil
                            outcome.revised.append(record.number)
                        } else {
                            outcome.redrawn.append(record.number)
                        }
                        audit.append(AuditLine(at: now, actor: actor, action: action, batch: batch.id, number: record.number, detail: detail + "\(name).html", sha256: result.htmlHash))
                        audit.append(AuditLine(at: now, actor: actor, action: action, batch: batch.id, number: record.number, detail: detail + "\(name).xml", sha256: result.xmlHash))
                        record.htmlSHA256 = result.htmlHash
                        record.xmlSHA256 = result.xmlHash
                        record.draftedOn = held.description
                        try tx.update(record)
                    }
                }
                try tx.audit(audit)
                timer.mark("  register the redrawn and revised")
            } catch {
                if let staging = try? writer.value() { staged.discard(staging) }
                _ = try? summary.value()
                throw error
            }
            var more: [(String, [UInt8])] = []
            let rekapBytes = try summary.value()
            let rekapPath = "\(batch.folder)/rekap-coaching.html"
            if FileManager.default.contents(atPath: staged.root.appendingPathComponent(rekapPath).path).map({ Array($0) }) != rekapBytes {
                more.append((rekapPath, rekapBytes))
            }
            timer.mark("  rekap")
            _ = try writer.value()
            if !more.isEmpty { _ = try staged.stage(more, into: staging) }
            timer.mark("  stage the rest")
            if changes.isEmpty && more.isEmpty {
                staged.discard(staging)
                return outcome
            }
            do {
                var record = batch
                record.minutesOn = plan.ready.compactMap { $0.notes.heldOn }.max()?.description ?? record.minutesOn
                try tx.update(record)
                try tx.addPendingMove(staging)
            } catch {
                staged.discard(staging)
                throw error
            }
            return outcome
        }
    }

    /// The revision reason the registered document already carries, kept when it is redrawn.
    private func previous(_ record: RegisteredDocument, staged: StagedFiles) throws -> BeritaAcaraReader.Record? {
        guard record.revision > 0 else { return nil }
        let url = staged.root.appendingPathComponent(record.xmlPath, isDirectory: false)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var log = DiagnosticLog()
        return BeritaAcaraReader.read(InputFile(name: url.path, source: MemoryByteSource(Array(data))), log: &log)
    }

    /// Renders and hashes every document on all cores, chunk by chunk in order, handing each
    /// chunk to `feed`. `handle` sees each document as it is drawn and answers true when it has
    /// written its files, so that the bytes need not be kept.
    private static func draw(_ documents: [BeritaAcaraDocument], html: Template, xml: Template, into feed: DrawnChunks,
                             then handle: @Sendable (Int, Drawn) throws -> Bool) throws {
        let workers = ProcessInfo.processInfo.activeProcessorCount
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
private final class DrawnChunks: @unchecked Sendable {
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
