import CoachingCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An extracted package (the batch folder, or a folder holding one) as a ``PackageSource``:
/// each file read through `read(2)` in chunks.
struct FolderPackage: PackageSource {
    let name: String
    let folder: String
    let files: [PackageFile]
    let problems: [Message] = []
    private let root: String

    init(url: URL) throws {
        var root = url
        let manifest = { (u: URL) in FileManager.default.fileExists(atPath: u.appendingPathComponent(ArchiveManifest.fileName).path) }
        if !manifest(url) {
            let subfolders = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { manifest(url.appendingPathComponent($0)) }
            guard subfolders.count == 1 else {
                throw FileError(.verifyFolderNoManifest, ["path": url.path, "file": ArchiveManifest.fileName])
            }
            root = url.appendingPathComponent(subfolders[0])
        }
        name = root.path
        folder = root.lastPathComponent
        self.root = root.standardizedFileURL.path
        files = try BatchFiles.list(root).enumerated().map { index, path in
            var info = stat()
            guard stat(root.standardizedFileURL.path + "/" + path, &info) == 0 else {
                throw FileError(FileProblem(errno: errno, path: path))
            }
            return PackageFile(path: path, size: Int(info.st_size), index: index)
        }
    }

    func open(_ file: PackageFile) throws -> ByteSource {
        try FileByteSource(path: root + "/" + file.path)
    }
}
