import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching minutes BATCH --notes FILE`
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Turn the Quality Assessors' notes into the Berita Acara Coaching of each held session (HTML and XML).",
        discussion: """
        Steps 6–7 of the SOP. NOTES is the batch's lembar-kerja.csv filled in (as Excel saves it: ';' and 27/11/2026 are fine) or the same as XML (Schemas/catatan-coaching.xsd). Per session: hadir (ya/tidak; empty while pending), tanggal (the day it was held), pembahasan, komitmen (one per line) with target_tanggal, tindak_lanjut, catatan.

        Every row is checked against the batch's Jadwal: a session that does not exist, a NIP or date that does not match, a session after the deadline, a held session without discussion or commitments. With any problem nothing is written, unless --only-valid is given; then the rest is listed as pending.

        Writes, into the batch folder: berita-acara/sesi-NNN.html and .xml (a no-show gets a short record of its own), and rekap-coaching.html. Numbers (BA-n/UNIT/YEAR) come from the register and never change: running again on the same notes changes nothing. A draft is redrawn when its notes change; an approved one only with --revise SESSION --reason TEXT.

        Example:
          coaching minutes 2026-001 --notes lembar-kerja-terisi.csv
        """
    )

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp("The filled-in worksheet (.csv or .xml).", valueName: "file"))
    var notes: String

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones, file by file.", valueName: "dir"))
    var templates: String?

    @Flag(help: "Write the minutes of the sessions whose notes are in order, and list the rest as pending.")
    var onlyValid = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Sessions whose approved Berita Acara is corrected (a new revision).", valueName: "session"))
    var revise: [Int] = []

    @Option(help: ArgumentHelp("Why the revision is needed; kept in the document and the audit log.", valueName: "text"))
    var reason: String?

    func validate() throws {
        if !revise.isEmpty && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--revise needs --reason: say why the approved Berita Acara is corrected")
        }
    }

    func run() throws {
        let context = try BatchContext.open(batch, out: out)
        let folder = try templateFolder(templates)
        let html = try BatchContext.template(folder, "berita-acara-coaching.html", schema: BeritaAcaraDocument.schema)
        let xml = try BatchContext.template(folder, "berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema)
        let rekapTemplate = try BatchContext.template(folder, "rekap-coaching.html", schema: RekapDocument.schema)

        let (rows, readLog) = NotesReader().read(InputFile(name: notes, source: try FileByteSource(path: notes)))
        let plan = MinutesPlan(jadwal: context.jadwal, notes: rows, log: readLog)
        for d in plan.log.sorted { printError(d.formatted) }
        if plan.log.hasErrors && !onlyValid {
            printError("The notes have errors (above); nothing was written. Fix them, or use --only-valid to write the minutes of the sessions in order.")
            throw ExitCode(1)
        }
        let configuration = context.configuration
        let missing = BeritaAcaraDocument.schema.emptyRequiredValues(in: BeritaAcaraDocument(
            item: plan.ready.first ?? MinutesPlan.Item(entry: context.jadwal.entries[0], notes: SessionNotes(
                session: 1, location: SourceLocation(file: notes), heldOn: nil, nip: nil, attendance: .absent)),
            jadwalNumber: context.jadwal.number, number: "-", configuration: configuration).value)
        guard missing.isEmpty else {
            for m in missing { printError("error: \(m) is empty in the batch's coaching.toml") }
            printError("The Berita Acara cannot be signed without these; nothing was written.")
            throw ExitCode(1)
        }

        let id = context.batch.id
        let now = RegisterAccess.now(), actor = RegisterAccess.systemUser()
        let summary = try context.register.transaction { tx -> (new: [String], redrawn: [String], unchanged: Int, numbers: [Int: String]) in
            let existing = Dictionary(try tx.documents(batch: id, kind: .beritaAcara).map { ($0.session, $0) }, uniquingKeysWith: { a, _ in a })
            var files: [(String, [UInt8])] = [], copies: [(String, URL)] = []
            var new: [String] = [], redrawn: [String] = [], unchanged = 0
            var numbers = existing.mapValues(\.number)
            for item in plan.ready {
                let session = item.entry.number
                let name = String(format: "sesi-%03d", session)
                let htmlPath = context.path("berita-acara/\(name).html"), xmlPath = context.path("berita-acara/\(name).xml")
                if var record = existing[session] {
                    let approved = record.approvedOn.flatMap { CivilDate(parsing: $0) }
                    let isRevision = record.status >= .disetujui && revise.contains(session)
                    // Same revision as before, unless this is the correction asked for.
                    let revision = isRevision ? record.revision + 1 : record.revision
                    let reasonText = isRevision ? (reason ?? "") : try previousReason(htmlPath: xmlPath, context: context)
                    let document = BeritaAcaraDocument(item: item, jadwalNumber: context.jadwal.number, number: record.number,
                                                       configuration: configuration, approvedOn: isRevision ? nil : approved,
                                                       revision: revision, revisionReason: reasonText)
                    let value = document.value
                    let htmlBytes = try html.render(value, sizeHint: 8192), xmlBytes = try xml.render(value, sizeHint: 8192)
                    let htmlHash = SHA256Digest.hex(htmlBytes), xmlHash = SHA256Digest.hex(xmlBytes)
                    if htmlHash == record.htmlSHA256 && xmlHash == record.xmlSHA256 { unchanged += 1; continue }
                    if record.status >= .disetujui && !isRevision {
                        printError("error: \(record.number) (session \(session)) is approved and cannot change; to correct it, run again with --revise \(session) --reason \"…\"")
                        throw ExitCode(1)
                    }
                    if isRevision {
                        // The approved version stays beside the correction, never overwritten.
                        copies.append((context.path("berita-acara/revisi/\(name)-r\(record.revision).html"), context.register.root.appendingPathComponent(record.htmlPath)))
                        copies.append((context.path("berita-acara/revisi/\(name)-r\(record.revision).xml"), context.register.root.appendingPathComponent(record.xmlPath)))
                        record.status = .konsep
                        record.revision = revision
                        record.approvedOn = nil
                        record.approvedBy = nil
                        record.receivedOn = nil
                        record.receivedBy = nil
                        try tx.audit(at: now, actor: actor, action: "revisi", batch: id, number: record.number,
                                     detail: "revisi ke-\(revision): \(reasonText)", sha256: htmlHash)
                    } else {
                        try tx.audit(at: now, actor: actor, action: "konsep diperbarui", batch: id, number: record.number,
                                     detail: "\(name).html", sha256: htmlHash)
                    }
                    try tx.audit(at: now, actor: actor, action: isRevision ? "revisi" : "konsep diperbarui", batch: id,
                                 number: record.number, detail: "\(name).xml", sha256: xmlHash)
                    record.htmlSHA256 = htmlHash
                    record.xmlSHA256 = xmlHash
                    record.draftedOn = (item.notes.heldOn ?? item.entry.date).description
                    try tx.update(record)
                    files += [(htmlPath, htmlBytes), (xmlPath, xmlBytes)]
                    redrawn.append(record.number)
                } else {
                    let held = item.notes.heldOn ?? item.entry.date
                    let sequence = try tx.nextSequence(.beritaAcara, year: held.year)
                    let number = "\(DocumentKind.beritaAcara.prefix)-\(sequence)/\(configuration.office.unitCode)/\(held.year)"
                    let value = BeritaAcaraDocument(item: item, jadwalNumber: context.jadwal.number, number: number,
                                                    configuration: configuration).value
                    let htmlBytes = try html.render(value, sizeHint: 8192), xmlBytes = try xml.render(value, sizeHint: 8192)
                    let htmlHash = SHA256Digest.hex(htmlBytes), xmlHash = SHA256Digest.hex(xmlBytes)
                    try tx.insert(RegisteredDocument(kind: .beritaAcara, year: held.year, sequence: sequence, number: number, batch: id,
                                                     session: session, nip: item.entry.nip.description, htmlPath: htmlPath, xmlPath: xmlPath,
                                                     htmlSHA256: htmlHash, xmlSHA256: xmlHash, draftedOn: held.description))
                    try tx.audit(at: now, actor: actor, action: "konsep", batch: id, number: number, detail: "\(name).html", sha256: htmlHash)
                    try tx.audit(at: now, actor: actor, action: "konsep", batch: id, number: number, detail: "\(name).xml", sha256: xmlHash)
                    files += [(htmlPath, htmlBytes), (xmlPath, xmlBytes)]
                    numbers[session] = number
                    new.append(number)
                }
            }
            let rekap = try rekapTemplate.render(RekapDocument(jadwal: context.jadwal, plan: plan, numbers: numbers).value, sizeHint: 16_384)
            let rekapPath = context.folder.appendingPathComponent("rekap-coaching.html")
            if FileManager.default.contents(atPath: rekapPath.path).map({ Array($0) }) != rekap {
                files.append((context.path("rekap-coaching.html"), rekap))
            }
            guard !files.isEmpty || !copies.isEmpty else { return (new, redrawn, unchanged, numbers) }
            let staging = try context.staged.stage(files, copies: copies)
            do {
                var batchRecord = context.batch
                batchRecord.minutesOn = plan.ready.compactMap { $0.notes.heldOn }.max()?.description ?? batchRecord.minutesOn
                try tx.update(batchRecord)
                try tx.addPendingMove(staging)
            } catch {
                context.staged.discard(staging)
                throw error
            }
            return (new, redrawn, unchanged, numbers)
        }
        try context.staged.finishPendingMoves()

        let rekap = RekapDocument(jadwal: context.jadwal, plan: plan, numbers: summary.numbers)
        print("Batch \(id), Jadwal \(context.jadwal.number): \(rekap.held) held, \(rekap.absent) absent, \(plan.pending.count) pending.")
        if !summary.new.isEmpty { print("New Berita Acara (KONSEP): \(summary.new.joined(separator: ", "))") }
        if !summary.redrawn.isEmpty { print("Redrawn: \(summary.redrawn.joined(separator: ", "))") }
        if summary.new.isEmpty && summary.redrawn.isEmpty { print("Nothing changed: the minutes already match these notes.") }
        for p in plan.pending { print("  pending: session \(p.entry.number), \(p.entry.nama) (\(p.entry.nip)): \(p.why)") }
        print("Written to \(context.folder.path)/")
    }

    /// The revision reason a document already carries, kept when it is redrawn.
    private func previousReason(htmlPath xmlPath: String, context: BatchContext) throws -> String {
        let url = context.register.root.appendingPathComponent(xmlPath)
        guard let source = try? FileByteSource(path: url.path) else { return "" }
        var log = DiagnosticLog()
        return BeritaAcaraReader.read(InputFile(name: url.path, source: source), log: &log)?.revisionReason ?? ""
    }
}
