import Foundation
import CoachingCore
#if canImport(Glibc)
import Glibc
#endif

/// Files written beside the output first and moved into place only after the register has
/// committed them. The register remembers each committed staging folder until its files are
/// in place, so a run killed at any point leaves either the state before it or a state the
/// next command completes (`finishPendingMoves`).
package struct StagedFiles: Sendable {
    package let register: Register
    package var root: URL { register.root }
    /// Under the output root; hidden, so browsing the output shows only finished batches.
    package static let folder = ".staging"

    package init(register: Register) { self.register = register }

    /// Writes `files` (path relative to the output root → bytes) and `copies` (path → source
    /// file) into a new staging folder (or into `existing`, one made before) and returns its
    /// path relative to the output root.
    package func stage(_ files: [(String, [UInt8])], copies: [(String, URL)] = [], into existing: String? = nil) throws -> String {
        let name = existing ?? newStaging()
        let staging = root.appendingPathComponent(name)
        do {
            var folders: Set<String> = []
            func makeParent(_ url: URL) throws {
                let parent = url.deletingLastPathComponent()
                if folders.insert(parent.path).inserted {
                    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
                }
            }
            for (path, bytes) in files {
                let url = staging.appendingPathComponent(path, isDirectory: false)
                try makeParent(url)
                try Self.write(bytes, to: url.path)
            }
            for (path, source) in copies {
                let url = staging.appendingPathComponent(path, isDirectory: false)
                try makeParent(url)
                try FileManager.default.copyItem(at: source, to: url)
            }
            // One flush for all files instead of one per file (Foundation's Data.write syncs
            // every file: 40,000 minutes took 35 s that way). After this the files are on disk
            // before the register's commit says they exist, even if the power fails.
            sync()
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        return name
    }

    /// A fresh staging folder's name (relative to the output root); made when written to.
    package func newStaging() -> String {
        "\(Self.folder)/\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Writes files into a staging folder without flushing, from any thread (their folders
    /// must exist): for writing while drawing. `stage(into:)` afterwards flushes them all.
    package func write(_ files: [(String, [UInt8])], into staging: String) throws {
        // Paths joined as text: URL's appendingPathComponent(_:) asks the file system whether each
        // name is a folder, a stat per file that came to a tenth of the minutes' CPU.
        let base = root.path + "/" + staging + "/"
        for (path, bytes) in files { try Self.write(bytes, to: base + path) }
    }

    /// Writes a new file with plain POSIX calls.
    package static func write(_ bytes: [UInt8], to path: String) throws {
        try write([bytes], to: path)
    }

    /// Writes `parts` one after the other as one new file: small parts gathered into writes of
    /// a megabyte, large ones written as they are.
    package static func write(_ parts: [[UInt8]], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw FileProblem(errno: errno, path: path) }
        defer { close(descriptor) }
        func put(_ bytes: UnsafeRawBufferPointer) throws {
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileProblem(errno: errno, path: path)
                }
                offset += n
            }
        }
        let gather = 1 << 20
        var pending: [UInt8] = []
        pending.reserveCapacity(gather)
        for part in parts {
            // What is gathered goes first, whenever this part does not join it.
            let large = part.count >= gather / 4
            if large || pending.count + part.count > gather {
                try pending.withUnsafeBytes(put)
                pending.removeAll(keepingCapacity: true)
            }
            if large { try part.withUnsafeBytes(put) } else { pending += part }
        }
        try pending.withUnsafeBytes(put)
    }

    /// Throws away a staging folder that was never committed.
    package func discard(_ staging: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(staging))
    }

    /// Moves the files of every committed staging folder into place and forgets the folder.
    /// Safe to repeat and to run from two processes (each move happens under the register's lock).
    package func finishPendingMoves() throws {
        try register.transaction { tx in
            for staging in try tx.pendingMoves() {
                let folder = root.appendingPathComponent(staging)
                if FileManager.default.fileExists(atPath: folder.path) {
                    try Self.merge(folder, into: root)
                    try? FileManager.default.removeItem(at: folder)
                }
                try tx.removePendingMove(staging)
            }
        }
        removeAbandoned()
    }

    /// Removes staging folders of runs that died before their commit (their process is gone).
    private func removeAbandoned() {
        let folder = root.appendingPathComponent(Self.folder)
        let pending = Set((try? register.read { try $0.pendingMoves() }) ?? [])
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            guard !pending.contains("\(Self.folder)/\(name)") else { continue }
            let pid = name.split(separator: "-").first.flatMap { Int32($0) } ?? 0
            if pid > 0 && pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// Moves everything in `source` to the same place under `target`: a folder that does not
    /// exist there yet moves whole, in one rename (a new batch appears complete); files replace.
    static func merge(_ source: URL, into target: URL) throws {
        // One lstat per name (not URL and FileManager calls, which stat each path again): a
        // batch's approval moves 40,000 files into a folder that exists.
        func isFolder(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() {
            let from = source.path + "/" + name, to = target.path + "/" + name
            if isFolder(from) && isFolder(to) {
                try merge(URL(fileURLWithPath: from, isDirectory: true), into: URL(fileURLWithPath: to, isDirectory: true))
            } else if rename(from, to) != 0 {
                throw RegisterError(.stagingCannotMove, ["from": from, "to": to, "reason": String(cString: strerror(errno))])
            }
        }
    }
}
