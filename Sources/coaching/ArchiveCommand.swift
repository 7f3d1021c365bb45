import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// `coaching archive BATCH [--to DIR] [--include-drafts]`
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Package a finished batch for the records office (step 10) and mark it archived.",
        discussion: """
        Writes one ZIP package per batch, arsip-coaching-<batch>.zip (under <out>/arsip unless --to says otherwise), holding the documents, the inputs and settings used, the register's entries and audit log of the batch (register/), an index.html to browse, and manifest.xml listing every file with its SHA-256. The manifest is signed with the office key when there is one (see coaching keygen). The same batch always gives the same bytes.

        Refuses while a document is still a draft or not yet received, and names each one; --include-drafts makes a package anyway, marked as such on its first page, and leaves the batch open.

        index.html is also written into the batch folder.

        Examples:
          coaching archive 2026-001
          coaching archive 2026-001 --to /mnt/arsip --on 2026-12-16
        """
    )

    @Argument(help: ArgumentHelp("The batch: its id (2026-001) or its folder.", valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp("Folder for the package (default: <out>/arsip).", valueName: "dir"))
    var to: String?

    @Flag(help: "Package a batch with drafts or unreceived minutes; the package says so and the batch stays open.")
    var includeDrafts = false

    @Option(help: ArgumentHelp("Date of archiving (default: today, WIB); a batch archived before keeps its date.", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("The office's private key (default: kunci-arsip.key in ~/.klip-coaching or $COACHING_KEYS, if there).", valueName: "file"))
    var key: String?

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones, file by file.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    func validate() throws {
        if let on, CivilDate(parsing: on) == nil { throw ValidationError("--on must be a date like 2026-12-16") }
    }

    func run() throws {
        // The batch folder is read while the register and the Jadwal are (a wrong guess is read again).
        let guess = batch.contains("/") ? URL(fileURLWithPath: batch)
            : URL(fileURLWithPath: out).appendingPathComponent(String(batch.prefix(4))).appendingPathComponent(batch)
        let prefetched = FileManager.default.fileExists(atPath: guess.path) ? ArchivePackager.prefetch(guess) : nil
        let context = try BatchContext.open(batch, out: out)
        let folder = try templateFolder(templates)
        let index = try BatchContext.template(folder, "indeks-arsip.html", schema: ArchiveIndexDocument.schema)
        let signingKey = try OfficeKeyFiles.privateKey(key)
        let packager = ArchivePackager(
            staged: context.staged, batch: context.batch, jadwal: context.jadwal, configuration: context.configuration,
            calendar: WorkingDayCalendar(options: context.configuration.calendar), toolVersion: "coaching \(Coaching.configuration.version)",
            templatesVersion: Self.templatesVersion(folder), indexTemplate: index, now: RegisterAccess.now(), actor: RegisterAccess.systemUser())
        let destination = URL(fileURLWithPath: to ?? URL(fileURLWithPath: out).appendingPathComponent("arsip").path)
        let outcome: ArchivePackager.Outcome
        do {
            outcome = try packager.archive(on: on.flatMap(CivilDate.init(parsing:)) ?? ScheduleCommand.todayInJakarta(),
                                           includeDrafts: includeDrafts, key: signingKey, to: destination,
                                           prefetched: guess.standardizedFileURL == context.folder.standardizedFileURL ? prefetched : nil)
        } catch let refusal as ArchivePackager.Refusal {
            printError("error: \(refusal.description)")
            throw ExitCode(1)
        }
        let megabytes = String(format: "%.1f", Double(outcome.bytes) / 1_048_576)
        print("\(outcome.unchanged ? "Already archived; the package is unchanged" : "Archived batch \(context.batch.id)"): \(outcome.package.path)")
        print("  \(outcome.files) files, \(megabytes) MB, SHA-256 \(outcome.sha256)")
        if let fingerprint = outcome.signedWith {
            print("  manifest signed with the office key \(fingerprint)")
        } else {
            print("  not signed: there is no office key (coaching keygen makes one)")
        }
        if outcome.includesDrafts {
            print("  holds unfinished documents (its index says so on top); the batch stays open until it is archived without --include-drafts")
        }
        print("  browse: \(context.folder.appendingPathComponent(ArchivePackager.indexName).path)")
    }

    /// SHA-256 over the sources of every template the documents use, in a fixed order.
    static func templatesVersion(_ folder: TemplateFolder) -> String {
        var bytes: [UInt8] = []
        let names = (DocumentSchemas.templates.map(\.file) + ["kop.html", "tanda-tangan.html", "gaya-cetak.css"]).sorted()
        for name in names {
            bytes += Array("\(name)\n".utf8)
            bytes += Array((folder.source(name)?.source ?? "").utf8)
            bytes.append(0)
        }
        return SHA256Digest.hex(bytes)
    }
}
