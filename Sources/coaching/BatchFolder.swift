import Foundation

/// Writes one batch folder under the output root, whole or not at all: everything goes into
/// a hidden folder first, which is renamed to the next free `YEAR/YEAR-NNN` at the end. An
/// existing batch is never touched.
struct BatchFolder {
    let root: URL
    let year: Int

    /// Existing batches of the year, oldest first.
    func existing() -> [URL] {
        let folder = root.appendingPathComponent(String(year))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("\(year)-") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Removes staging folders left by runs that were killed (their process no longer exists).
    func removeAbandonedStaging() {
        let folder = root.appendingPathComponent(String(year))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(".staging-") {
            let pid = name.split(separator: "-").dropFirst().first.flatMap { Int32($0) } ?? 0
            if pid > 0 && pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// Writes `files` (relative path → bytes) and `copies` (relative path → file to copy) as the
    /// next batch and returns its folder.
    func write(_ files: [(String, [UInt8])], copies: [(String, URL)] = []) throws -> (url: URL, sequence: Int) {
        let folder = root.appendingPathComponent(String(year))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeAbandonedStaging()
        let staging = folder.appendingPathComponent(".staging-\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for (path, bytes) in files {
                let url = staging.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            for (path, source) in copies {
                let url = staging.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: source, to: url)
            }
            // rename(2) fails when the target exists, so two runs at once never share a folder.
            var sequence = (existing().compactMap { Int($0.lastPathComponent.split(separator: "-").last ?? "") }.max() ?? 0) + 1
            while true {
                let target = folder.appendingPathComponent(String(format: "%d-%03d", year, sequence))
                if rename(staging.path, target.path) == 0 { return (target, sequence) }
                guard errno == EEXIST || errno == ENOTEMPTY else {
                    throw CLIError("cannot create the batch folder \(target.path): \(String(cString: strerror(errno)))")
                }
                sequence += 1
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }
}
