import CoachingCore
import CoachingRegister
import Foundation

/// `coaching archive`: step 10, the batch packaged for the records office.
public struct ArchiveRequest: Sendable {
    /// The batch: its id (`2026-001`) or its folder.
    public var batch: String
    /// Folder for the package (default: `OUTPUT/arsip`).
    public var destination: URL?
    /// Package a batch with drafts or unreceived minutes; the package says so, the batch stays open.
    public var includeDrafts: Bool
    /// Date of archiving (default: today, WIB); a batch archived before keeps its date.
    public var on: CivilDate?
    /// The office's private key file (default: the one in ``OfficeKeyFiles/folder``, if there).
    public var key: String?

    public init(batch: String, destination: URL? = nil, includeDrafts: Bool = false, on: CivilDate? = nil, key: String? = nil) {
        self.batch = batch
        self.destination = destination
        self.includeDrafts = includeDrafts
        self.on = on
        self.key = key
    }
}

/// What `archive` wrote.
public struct ArchiveOutcome: Sendable {
    public var batch: String
    public var package: URL
    public var sha256: String
    public var files: Int
    public var bytes: Int
    /// The office key's fingerprint, when the manifest is signed.
    public var signedWith: String?
    /// The batch was archived before and the package is the same.
    public var unchanged: Bool
    /// The package holds unfinished documents, and the batch stays open.
    public var includesDrafts: Bool
    /// `index.html` in the batch folder.
    public var index: URL
}

extension Workflow {
    /// Builds the deterministic ZIP package (documents, inputs, settings, register extract,
    /// index, signed manifest) and marks the batch archived, or refuses and names what is
    /// unfinished.
    public func archive(_ request: ArchiveRequest) throws(WorkflowError) -> ArchiveOutcome {
        // The batch folder is read while the register and the Jadwal are (a wrong guess is read again).
        let guess = request.batch.contains("/") ? URL(fileURLWithPath: request.batch)
            : environment.outputRoot.appendingPathComponent(String(request.batch.prefix(4))).appendingPathComponent(request.batch)
        let prefetched = FileManager.default.fileExists(atPath: guess.path) ? ArchivePackager.prefetch(guess) : nil
        let opened = try OpenedBatch.open(request.batch, root: environment.outputRoot, language: environment.language)
        let record = try opened.checkedRecord()
        let index = try environment.templates.document("indeks-arsip.html",
                                                       schema: ArchiveIndexDocument.schema, language: environment.language)
        let signingKey = try OfficeKeyFiles.privateKey(request.key, folder: environment.keyFolder, language: environment.language)
        let packager = ArchivePackager(
            commits: opened.commits, batch: opened.batch, jadwal: opened.jadwal, configuration: opened.configuration,
            calendar: WorkingDayCalendar(options: opened.configuration.calendar), toolVersion: environment.toolVersion,
            templatesVersion: TemplateVersion.of(environment.templates), indexTemplate: index, now: environment.clock.timestamp,
            actor: environment.actor)
        let destination = request.destination ?? environment.outputRoot.appendingPathComponent("arsip")
        let batchFolder = opened.folder.standardizedFileURL.path
        if (destination.standardizedFileURL.path + "/").hasPrefix(batchFolder + "/") {
            throw WorkflowError(.usage, opened.notices + ["error: " + environment.language.text(.archiveInsideBatch, ["path": destination.path, "folder": opened.folder.path])])
        }
        do {
            let outcome = try packager.archive(on: request.on ?? environment.clock.today, includeDrafts: request.includeDrafts, key: signingKey,
                                               to: destination, record: record,
                                               prefetched: guess.standardizedFileURL == opened.folder.standardizedFileURL ? prefetched : nil,
                                               progress: environment.progress)
            return ArchiveOutcome(batch: opened.batch.id.description, package: outcome.package, sha256: outcome.sha256, files: outcome.files, bytes: outcome.bytes,
                                  signedWith: outcome.signedWith, unchanged: outcome.unchanged, includesDrafts: outcome.includesDrafts,
                                  index: opened.folder.appendingPathComponent(BatchLayout.index))
        } catch let refusal as ArchivePackager.Refusal {
            throw WorkflowError(.refused, opened.notices + ["error: \(refusal.description)"])
        } catch {
            throw WorkflowError(.register, opened.notices + ["error: " + environment.language.describe(error)])
        }
    }
}

/// The SHA-256 over the sources of every template the documents use, in a fixed order: which
/// set was in force, recorded in the manifest.
enum TemplateVersion {
    static func of(_ folder: TemplateFolder) -> String {
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
