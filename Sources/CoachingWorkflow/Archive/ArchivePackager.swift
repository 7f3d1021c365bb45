import CoachingCore
import CoachingRegister
import CompiledMustache
import Crypto
import Foundation

/// Step 10 of the SOP: one deterministic ZIP package per batch for the records office, with
/// the documents, inputs, settings, the register's entries and audit log of the batch, an
/// `index.html` to browse and a manifest (signed when the office has a key). Marks the batch
/// archived in the register.
struct ArchivePackager {
    let commits: CommitPath
    let batch: RegisteredBatch
    let jadwal: JadwalRecord
    let configuration: Configuration
    let calendar: WorkingDayCalendar
    let toolVersion: String
    /// SHA-256 of the template sources in force.
    let templatesVersion: String
    let indexTemplate: Template
    /// For the audit log.
    let now: String
    let actor: String

    init(commits: CommitPath, batch: RegisteredBatch, jadwal: JadwalRecord, configuration: Configuration, calendar: WorkingDayCalendar,
                toolVersion: String, templatesVersion: String, indexTemplate: Template, now: String, actor: String) {
        self.commits = commits
        self.batch = batch
        self.jadwal = jadwal
        self.configuration = configuration
        self.calendar = calendar
        self.toolVersion = toolVersion
        self.templatesVersion = templatesVersion
        self.indexTemplate = indexTemplate
        self.now = now
        self.actor = actor
    }

    static let indexName = BatchLayout.index

    /// The package file name for a batch.
    static func packageName(_ batch: BatchID) -> String { "arsip-coaching-\(batch).zip" }

    /// What was done.
    struct Outcome: Sendable {
        var package: URL
        var sha256: String
        var files: Int
        var bytes: Int
        var signedWith: String?
        /// The batch was archived before and the package is the same.
        var unchanged: Bool
        /// The package holds unfinished documents (`--include-drafts`), and the batch stays open.
        var includesDrafts: Bool
    }

    /// Why the batch cannot be archived (yet), in words for the records office.
    struct Refusal: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    /// What still keeps the batch out of the archive: drafts, minutes not received, sessions
    /// without minutes. Empty when the batch is complete.
    func blockers(_ documents: [RegisteredDocument]) -> [String] {
        var found: [String] = []
        if let j = documents.first(where: { $0.kind == .jadwal }), j.status < .disetujui {
            found.append(configuration.language.text(.blockJadwalDraft, ["number": j.number.description]))
        }
        let minutes = Dictionary(documents.filter { $0.kind == .beritaAcara }.map { ($0.session, $0) }, uniquingKeysWith: { a, _ in a })
        for e in jadwal.entries {
            guard let d = minutes[e.number] else {
                found.append(configuration.language.text(.blockNoMinutes, ["session": "\(e.number)", "name": e.nama]))
                continue
            }
            switch d.status {
            case .konsep: found.append(configuration.language.text(.blockMinutesDraft, ["number": d.number.description, "session": "\(e.number)", "name": e.nama]))
            case .disetujui: found.append(configuration.language.text(.blockNotReceived, ["number": d.number.description, "session": "\(e.number)", "name": e.nama]))
            case .diterima, .diarsipkan: break
            }
        }
        // Nobody scheduled is left uncoached without a word: a make-up proposed is recorded first.
        for absence in NoShowRecords(documents, root: commits.root).absences(jadwal) where !absence.nextBatch {
            found.append(configuration.language.text(.blockMakeUp, ["number": absence.number, "session": "\(absence.session)", "name": absence.name,
                                                                    "makeUp": absence.makeUp ?? "-"]))
        }
        return found
    }

    /// Starts reading (and hashing) a batch folder's files in the background, so the disk and
    /// the second core work while the command reads the register and the Jadwal.
    static func prefetch(_ folder: URL) -> Background<[BatchFiles.File]> {
        Background { try BatchFiles.read(try BatchFiles.list(folder, excluding: [indexName, BatchRecordCopy.folder]), in: folder) }
    }

    /// Builds the package and, unless `includeDrafts`, marks the batch archived. A batch
    /// archived before gives the same bytes again (its archive date is the one recorded).
    /// `record`: the batch's register rows and audit lines, read and checked by the caller.
    func archive(on requested: CivilDate, includeDrafts: Bool, key: Curve25519.Signing.PrivateKey?, to destination: URL,
                 record: BatchRecord, prefetched: Background<[BatchFiles.File]>? = nil, progress: any ProgressReporter = SilentProgress()) throws -> Outcome {
        var timer = StageTimer()
        // Four stages, not files: the files are read and compressed on every core in one call each.
        let stages = ProgressCounter(.archive, total: 4, reporter: progress)
        defer { stages.end() }
        let plan = try plan(record, on: requested, includeDrafts: includeDrafts)
        // The batch folder as it is, checked against what the register recorded.
        let folder = commits.root.appendingPathComponent(batch.folder)
        let read = try? prefetched?.value()
        let files = try read ?? BatchFiles.read(try BatchFiles.list(folder, excluding: [Self.indexName, BatchRecordCopy.folder]), in: folder)
        timer.mark("  read and hash \(files.count) files")
        stages.advance()
        // Compressing is most of the work: it runs while the rest is put together.
        let top = batch.id
        let packing = Background { ZipWriter.pack(files.map { ZipEntry(path: "\(top)/\($0.path)", bytes: $0.bytes) }) }
        try plan.check(files, folder: folder, language: configuration.language)
        timer.mark("  check the files against the register")
        let additions = try additions(plan, files: files, key: key)
        timer.mark("  register extract, index, manifest and signature")
        stages.advance()
        let packed = (try packing.value() + ZipWriter.pack(additions.entries)).sorted { $0.path < $1.path }
        timer.mark("  compressed")
        stages.advance()
        var writer = ZipWriter(date: plan.date)
        try writer.append(packed: packed)
        let package = try writer.finishParts()
        let size = package.reduce(0) { $0 + $1.count }
        // Hashed on the other core while the package is written.
        let hashing = Background { SHA256Digest.hex(package) }
        timer.mark("  assemble the ZIP")

        let target = destination.appendingPathComponent(Self.packageName(batch.id))
        var outcome = Outcome(package: target, sha256: "", files: packed.count, bytes: size, signedWith: additions.signedWith,
                              unchanged: false, includesDrafts: !plan.marksArchived)
        if plan.archivedBefore, let existing = try? BatchFiles.contents(target.path), existing.count == size,
           SHA256Digest.hex(existing) == (try hashing.value()) {
            try writeIndex(additions.index)
            outcome.sha256 = try hashing.value()
            outcome.unchanged = true
            return outcome
        }
        try Self.replace(target, with: package)
        outcome.sha256 = try hashing.value()
        timer.mark("  write the package")
        stages.advance()
        try recordArchived(plan, package: target, sha256: outcome.sha256, index: additions.index)
        timer.mark("  register and index.html in the batch folder")
        return outcome
    }

    /// What archiving will do: the documents as they will be recorded, the date, whether the
    /// batch is marked archived.
    struct Plan {
        var documents: [RegisteredDocument]
        var audit: [AuditEntry]
        var date: CivilDate
        var archivedBefore: Bool
        /// False for a package of an unfinished batch (`--include-drafts`): it stays open.
        var marksArchived: Bool
        /// Registered documents by their path in the batch folder.
        var byPath: [String: RegisteredDocument] = [:]
        /// The batch's other files the register hashed (inputs' copies, settings, lists, rekap), by path in the batch folder.
        var otherFiles: [String: String] = [:]
        /// Each audit line's place in the register's hash chain, for the package's extract.
        var links: [Int64: AuditLink] = [:]
        /// The signed copies and scans by their path in the batch folder, each with the path of
        /// the PDF it extends (signed copies).
        var copies: [String: (copy: DocumentCopy, basis: String?)] = [:]

        /// Every registered file is in `files` with the hash the register recorded, and no
        /// private key is among them. Refusals are said in `language`.
        func check(_ files: [BatchFiles.File], folder: URL, language: Language) throws {
            var onDisk: Set<String> = []
            for file in files {
                if OfficeKey.looksPrivate(file.bytes) {
                    throw Refusal(description: language.text(.archivePrivateKey, ["path": "\(folder.path)/\(file.path)"]))
                }
                if let recorded = otherFiles[file.path] {
                    onDisk.insert(file.path)
                    if file.sha256 != recorded {
                        throw Refusal(description: language.text(.archiveFileChanged, ["path": "\(folder.path)/\(file.path)"]))
                    }
                    continue
                }
                guard let d = byPath[file.path] else { continue }
                onDisk.insert(file.path)
                let expected = file.path.hasSuffix(".xml") ? d.xmlSHA256 : d.htmlSHA256
                if file.sha256 != expected {
                    throw Refusal(description: language.text(.archiveFileChanged, ["path": "\(folder.path)/\(file.path) (\(d.number))"]))
                }
            }
            if let missing = byPath.keys.sorted().first(where: { !onDisk.contains($0) }) {
                throw Refusal(description: language.text(.archiveFileMissing, ["path": "\(folder.path)/\(missing) (\(byPath[missing]!.number))"]))
            }
            if let missing = otherFiles.keys.sorted().first(where: { !onDisk.contains($0) }) {
                throw Refusal(description: language.text(.archiveFileMissing, ["path": "\(folder.path)/\(missing)"]))
            }
        }
    }

    /// The register's view of the batch; refused while something is unfinished, unless `includeDrafts`.
    private func plan(_ record: BatchRecord, on requested: CivilDate, includeDrafts: Bool) throws -> Plan {
        var documents = record.documents
        let audit = record.audit.filter { !$0.action.hasPrefix("diarsipkan") && !$0.action.hasPrefix("arsip") }
        let blockers = blockers(documents)
        if !blockers.isEmpty && !includeDrafts {
            let language = configuration.language
            let shown = blockers.prefix(10).map { "  - \($0)" }
                + (blockers.count > 10 ? ["  -" + language.text(.andMore, ["count": "\(blockers.count - 10)"]).replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")] : [])
            throw Refusal(description: language.text(.archiveNotYet, ["batch": batch.id.description, "list": shown.joined(separator: "\n")]))
        }
        let archivedBefore = batch.archivedOn
        let date = archivedBefore ?? requested
        if blockers.isEmpty {
            for i in documents.indices where documents[i].status < .diarsipkan {
                documents[i].status = .diarsipkan
                documents[i].archivedOn = date
            }
        }
        var plan = Plan(documents: documents, audit: audit, date: date, archivedBefore: archivedBefore != nil, marksArchived: blockers.isEmpty)
        for d in documents {
            plan.byPath[RegisterExtract.relative(d.htmlPath, batch.folder)] = d
            plan.byPath[RegisterExtract.relative(d.xmlPath, batch.folder)] = d
        }
        for (path, sha256) in try commits.read({ try $0.files(batch: batch.id) }) {
            plan.otherFiles[RegisterExtract.relative(path, batch.folder)] = sha256
        }
        plan.links = try commits.read { try $0.auditLinks(batch: batch.id) }
        let copies = try commits.read { try $0.copies(batch: batch.id) }
        let pdfBySHA = Dictionary(copies.filter { $0.form == .pdf }.map { ($0.sha256, $0.path) }, uniquingKeysWith: { a, _ in a })
        for c in copies where c.form != .pdf {
            // A signed copy names the PDF it extends by that PDF's hash; the manifest by its path in the package.
            plan.copies[RegisterExtract.relative(c.path, batch.folder)] = (c, pdfBySHA[c.basis].map { RegisterExtract.relative($0, batch.folder) })
        }
        return plan
    }

    /// What the package adds to the batch folder's files: the register's extract, the index,
    /// the manifest of everything, and its signature when there is a key.
    private func additions(_ plan: Plan, files batchFiles: [BatchFiles.File],
                           key: Curve25519.Signing.PrivateKey?) throws -> (entries: [ZipEntry], index: [UInt8], signedWith: String?) {
        var added = [
            Self.generated(RegisterExtract.documentsPath, RegisterExtract.documents(plan.documents, prefix: batch.folder)),
            Self.generated(RegisterExtract.auditPath, RegisterExtract.audit(plan.audit, links: plan.links)),
        ]
        var files = batchFiles + added
        let indexValue = indexDocument(documents: plan.documents, files: files, on: plan.date, includesDrafts: !plan.marksArchived, audit: plan.audit, copies: plan.copies).value
        let index = try indexTemplate.render(indexValue, sizeHint: 64 * 1024 + plan.documents.count * 600)
        added.append(Self.generated(Self.indexName, index))
        files.append(added.last!)
        files.sort { $0.path < $1.path }
        let manifest = ArchiveManifest(
            batch: batch.id.description, jadwalNumber: jadwal.number, archivedOn: plan.date, includesDrafts: !plan.marksArchived, toolVersion: toolVersion,
            templatesVersion: templatesVersion,
            files: files.map { f in
                let d = plan.byPath[f.path]
                if let (copy, basis) = plan.copies[f.path] {
                    return ArchiveManifest.File(path: f.path, sha256: f.sha256, size: f.bytes.count, kind: copy.form == .signed ? .signed : .scan,
                                                number: copy.number.isEmpty ? nil : copy.number, basis: basis, signer: copy.signer,
                                                signerID: copy.signerID, signedAt: copy.signedAt)
                }
                return ArchiveManifest.File(path: f.path, sha256: f.sha256, size: f.bytes.count, kind: d.map { Self.kind(of: $0.kind) } ?? Self.kind(f.path),
                                            number: d?.number.description, session: d.flatMap { $0.kind == .beritaAcara ? $0.session : nil }, nip: d?.nip,
                                            status: d?.status.rawValue)
            })
        let manifestBytes = manifest.xml()
        var entries = added.map { ZipEntry(path: "\(batch.id)/\($0.path)", bytes: $0.bytes) }
        entries.append(ZipEntry(path: "\(batch.id)/\(ArchiveManifest.fileName)", bytes: manifestBytes))
        var signedWith: String?
        if let key {
            let signature = try ManifestSignature(manifest: manifestBytes, key: key)
            entries.append(ZipEntry(path: "\(batch.id)/\(ManifestSignature.fileName)", bytes: Array(signature.text.utf8)))
            signedWith = signature.fingerprint
        }
        return (entries, index, signedWith)
    }

    /// The package is in place; now the register and the index in the batch folder, together.
    private func recordArchived(_ plan: Plan, package target: URL, sha256: String, index: [UInt8]) throws {
        try commits.commit { tx, staging in
            if plan.marksArchived {
                for d in plan.documents { try tx.update(d) }
                var archived = batch
                archived.archivedOn = plan.date
                archived.package = target.path
                try tx.update(archived)
            }
            try tx.audit(at: now, actor: actor, action: plan.marksArchived ? "diarsipkan" : "arsip sementara (berisi konsep)", batch: batch.id,
                         number: plan.documents.first { $0.kind == .jadwal }?.number, detail: target.lastPathComponent, sha256: sha256)
            try staging.stage([("\(batch.folder)/\(Self.indexName)", index)])
        }
    }

    private func writeIndex(_ index: [UInt8]) throws {
        let path = commits.root.appendingPathComponent("\(batch.folder)/\(Self.indexName)").path
        if (try? BatchFiles.contents(path)) == index { return }
        try commits.commit { _, staging in try staging.stage([("\(batch.folder)/\(Self.indexName)", index)]) }
    }

    static func generated(_ path: String, _ bytes: [UInt8]) -> BatchFiles.File {
        BatchFiles.File(path: path, bytes: bytes, sha256: SHA256Digest.hex(bytes))
    }

    /// The manifest's kind of a numbered document.
    static func kind(of kind: DocumentKind) -> ArchiveManifest.Kind {
        switch kind {
        case .jadwal: .jadwal
        case .beritaAcara: .beritaAcara
        case .tandaTerima: .tandaTerima
        }
    }

    /// The kind of a file that is not a numbered document, by where the batch keeps it.
    static func kind(_ path: String) -> ArchiveManifest.Kind {
        switch path {
        case BatchLayout.jadwalHTML, BatchLayout.jadwalXML: .jadwal
        case BatchLayout.rekap: .rekap
        case indexName: .indeks
        case BatchLayout.candidates, BatchLayout.candidatesWorkbook: .kandidat
        case BatchLayout.worksheet, BatchLayout.worksheetWorkbook: .lembarKerja
        case BatchLayout.settings: .pengaturan
        default:
            if path.hasPrefix(BatchLayout.inputsFolder + "/") { .masukan }
            else if path.hasPrefix(BatchLayout.distributionFolder + "/") { .distribusi }
            else if path.hasPrefix(BatchLayout.preparationFolder + "/") { .persiapan }
            else if path.hasPrefix("register/") { .register }
            else if path.hasPrefix("catatan/") { .catatan }
            else if path.hasSuffix(".pdf") { .pdf }
            else { .lain }
        }
    }

    /// Writes `bytes` to `target` through a temporary file and a rename, so a package is
    /// either the old one or the whole new one.
    static func replace(_ target: URL, with bytes: [[UInt8]]) throws {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            try StagedFiles.write(bytes, to: temporary.path)
        } catch {
            // A full disk must not leave half a package behind.
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        let descriptor = open(temporary.path, O_RDONLY)
        if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        guard rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            // What the file system said, in the clerk's words (``FileProblem``).
            throw FileProblem(errno: errno, path: target.path)
        }
    }
}
