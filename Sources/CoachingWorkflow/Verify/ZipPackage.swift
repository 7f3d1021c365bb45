import CoachingCore
import Foundation

/// A ZIP package as a ``PackageSource``: the central directory read from the end of the file,
/// each entry read by its offset (`pread`) and streamed, so the package is never in memory.
struct ZipPackage: PackageSource {
    let name: String
    let folder: String
    let files: [PackageFile]
    let problems: [String]
    private let reader: ZipReader

    init(url: URL) throws {
        let reader: ZipReader
        do { reader = try ZipReader(source: try FileByteSource(path: url.path)) } catch let damaged as ZipReader.Damaged {
            throw FileError("\(url.path): \(damaged.description)")
        }
        self.init(reader, name: url.lastPathComponent)
    }

    /// Every entry is expected inside one batch folder, the first entry's.
    init(_ reader: ZipReader, name: String) {
        self.reader = reader
        self.name = name
        let top = reader.entries.first.map { String($0.path.split(separator: "/").first ?? "") } ?? ""
        folder = top
        var files: [PackageFile] = [], problems: [String] = []
        for (index, entry) in reader.entries.enumerated() where !entry.path.hasSuffix("/") {
            guard entry.path.hasPrefix(top + "/") else {
                problems.append("\(entry.path): lies outside the batch folder \(top)/")
                continue
            }
            files.append(PackageFile(path: String(entry.path.dropFirst(top.count + 1)), size: entry.size, index: index))
        }
        self.files = files
        self.problems = problems
    }

    func open(_ file: PackageFile) throws -> ByteSource {
        try reader.open(reader.entries[file.index])
    }
}
