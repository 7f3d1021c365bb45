import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

/// Steps 4, 8 and 9 of the SOP on a registered batch: the Kepala Seksi PKL approves the Jadwal
/// and the Berita Acara (the final documents are drawn again from the drafts, without KONSEP,
/// dated), and the Kepala Kantor receives the Berita Acara (`Receipt/`). Only the person the batch's
/// settings name for the role; dates only forward; files checked against the register first.
struct Lifecycle {
    /// Why a step cannot be recorded, in words for the person at the desk.
    struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        var description: String
        /// The NIP given is not a NIP at all: a wrong command line, not a refusal.
        var isUsage = false
    }

    /// What a step did, and what it left alone and why.
    struct Outcome: Sendable, Equatable {
        var done: [String] = []
        var notes: [String] = []
    }

    let commits: CommitPath
    let batch: RegisteredBatch
    let jadwal: JadwalRecord
    let configuration: Configuration
    /// For the audit log.
    let now: String
    /// Today in Jakarta: a step cannot be dated after it.
    let today: CivilDate

    /// Step 4: the Jadwal approved, its final HTML and XML drawn with `html` and `xml`.
    /// The distribution (step 4) is drawn with it: `notice` for the Team Leaders, `stamp` the
    /// invitations' DTSTAMP.
    func approveJadwal(on date: CivilDate, by nip: String, html: Template, xml: Template, notice: Template, stamp: String) throws -> Outcome {
        try require(nip, is: configuration.people.kepalaSeksiPKL, role: "Kepala Seksi PKL", key: "people.kepala_seksi_pkl", action: "approve")
        try notInTheFuture(date, what: "an approval")
        return try write { tx in
            var document = try registeredJadwal(tx)
            if document.status >= .disetujui {
                return ([], Outcome(notes: ["\(document.number) was already approved on \(document.approvedOn?.description ?? "?"); nothing changed."]))
            }
            try notBefore(date, document.draftedOn, what: "the Jadwal was drafted")
            try requireUnchanged(document)
            var record = jadwal
            record.approvedOn = date
            let value = JadwalDocument(record: record, configuration: configuration).value
            let htmlBytes = try html.render(value, sizeHint: 16_384), xmlBytes = try xml.render(value, sizeHint: 16_384)
            try tx.audit(approve(&document, on: date, by: nip, html: htmlBytes, xml: xmlBytes))
            try tx.update(document)
            // Minutes recorded before the approval may already move or cancel sessions: the
            // first distribution sends them as their no-show records say, not as drafted.
            let wanted = DistributeJadwal.wanted(NoShowRecords(try tx.documents(batch: batch.id, kind: .beritaAcara), root: commits.root))
            let changes = DistributeJadwal.changes(record.entries, wanted: wanted, sent: DistributeJadwal.original)
            let distribution = try DistributeJadwal(batch: batch, configuration: configuration, root: commits.root, notice: notice, stamp: stamp)
                .draw(record, changes: changes, registered: try tx.files(batch: batch.id))
            try tx.recordFiles(distribution.files.map { ($0.0, SHA256Digest.hex($0.1), $0.1.count) }, batch: batch.id)
            try tx.audit([AuditLine(at: now, actor: nip, action: DistributeJadwal.action, batch: batch.id, number: document.number,
                                    detail: distribution.summary)])
            return ([(document.htmlPath, htmlBytes), (document.xmlPath, xmlBytes)] + distribution.files,
                    Outcome(done: [document.number.description], notes: ["Distributed: \(distribution.summary) in \(batch.id.folder)/\(BatchLayout.distributionFolder)/."] + distribution.notes))
        }
    }

    /// Step 8: the Berita Acara of `sessions` (every draft when empty) approved and drawn final.
    func approveMinutes(_ sessions: [Int], on date: CivilDate, by nip: String, html: Template, xml: Template, rekap: Template) throws -> Outcome {
        try require(nip, is: configuration.people.kepalaSeksiPKL, role: "Kepala Seksi PKL", key: "people.kepala_seksi_pkl", action: "approve")
        try notInTheFuture(date, what: "an approval")
        return try write { tx in
            let jadwalDocument = try registeredJadwal(tx)
            guard let jadwalApproved = jadwalDocument.approvedOn, jadwalDocument.status >= .disetujui else {
                throw Refusal(description: "the Jadwal \(jadwalDocument.number) is not approved yet; the SOP approves it (step 4) before the Berita Acara (step 8): coaching approve \(batch.id) --document jadwal …")
            }
            let chosen = try choose(sessions, tx) { $0.status == .konsep }
            var files: [(String, [UInt8])] = [], outcome = Outcome()
            var waiting: [RegisteredDocument] = []
            for document in chosen {
                if document.status >= .disetujui {
                    outcome.notes.append("\(document.number) (session \(document.session)) was already approved on \(document.approvedOn?.description ?? "?"); left as it is.")
                    continue
                }
                try notBefore(date, document.draftedOn, what: "\(document.number) records a session on that day")
                try notBefore(date, jadwalApproved, what: "the Jadwal was approved")
                waiting.append(document)
            }
            // Reading each draft back and drawing it final needs nothing shared: every core.
            // The register is then changed on this thread, in one go.
            let shared = BeritaAcaraDocument.Batch(configuration: configuration, jadwalNumber: jadwal.number)
            let root = commits.root
            let drawn = waiting.parallelMap(minimumPerThread: 16) { document in
                Result { () throws(Refusal) -> ([UInt8], [UInt8]) in
                    let xmlBytes = try Self.unchanged(document, root: root)
                    var log = DiagnosticLog()
                    // Its hash matched the register: the file coaching wrote, no schema check needed.
                    guard let draft = BeritaAcaraReader.read(InputFile(name: root.appendingPathComponent(document.xmlPath, isDirectory: false).path,
                                                                       source: MemoryByteSource(xmlBytes)), validate: false, log: &log) else {
                        throw Refusal(description: log.sorted.map(\.formatted).joined(separator: "\n"))
                    }
                    let value = BeritaAcaraDocument(item: draft.item, batch: shared, number: document.number.description, approvedOn: date,
                                                    revision: draft.revision, revisionReason: draft.revisionReason).value
                    do {
                        return (try html.render(value, sizeHint: 8192), try xml.render(value, sizeHint: 8192))
                    } catch {
                        throw Refusal(description: "\(document.number) could not be drawn: \(error)")
                    }
                }
            }
            var audit: [AuditLine] = []
            for (var document, result) in zip(waiting, drawn) {
                let (htmlBytes, xmlBytes) = try result.get()
                audit += approve(&document, on: date, by: nip, html: htmlBytes, xml: xmlBytes)
                try tx.update(document)
                files += [(document.htmlPath, htmlBytes), (document.xmlPath, xmlBytes)]
                outcome.done.append(document.number.description)
            }
            try tx.audit(audit)
            if chosen.isEmpty { outcome.notes.append("No Berita Acara of batch \(batch.id) is waiting for approval; nothing changed.") }
            if !waiting.isEmpty {
                files.append(try redraw(rekap).stage(try tx.documents(batch: batch.id, kind: .beritaAcara), date: date,
                                                     drawn: Dictionary(files, uniquingKeysWith: { a, _ in a }), tx: tx))
            }
            return (files, outcome)
        }
    }

    // MARK: the rules every step shares

    /// The rekap, drawn again for the states this step leaves.
    func redraw(_ template: Template) -> RekapRedraw {
        RekapRedraw(jadwal: jadwal, configuration: configuration, template: template, root: commits.root, batch: batch)
    }

    /// One transaction: the files the body draws are staged and committed with it.
    func write(_ body: (RegisterTransaction) throws -> ([(String, [UInt8])], Outcome)) throws -> Outcome {
        try commits.commit { tx, staging in
            let (files, outcome) = try body(tx)
            if !files.isEmpty { try staging.stage(files) }
            return outcome
        }
    }

    func registeredJadwal(_ tx: RegisterTransaction) throws -> RegisteredDocument {
        guard let document = try tx.documents(batch: batch.id, kind: .jadwal).first else {
            throw Refusal(description: "the register has no Jadwal for batch \(batch.id)")
        }
        return document
    }

    /// The Berita Acara of `sessions`, or those `default` picks when none are named.
    func choose(_ sessions: [Int], _ tx: RegisterTransaction, default pick: (RegisteredDocument) -> Bool) throws -> [RegisteredDocument] {
        let all = try tx.documents(batch: batch.id, kind: .beritaAcara)
        let unknown = sessions.filter { s in !all.contains { $0.session == s } }
        guard unknown.isEmpty else {
            throw Refusal(description: "no Berita Acara for session \(unknown.map(String.init).joined(separator: ", ")) in batch \(batch.id); run coaching minutes first")
        }
        return all.filter { sessions.isEmpty ? pick($0) : sessions.contains($0.session) }
    }

    /// The document marked approved, with the final files' hashes, and its audit lines.
    func approve(_ document: inout RegisteredDocument, on date: CivilDate, by nip: String, html: [UInt8], xml: [UInt8]) -> [AuditLine] {
        document.status = .disetujui
        document.approvedOn = date
        document.approvedBy = nip
        document.htmlSHA256 = SHA256Digest.hex(html)
        document.xmlSHA256 = SHA256Digest.hex(xml)
        return [(document.htmlPath, document.htmlSHA256), (document.xmlPath, document.xmlSHA256)].map { path, hash in
            AuditLine(at: now, actor: nip, action: "disetujui", batch: batch.id, number: document.number,
                      detail: URL(fileURLWithPath: path).lastPathComponent, sha256: hash)
        }
    }

    /// Only the person the batch's settings name for the role.
    func require(_ nip: String, is person: Configuration.Person, role: String, key: String, action: String) throws {
        guard case .valid(let given, _) = NIP.validate(Array(nip.utf8), isPPPK: true) else {
            throw Refusal(description: "--by \(nip) is not a NIP (18 digits)", isUsage: true)
        }
        guard let expected = person.nip else {
            throw Refusal(description: "the batch's coaching.toml names no \(role) (\(key).nip), so nobody can \(action)")
        }
        guard given == expected else {
            throw Refusal(description: "NIP \(nip) cannot \(action): that is for the \(role), \(person.name) (NIP \(expected)), as the batch's coaching.toml names in \(key)")
        }
    }

    /// Refuses a date after today: what is recorded has happened. (The audit log keeps the
    /// real time of recording beside the date stated.)
    func notInTheFuture(_ date: CivilDate, what: String) throws {
        guard date > today else { return }
        throw Refusal(description: "\(date.indonesian) is after today (\(today.indonesian), WIB); \(what) cannot be recorded before it has happened")
    }

    /// Refuses a date before `earlier` (an ISO date from the register).
    func notBefore(_ date: CivilDate, _ before: CivilDate?, what: String) throws {
        guard let before, date < before else { return }
        throw Refusal(description: "\(date.indonesian) is before \(before.indonesian), when \(what); dates cannot go backwards")
    }

    /// The document's XML, once both its files are found as the register recorded them.
    static func unchanged(_ document: RegisteredDocument, root: URL) throws(Refusal) -> [UInt8] {
        var xmlBytes: [UInt8] = []
        for (path, expected) in [(document.htmlPath, document.htmlSHA256), (document.xmlPath, document.xmlSHA256)] {
            let url = root.appendingPathComponent(path, isDirectory: false)
            guard let bytes = try? BatchFiles.contents(url.path) else {
                throw Refusal(description: "\(url.path) (\(document.number)) is missing; the register expects it")
            }
            if SHA256Digest.hex(bytes) != expected {
                throw Refusal(description: "\(url.path) (\(document.number)) was changed after coaching wrote it; restore it, or draw it again with coaching minutes")
            }
            xmlBytes = bytes
        }
        return xmlBytes
    }

    /// Approving or receiving must be about exactly what was drafted: files edited by hand or
    /// damaged are refused.
    func requireUnchanged(_ document: RegisteredDocument) throws {
        _ = try Self.unchanged(document, root: commits.root)
    }
}
