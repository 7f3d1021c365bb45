import CoachingRegister
import Foundation

/// One staging folder of a change in progress: files are written here, flushed, and moved
/// into place only by ``CommitPath`` once the register has committed them.
///
/// Paths are relative to the output root (`2026/2026-001/jadwal-coaching.html`), as the
/// register keeps them.
final class StagingArea: @unchecked Sendable {
    private let staged: StagedFiles
    /// Relative to the output root: `.staging/PID-MILLIS-RANDOM`.
    let name: String
    // Set on the committing thread only (`stage`, `makeFolder`); `write` from drawing threads
    // needs a folder made before.
    private(set) var isUsed = false

    init(staged: StagedFiles, name: String) {
        self.staged = staged
        self.name = name
    }

    /// Where `path` is written before the commit.
    func url(_ path: String) -> URL { staged.root.appendingPathComponent("\(name)/\(path)", isDirectory: false) }

    /// Makes a folder in the staging area, for files written into it as they are drawn.
    func makeFolder(_ path: String) throws {
        isUsed = true
        try FileManager.default.createDirectory(at: url(path), withIntermediateDirectories: true)
    }

    /// Writes `files` and copies `copies` (path → source file), then flushes everything
    /// written into the area so far to disk.
    func stage(_ files: [(String, [UInt8])], copies: [(String, URL)] = []) throws {
        isUsed = true
        _ = try staged.stage(files, copies: copies, into: name)
    }

    /// Writes files without flushing, from any thread, into folders made with ``makeFolder(_:)``.
    func write(_ files: [(String, [UInt8])]) throws { try staged.write(files, into: name) }

    /// Throws the area away: nothing in it is committed.
    func discard() {
        isUsed = false
        staged.discard(name)
    }
}
