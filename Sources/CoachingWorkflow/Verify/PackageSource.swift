import CoachingCore

/// A package's files as `verify` reads them: listed first, then each opened and read in
/// sequence, so no file has to be in memory whole. A ZIP (``ZipPackage``), an extracted folder
/// (``FolderPackage``), or in tests files held in memory.
package protocol PackageSource: Sendable {
    /// What the report calls the package (the ZIP's name, the folder's path).
    var name: String { get }
    /// The batch folder's name inside the package (the batch id).
    var folder: String { get }
    /// Every file, relative to the batch folder, in the package's order.
    var files: [PackageFile] { get }
    /// What was wrong with the listing itself (an entry outside the batch folder).
    var problems: [Message] { get }
    /// `file`'s bytes, read in sequence. Damage shows as an error, thrown when opening or
    /// at the latest by the read that reaches the end.
    func open(_ file: PackageFile) throws -> ByteSource
}

/// One file of a package, as the package's listing gives it.
package struct PackageFile: Sendable {
    /// Relative to the batch folder, `/`-separated.
    package var path: String
    /// The size the package gives (a ZIP's central directory, a file's size on disk): what is
    /// compared with the manifest before anything is read.
    package var size: Int
    /// Where the source finds it again (the ZIP entry's position).
    package var index: Int

    package init(path: String, size: Int, index: Int) {
        self.path = path
        self.size = size
        self.index = index
    }
}
