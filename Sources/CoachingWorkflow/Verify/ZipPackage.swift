import CoachingCore
import Foundation

/// A ZIP package as a ``PackageSource``: the central directory read from the end of the file,
/// each entry read by its offset (`pread`) and streamed, so the package is never in memory.
struct ZipPackage: PackageSource {
    let name: String
    let folder: String
    let files: [PackageFile]
    let problems: [Message]
    private let source: RandomAccessByteSource
    /// The entries by the files' index, named by their path in the batch folder (one copy of
    /// each path for both: 65,535 long names take 30 MB).
    private let entries: [ZipReader.Entry]

    init(url: URL) throws {
        let reader: ZipReader
        do { reader = try ZipReader(source: try FileByteSource(path: url.path)) } catch let damaged as ZipReader.Damaged {
            throw FileError(.verifyPackageDamaged, ["path": url.path, "detail": damaged.description])
        }
        self.init(reader, name: url.lastPathComponent)
    }

    /// Every entry is expected inside one batch folder, the first entry's.
    init(_ reader: ZipReader, name: String) {
        source = reader.source
        self.name = name
        let top = reader.entries.first.map { String($0.path.split(separator: "/").first ?? "") } ?? ""
        folder = top
        var files: [PackageFile] = [], entries: [ZipReader.Entry] = [], problems: [Message] = []
        for var entry in reader.entries where !entry.path.hasSuffix("/") {
            guard entry.path.hasPrefix(top + "/") else {
                // Named up to the report's limit; a package of nothing else is not held twice.
                if problems.count < PackageVerifier.Report.findingLimit { problems.append(Message(.verifyOutsideBatchFolder, ["path": entry.path, "folder": top])) }
                continue
            }
            entry.path = String(entry.path.dropFirst(top.count + 1))
            files.append(PackageFile(path: entry.path, size: entry.size, index: entries.count))
            entries.append(entry)
        }
        self.files = files
        self.entries = entries
        self.problems = problems
    }

    func open(_ file: PackageFile) throws -> ByteSource {
        try ZipReader.open(entries[file.index], in: source)
    }
}
