import Foundation

/// The batch folders of one year under the output root, `YEAR/YEAR-NNN`. New batches are
/// written through the ``CommitPath``, whole or not at all.
struct BatchFolders {
    let root: URL
    let year: Int

    /// Existing batches of the year, oldest first.
    func existing() -> [URL] {
        let folder = root.appendingPathComponent(String(year))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("\(year)-") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
