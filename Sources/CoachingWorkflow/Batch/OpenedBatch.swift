import CoachingCore
import CoachingRegister
import Foundation

/// A batch as the steps after scheduling find it: its register entry, its folder, the
/// settings it was made with, and its Jadwal confirmed against the register's hash.
struct OpenedBatch {
    let commits: CommitPath
    let batch: RegisteredBatch
    let folder: URL
    let configuration: Configuration
    let jadwal: JadwalRecord
    /// Problems found while reading the settings and the Jadwal that did not stop it (warnings).
    let notices: [String]

    /// Opens `name`, a batch id (`2026-001`) or its folder (`Output/2026/2026-001`), under `root`.
    static func open(_ name: String, root: URL, language: Language) throws(WorkflowError) -> OpenedBatch {
        var root = root, id = name
        if name.contains("/") {
            let url = URL(fileURLWithPath: name).standardizedFileURL
            id = url.lastPathComponent
            root = url.deletingLastPathComponent().deletingLastPathComponent()
        }
        let commits = try CommitPath.open(root, create: false, language: language)
        return try open(id, commits: commits, language: language)
    }

    /// Opens batch `id` in a register already open.
    /// `language`: the language of the messages, put into the batch's settings as read.
    static func open(_ name: String, commits: CommitPath, language: Language) throws(WorkflowError) -> OpenedBatch {
        var timer = StageTimer()
        let root = commits.root
        let shownRoot = root.relativePath
        let batch: RegisteredBatch
        do {
            guard let id = BatchID(parsing: name), let found = try commits.read({ try $0.batch(id) }) else {
                let known = (try? commits.read { try $0.batches().map(\.id.description) }) ?? []
                throw WorkflowError.error(.register, language.text(.noSuchBatch, ["batch": name, "root": shownRoot,
                                                                                   "known": known.isEmpty ? "" : language.text(.knownBatches, ["list": known.joined(separator: ", ")])]))
            }
            batch = found
        } catch let error as WorkflowError { throw error } catch { throw .error(.register, language.describe(error)) }
        let folder = root.appendingPathComponent(batch.folder)
        var notices: [String] = []
        var configuration = try settings(folder, batch: batch, commits: commits, language: language, notices: &notices)
        configuration.language = language
        timer.mark("  read the batch's settings")
        let jadwal = try confirmedJadwal(batch, folder: folder, commits: commits, language: language, notices: &notices)
        timer.mark("  read the Jadwal")
        return OpenedBatch(commits: commits, batch: batch, folder: folder, configuration: configuration, jadwal: jadwal, notices: notices)
    }

    /// The settings the batch was made with (its own copy of coaching.toml), as the register
    /// hashed them: they name who may approve and receive, so an edited copy is refused.
    private static func settings(_ folder: URL, batch: RegisteredBatch, commits: CommitPath, language: Language,
                                 notices: inout [String]) throws(WorkflowError) -> Configuration {
        let path = folder.appendingPathComponent(BatchLayout.settings).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error(.register, language.text(.batchSettingsMissing, ["path": path]))
        }
        let recorded = try? commits.read { try $0.files(batch: batch.id)["\(batch.folder)/\(BatchLayout.settings)"] }
        if let recorded = recorded ?? nil, SHA256Digest.hex(Array(data)) != recorded {
            throw .error(.refused, language.text(.batchSettingsChanged, ["path": path, "batch": batch.id.description]))
        }
        let (configuration, diagnostics) = ConfigurationLoader(language: language).load(text: String(decoding: data, as: UTF8.self), file: path)
        notices += diagnostics.map(\.formatted)
        guard let configuration else { throw WorkflowError(.invalidInput, notices) }
        return configuration
    }

    /// The Jadwal, once its bytes are the ones the register recorded: such a file needs no schema check.
    private static func confirmedJadwal(_ batch: RegisteredBatch, folder: URL, commits: CommitPath, language: Language,
                                        notices: inout [String]) throws(WorkflowError) -> JadwalRecord {
        let path = folder.appendingPathComponent(BatchLayout.jadwalXML).path
        guard let bytes = FileManager.default.contents(atPath: path).map({ Array($0) }) else {
            throw WorkflowError(.register, notices + ["error: " + language.text(.batchJadwalMissing, ["path": path])])
        }
        let registered = try? commits.read { try $0.documents(batch: batch.id, kind: .jadwal).first }
        guard let registered = registered ?? nil, SHA256Digest.hex(bytes) == registered.xmlSHA256 else {
            throw WorkflowError(.register, notices + ["error: " + language.text(.batchJadwalChanged, ["path": path, "batch": batch.id.description])])
        }
        var log = DiagnosticLog()
        let jadwal = JadwalReader.readConfirmed(bytes, name: path, language: language, log: &log)
        notices += log.sorted.map(\.formatted)
        guard let jadwal else { throw WorkflowError(.register, notices + ["error: " + language.text(.batchJadwalUnreadable, ["path": path])]) }
        return jadwal
    }
}
