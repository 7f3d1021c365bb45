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
    /// The language of refusals and notes (the batch's configuration carries the run's).
    var language: Language { configuration.language }

    /// Step 4: the Jadwal approved, its final HTML and XML drawn with `html` and `xml`.
    /// The distribution (step 4) is drawn with it: `notice` for the Team Leaders, `stamp` the
    /// invitations' DTSTAMP.
    func approveJadwal(on date: CivilDate, by nip: String, html: Template, xml: Template, notice: Template, stamp: String) throws -> Outcome {
        try require(nip, is: configuration.people.kepalaSeksiPKL, role: "Kepala Seksi PKL", key: "people.kepala_seksi_pkl", action: language.text(.actionApprove))
        try notInTheFuture(date, what: language.text(.whatApproval))
        return try write { tx in
            var document = try registeredJadwal(tx)
            if document.status >= .disetujui {
                return ([], Outcome(notes: [language.text(.jadwalAlreadyApproved, ["number": document.number.description,
                                                                                    "date": document.approvedOn?.description ?? "?"])]))
            }
            try notBefore(date, document.draftedOn, what: language.text(.whenJadwalDrafted))
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
                    Outcome(done: [document.number.description],
                            notes: [language.text(.distributed, ["summary": distribution.summary, "folder": "\(batch.id.folder)/\(BatchLayout.distributionFolder)"])]
                                + distribution.notes))
        }
    }

    /// Step 8: the Berita Acara of `sessions` (every draft when empty) approved and drawn final.
    func approveMinutes(_ sessions: [Int], on date: CivilDate, by nip: String, html: Template, xml: Template, rekap: Template) throws -> Outcome {
        try require(nip, is: configuration.people.kepalaSeksiPKL, role: "Kepala Seksi PKL", key: "people.kepala_seksi_pkl", action: language.text(.actionApprove))
        try notInTheFuture(date, what: language.text(.whatApproval))
        return try write { tx in
            let jadwalDocument = try registeredJadwal(tx)
            guard let jadwalApproved = jadwalDocument.approvedOn, jadwalDocument.status >= .disetujui else {
                throw Refusal(description: language.text(.jadwalNotApprovedYet, ["number": jadwalDocument.number.description, "batch": batch.id.description]))
            }
            let chosen = try choose(sessions, tx) { $0.status == .konsep }
            var files: [(String, [UInt8])] = [], outcome = Outcome()
            var waiting: [RegisteredDocument] = []
            for document in chosen {
                if document.status >= .disetujui {
                    outcome.notes.append(language.text(.minutesAlreadyApproved, ["number": document.number.description, "session": "\(document.session)",
                                                                                  "date": document.approvedOn?.description ?? "?"]))
                    continue
                }
                try notBefore(date, document.draftedOn, what: language.text(.whenSessionHeld, ["number": document.number.description]))
                try notBefore(date, jadwalApproved, what: language.text(.whenJadwalApproved))
                waiting.append(document)
            }
            // Reading each draft back and drawing it final needs nothing shared: every core.
            // The register is then changed on this thread, in one go.
            let shared = BeritaAcaraDocument.Batch(configuration: configuration, jadwalNumber: jadwal.number)
            let root = commits.root, language = language
            let drawn = waiting.parallelMap(minimumPerThread: 16) { document in
                Result { () throws(Refusal) -> ([UInt8], [UInt8]) in
                    let xmlBytes = try Self.unchanged(document, root: root, language: language)
                    var log = DiagnosticLog()
                    // Its hash matched the register: the file coaching wrote, no schema check needed.
                    guard let draft = BeritaAcaraReader.read(InputFile(name: root.appendingPathComponent(document.xmlPath, isDirectory: false).path,
                                                                       source: MemoryByteSource(xmlBytes)), validate: false, language: language, log: &log) else {
                        throw Refusal(description: log.sorted.map(\.formatted).joined(separator: "\n"))
                    }
                    let value = BeritaAcaraDocument(item: draft.item, batch: shared, number: document.number.description, approvedOn: date,
                                                    revision: draft.revision, revisionReason: draft.revisionReason).value
                    do {
                        return (try html.render(value, sizeHint: 8192), try xml.render(value, sizeHint: 8192))
                    } catch {
                        throw Refusal(description: language.text(.minutesNotDrawn, ["number": document.number.description, "reason": language.describe(error)]))
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
            if chosen.isEmpty { outcome.notes.append(language.text(.noMinutesWaitingApproval, ["batch": batch.id.description])) }
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
            throw Refusal(description: language.text(.registerNoJadwal, ["batch": batch.id.description]))
        }
        return document
    }

    /// The Berita Acara of `sessions`, or those `default` picks when none are named.
    func choose(_ sessions: [Int], _ tx: RegisterTransaction, default pick: (RegisteredDocument) -> Bool) throws -> [RegisteredDocument] {
        let all = try tx.documents(batch: batch.id, kind: .beritaAcara)
        let unknown = sessions.filter { s in !all.contains { $0.session == s } }
        guard unknown.isEmpty else {
            throw Refusal(description: language.text(.noMinutesForSession, ["sessions": unknown.map(String.init).joined(separator: ", "), "batch": batch.id.description]))
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
            throw Refusal(description: language.text(.refusalNotNIP, ["nip": nip]), isUsage: true)
        }
        guard let expected = person.nip else {
            throw Refusal(description: language.text(.refusalNoRole, ["role": role, "key": key, "action": action]))
        }
        guard given == expected else {
            throw Refusal(description: language.text(.refusalWrongPerson, ["nip": nip, "action": action, "role": role, "name": person.name,
                                                                          "expected": expected.description, "key": key]))
        }
    }

    /// Refuses a date after today: what is recorded has happened. (The audit log keeps the
    /// real time of recording beside the date stated.)
    func notInTheFuture(_ date: CivilDate, what: String) throws {
        guard date > today else { return }
        throw Refusal(description: language.text(.refusalFuture, ["date": date.text(language), "today": today.text(language), "what": what]))
    }

    /// Refuses a date before `earlier` (an ISO date from the register).
    func notBefore(_ date: CivilDate, _ before: CivilDate?, what: String) throws {
        guard let before, date < before else { return }
        throw Refusal(description: language.text(.refusalBackwards, ["date": date.text(language), "before": before.text(language), "what": what]))
    }

    /// The document's XML, once both its files are found as the register recorded them.
    static func unchanged(_ document: RegisteredDocument, root: URL, language: Language) throws(Refusal) -> [UInt8] {
        var xmlBytes: [UInt8] = []
        for (path, expected) in [(document.htmlPath, document.htmlSHA256), (document.xmlPath, document.xmlSHA256)] {
            let url = root.appendingPathComponent(path, isDirectory: false)
            guard let bytes = try? BatchFiles.contents(url.path) else {
                throw Refusal(description: language.text(.documentMissing, ["path": url.path, "number": document.number.description]))
            }
            if SHA256Digest.hex(bytes) != expected {
                throw Refusal(description: language.text(.documentChanged, ["path": url.path, "number": document.number.description]))
            }
            xmlBytes = bytes
        }
        return xmlBytes
    }

    /// Approving or receiving must be about exactly what was drafted: files edited by hand or
    /// damaged are refused.
    func requireUnchanged(_ document: RegisteredDocument) throws {
        _ = try Self.unchanged(document, root: commits.root, language: language)
    }
}
