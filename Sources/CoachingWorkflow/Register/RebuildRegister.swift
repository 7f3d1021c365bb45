import CoachingCore
import CoachingRegister
import Foundation

/// `coaching register rebuild`: a lost register made again from the batch folders' copies of it.
public struct RebuildRequest: Sendable {
    public init() {}
}

/// What the rebuilt register holds, and what was found different from it.
public struct RebuildOutcome: Sendable, Equatable {
    /// One line per batch: its id, documents and audit lines.
    public var batches: [String]
    /// The last number of each kind and year: the next document continues after it.
    public var lastNumbers: [String]
    /// Files that are not as the batch's record says (changed or missing); the rebuilt register
    /// keeps the recorded hashes, so the later steps refuse them by name until they are restored.
    public var differences: [String]
    public var register: URL
    /// Set when the register is in place and readable: nothing was rebuilt, and that is no error.
    public var notNeeded: String? = nil
}

extension Workflow {
    /// Makes a new register from the copy each batch folder keeps of its part (`BATCH/register/`):
    /// batches, documents with their status and hashes, the other files' hashes, the audit lines
    /// in their first order, and every counter at the highest number found, so no number is given
    /// twice. Refused while a register file is there, and when any batch folder has no readable
    /// copy (its numbers would be unknown). The audit log records the rebuild; its hash chain
    /// starts again from the restored lines.
    public func rebuildRegister(_ request: RebuildRequest) throws(WorkflowError) -> RebuildOutcome {
        let root = environment.outputRoot
        if let path = Register.inPlace(root: root) {
            return RebuildOutcome(batches: [], lastNumbers: [], differences: [], register: root.appendingPathComponent(Register.fileName),
                                  notNeeded: environment.language.text(.rebuildNotNeededNotice, ["path": path]))
        }
        let folders = Self.batchFolders(under: root)
        guard !folders.isEmpty else {
            throw .error(.refused, environment.language.text(.rebuildNoBatchFolder, ["root": root.path]))
        }
        // Committed files not yet moved into place belong to the lost register: a new one would
        // take their staging folders for abandoned and remove them.
        let staging = root.appendingPathComponent(".staging")
        if let left = try? FileManager.default.contentsOfDirectory(atPath: staging.path), !left.isEmpty {
            throw .error(.refused, environment.language.text(.rebuildStagingLeft, ["path": staging.path, "changes": environment.language.count(left.count, .nounChange),
                                                                  "first": left.sorted().prefix(3).joined(separator: ", ")]))
        }
        var log = DiagnosticLog(), copies: [BatchRecordCopy] = [], missing: [String] = []
        for (id, folder) in folders {
            let errors = log.errorCount
            if let copy = BatchRecordCopy.read(folder, id: id, language: environment.language, log: &log) { copies.append(copy) } else if log.errorCount == errors { missing.append(id.description) }
        }
        if log.errorCount > 0 || !missing.isEmpty {
            let lines = log.sorted.map(\.formatted) + missing.map { environment.language.text(.rebuildNoCopy, ["batch": $0, "path": "\($0.prefix(4))/\($0)/\(BatchRecordCopy.folder)/"]) }
            throw WorkflowError(.register, lines + [environment.language.text(.rebuildNotRebuilt)])
        }
        let differences = copies.flatMap { Self.differences($0, root: root, language: environment.language) }
        let commits: CommitPath
        do {
            commits = try CommitPath.rebuilding(root)
        } catch {
            throw .error(.register, environment.language.describe(error))
        }
        do {
            try commits.commit { tx, _ in
                guard try tx.batches().isEmpty else { throw RegisterError(.rebuildMeanwhile) }
                try tx.restore(copies)
                try tx.audit(copies.map { copy in
                    AuditLine(at: environment.clock.timestamp, actor: environment.actor, action: "register dibangun ulang", batch: copy.batch.id,
                              detail: "dari \(copy.batch.folder)/\(BatchRecordCopy.folder)/: \(copy.documents.count) dokumen, \(copy.audit.count) baris audit")
                })
            }
        } catch {
            // A register left empty by a failed restore would number from 1: removed. One another
            // run filled meanwhile is that run's, and stays.
            if (try? commits.read { try $0.batches() })?.isEmpty == true { unlink(root.appendingPathComponent(Register.fileName).path) }
            throw .error(.register, environment.language.describe(error))
        }
        return RebuildOutcome(
            batches: copies.map { environment.language.text(.rebuildBatchLine, ["batch": $0.batch.id.description, "documents": environment.language.count($0.documents.count, .nounDocument),
                                                                  "audit": environment.language.count($0.audit.count, .nounAuditLine)]) },
            lastNumbers: Self.lastNumbers(copies), differences: differences, register: root.appendingPathComponent(Register.fileName))
    }

    /// `YEAR/YEAR-NNN` folders under `root`, oldest first.
    static func batchFolders(under root: URL) -> [(BatchID, URL)] {
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.count == 4 && Int($0) != nil }
        return years.sorted().flatMap { year in
            let folder = root.appendingPathComponent(year)
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).compactMap { name -> (BatchID, URL)? in
                guard let id = BatchID(parsing: name), String(id.year) == year else { return nil }
                return (id, folder.appendingPathComponent(name))
            }.sorted { $0.0 < $1.0 }
        }
    }

    /// The files of `copy` that are missing or do not hash as it records.
    private static func differences(_ copy: BatchRecordCopy, root: URL, language: Language) -> [String] {
        var expected = copy.files.map { ($0.path, $0.sha256) }
        for d in copy.documents { expected += [(d.htmlPath, d.htmlSHA256), (d.xmlPath, d.xmlSHA256)] }
        return expected.compactMap { path, sha256 in
            let url = root.appendingPathComponent(path, isDirectory: false)
            guard let bytes = try? BatchFiles.contents(url.path) else { return language.text(.rebuildFileMissing, ["path": url.path]) }
            return SHA256Digest.hex(bytes) == sha256 ? nil : language.text(.rebuildFileChanged, ["path": url.path])
        }
    }

    /// "BA-60/KLIP/2026" for each kind and year: the highest number restored.
    private static func lastNumbers(_ copies: [BatchRecordCopy]) -> [String] {
        var highest: [String: DocumentNumber] = [:]
        for d in copies.flatMap(\.documents) {
            let key = "\(d.kind.rawValue) \(d.year)"
            if (highest[key]?.sequence ?? 0) < d.sequence { highest[key] = d.number }
        }
        return highest.keys.sorted().map { highest[$0]!.description }
    }
}
