import CoachingCore
import CoachingWorkflow
import Foundation

/// Every file of a package read whole: for tests that look inside a package, or change its
/// files before verifying them (`verify` itself streams them).
struct PackageFiles {
    var folder: String
    var files: [String: [UInt8]]

    init(_ url: URL) throws {
        let package = try PackageVerifier.open(url)
        folder = package.folder
        files = [:]
        for file in package.files { files[file.path] = try package.open(file).readAll() ?? [] }
    }
}

/// Files held in memory, as a package: a tampered copy as `verify` sees it.
struct MemoryPackage: PackageSource {
    let name = "memory"
    let folder: String
    let files: [PackageFile]
    let problems: [Message] = []
    private let contents: [[UInt8]]

    init(folder: String, files: [String: [UInt8]]) {
        let sorted = files.sorted { $0.key < $1.key }
        self.folder = folder
        self.files = sorted.enumerated().map { index, file in PackageFile(path: file.key, size: file.value.count, index: index) }
        contents = sorted.map(\.value)
    }

    init(_ package: PackageFiles) { self.init(folder: package.folder, files: package.files) }

    func open(_ file: PackageFile) throws -> ByteSource { MemoryByteSource(contents[file.index]) }
}
