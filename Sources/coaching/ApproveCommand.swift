import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching approve BATCH --document jadwal|berita-acara --by NIP --on DATE`
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the Kepala Seksi PKL's approval and write the final documents (without KONSEP).",
        discussion: """
        Step 4 (the Jadwal) and step 8 (the Berita Acara) of the SOP. The final documents are drawn again from the drafts, without the KONSEP mark and dated on the approval day; from then on they cannot change (a correction is a revision: `coaching minutes … --revise`).

        Only the Kepala Seksi PKL named in the batch's coaching.toml can approve; the date cannot be before the draft, and the Berita Acara only after the Jadwal.

        Examples:
          coaching approve 2026-001 --document jadwal --by 198012302010012005 --on 2026-11-26
          coaching approve 2026-001 --document berita-acara --session 1 2 3 --by 198012302010012005 --on 2026-12-11
        """
    )

    enum Document: String, ExpressibleByArgument, CaseIterable {
        case jadwal
        case beritaAcara = "berita-acara"
    }

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp("Which document: jadwal or berita-acara.", valueName: "type"))
    var document: Document

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these sessions' Berita Acara (default: every draft).", valueName: "session"))
    var session: [Int] = []

    @Option(help: ArgumentHelp("NIP of the Kepala Seksi PKL who approves.", valueName: "nip"))
    var by: String

    @Option(help: ArgumentHelp("Date of the approval.", valueName: "date"))
    var on: String

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones, file by file.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        if CivilDate(parsing: on) == nil { throw ValidationError("--on must be a date like 2026-11-26") }
        if document == .jadwal && !session.isEmpty { throw ValidationError("--session is for --document berita-acara") }
    }

    func run() throws {
        let context = try BatchContext.open(batch, out: out)
        let date = CivilDate(parsing: on)!
        let approver = context.configuration.people.kepalaSeksiPKL
        try RoleCheck.require(by, is: approver, role: "Kepala Seksi PKL", key: "people.kepala_seksi_pkl", action: "approve")
        let folder = try templateFolder(templates)
        let now = RegisterAccess.now(), id = context.batch.id
        let approved: [String] = try context.register.transaction { tx in
            guard var jadwal = try tx.documents(batch: id, kind: .jadwal).first else {
                printError("error: the register has no Jadwal for batch \(id)")
                throw ExitCode(1)
            }
            var files: [(String, [UInt8])] = []
            var done: [String] = []
            switch document {
            case .jadwal:
                if jadwal.status >= .disetujui {
                    print("\(jadwal.number) was already approved on \(jadwal.approvedOn ?? "?"); nothing changed.")
                    return []
                }
                try RoleCheck.notBefore(date, jadwal.draftedOn, what: "the Jadwal was drafted")
                try context.requireUnchanged(jadwal)
                var record = context.jadwal
                record.approvedOn = date
                let value = JadwalDocument(record: record, configuration: context.configuration).value
                let html = try BatchContext.template(folder, "jadwal-coaching.html", schema: JadwalDocument.schema).render(value, sizeHint: 16_384)
                let xml = try BatchContext.template(folder, "jadwal-coaching.xml", schema: JadwalDocument.schema).render(value, sizeHint: 16_384)
                jadwal.approve(on: date, by: by, html: html, xml: xml)
                try tx.update(jadwal)
                try tx.audit(at: now, actor: by, action: "disetujui", batch: id, number: jadwal.number, detail: "jadwal-coaching.html", sha256: jadwal.htmlSHA256)
                try tx.audit(at: now, actor: by, action: "disetujui", batch: id, number: jadwal.number, detail: "jadwal-coaching.xml", sha256: jadwal.xmlSHA256)
                files = [(jadwal.htmlPath, html), (jadwal.xmlPath, xml)]
                done = [jadwal.number]
            case .beritaAcara:
                guard let jadwalApproved = jadwal.approvedOn, jadwal.status >= .disetujui else {
                    printError("error: the Jadwal \(jadwal.number) is not approved yet; the SOP approves it (step 4) before the Berita Acara (step 8): coaching approve \(id) --document jadwal …")
                    throw ExitCode(1)
                }
                let all = try tx.documents(batch: id, kind: .beritaAcara)
                let unknown = session.filter { s in !all.contains { $0.session == s } }
                guard unknown.isEmpty else {
                    printError("error: no Berita Acara for session \(unknown.map(String.init).joined(separator: ", ")) in batch \(id); run coaching minutes first")
                    throw ExitCode(1)
                }
                let chosen = all.filter { session.isEmpty ? $0.status == .konsep : session.contains($0.session) }
                guard !chosen.isEmpty else {
                    print("No Berita Acara of batch \(id) is waiting for approval; nothing changed.")
                    return []
                }
                let html = try BatchContext.template(folder, "berita-acara-coaching.html", schema: BeritaAcaraDocument.schema)
                let xml = try BatchContext.template(folder, "berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema)
                for var document in chosen {
                    if document.status >= .disetujui {
                        print("\(document.number) (session \(document.session)) was already approved on \(document.approvedOn ?? "?"); left as it is.")
                        continue
                    }
                    try RoleCheck.notBefore(date, document.draftedOn, what: "\(document.number) records a session on that day")
                    try RoleCheck.notBefore(date, jadwalApproved, what: "the Jadwal was approved")
                    try context.requireUnchanged(document)
                    let path = context.register.root.appendingPathComponent(document.xmlPath).path
                    var log = DiagnosticLog()
                    guard let draft = BeritaAcaraReader.read(InputFile(name: path, source: try FileByteSource(path: path)), log: &log) else {
                        for d in log.sorted { printError(d.formatted) }
                        throw ExitCode(1)
                    }
                    let value = BeritaAcaraDocument(item: draft.item, jadwalNumber: draft.jadwalNumber, number: document.number,
                                                    configuration: context.configuration, approvedOn: date,
                                                    revision: draft.revision, revisionReason: draft.revisionReason).value
                    let htmlBytes = try html.render(value, sizeHint: 8192), xmlBytes = try xml.render(value, sizeHint: 8192)
                    document.approve(on: date, by: by, html: htmlBytes, xml: xmlBytes)
                    try tx.update(document)
                    try tx.audit(at: now, actor: by, action: "disetujui", batch: id, number: document.number,
                                 detail: URL(fileURLWithPath: document.htmlPath).lastPathComponent, sha256: document.htmlSHA256)
                    try tx.audit(at: now, actor: by, action: "disetujui", batch: id, number: document.number,
                                 detail: URL(fileURLWithPath: document.xmlPath).lastPathComponent, sha256: document.xmlSHA256)
                    files += [(document.htmlPath, htmlBytes), (document.xmlPath, xmlBytes)]
                    done.append(document.number)
                }
            }
            guard !files.isEmpty else { return done }
            let staging = try context.staged.stage(files)
            do { try tx.addPendingMove(staging) } catch {
                context.staged.discard(staging)
                throw error
            }
            return done
        }
        try context.staged.finishPendingMoves()
        if !approved.isEmpty {
            print("Approved by \(approver.name) on \(date.indonesian): \(approved.joined(separator: ", ")). The final documents are in \(context.folder.path)/")
        }
    }
}

extension RegisteredDocument {
    /// Marks the document approved with the files drawn for it.
    mutating func approve(on date: CivilDate, by nip: String, html: [UInt8], xml: [UInt8]) {
        status = .disetujui
        approvedOn = date.description
        approvedBy = nip
        htmlSHA256 = SHA256Digest.hex(html)
        xmlSHA256 = SHA256Digest.hex(xml)
    }
}

extension BatchContext {
    /// Stops when a document's files are not what the register recorded (edited by hand,
    /// damaged): approving or receiving must be about exactly what was drafted.
    func requireUnchanged(_ document: RegisteredDocument) throws {
        for (path, expected) in [(document.htmlPath, document.htmlSHA256), (document.xmlPath, document.xmlSHA256)] {
            let url = register.root.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                printError("error: \(url.path) (\(document.number)) is missing; the register expects it")
                throw ExitCode(1)
            }
            if SHA256Digest.hex(Array(data)) != expected {
                printError("error: \(url.path) (\(document.number)) was changed after coaching wrote it; restore it, or draw it again with coaching minutes")
                throw ExitCode(1)
            }
        }
    }
}

/// Who may record a step, and that dates only go forward.
enum RoleCheck {
    static func require(_ nip: String, is person: Configuration.Person, role: String, key: String, action: String) throws {
        guard case .valid(let given, _) = NIP.validate(Array(nip.utf8), isPPPK: true) else {
            printError("error: --by \(nip) is not a NIP (18 digits)")
            throw ExitCode(64)
        }
        guard let expected = person.nip else {
            printError("error: the batch's coaching.toml names no \(role) (\(key).nip), so nobody can \(action)")
            throw ExitCode(1)
        }
        guard given == expected else {
            printError("error: NIP \(nip) cannot \(action): that is for the \(role), \(person.name) (NIP \(expected)), as the batch's coaching.toml names in \(key)")
            throw ExitCode(1)
        }
    }

    /// Refuses a date before `earlier` (an ISO date from the register).
    static func notBefore(_ date: CivilDate, _ earlier: String, what: String) throws {
        guard let before = CivilDate(parsing: earlier), date < before else { return }
        printError("error: \(date.indonesian) is before \(before.indonesian), when \(what); dates cannot go backwards")
        throw ExitCode(1)
    }
}
