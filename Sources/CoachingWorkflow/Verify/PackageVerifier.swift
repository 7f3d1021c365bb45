import CoachingRegister
import CoachingCore
import Crypto
import Foundation

/// `coaching verify`: an archive package (ZIP) or its extracted folder checked from the inside.
/// Every hash recomputed, every XML validated against its schema, the numbers in documents,
/// manifest and register extract compared, no file missing or extra, and the manifest's
/// signature checked with the office's public key.
///
/// Memory stays bounded whatever the package: files are streamed (read once, a chunk at a time,
/// hashed and checked as they pass), and what is kept has a limit: the manifest and its
/// signature (held whole), the register extract's rows, the findings. A 517 MB batch of 40,014
/// files is checked in about 100 MB, a package crafted to every limit in 184 MB.
public struct PackageVerifier {
    /// The largest manifest read: held whole, as the signature covers its bytes. A batch of
    /// 40,014 files lists them in 9.6 MB; the 65,535 a package can hold, with longer paths,
    /// stay well under this.
    static let manifestLimit = 32 << 20
    /// The largest signature file read (one is under 200 bytes).
    static let signatureLimit = 4 << 10
    /// The most files a manifest may list, the most entries a ZIP without ZIP64 holds: one
    /// listing more cannot describe a package, and is not read further.
    static let fileLimit = ZipWriter.maximumEntries
    /// The largest register extract read: its rows are kept until the end. The 32,767 documents
    /// a package can hold take 11 MB at the 337 bytes a row of a real batch takes.
    static let registerLimit = 16 << 20

    /// Opens a ZIP package or a folder (the extracted batch folder, or a folder holding one).
    /// Only the listing is read here; the files are read by ``verify(_:key:)``.
    package static func open(_ url: URL) throws -> PackageSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FileError(FileProblem(kind: .notFound, path: url.path))
        }
        return isDirectory.boolValue ? try FolderPackage(url: url) : try ZipPackage(url: url)
    }

    /// Checks `package`. With `key`, the manifest must carry a valid signature of that key.
    package static func verify(_ package: PackageSource, key: Curve25519.Signing.PublicKey?, language: Language = .id,
                               progress: any ProgressReporter = SilentProgress()) -> Report {
        var report = Report(name: package.name, batch: package.folder, language: language)
        let l = language
        report.add(contentsOf: package.problems.map { $0.text(language) })
        var files: [String: PackageFile] = [:]
        for file in package.files where files.updateValue(file, forKey: file.path) != nil {
            report.add(l.text(.verifyTwiceInPackage, ["path": file.path]))
        }
        report.fileCount = files.count

        // The manifest says what should be there; without a readable one nothing else is read.
        guard let manifest = manifest(files, from: package, key: key, &report) else { return report }

        // Every listed file present, unchanged; nothing unlisted. Only what the manifest lists,
        // at the size it records, is read: a small package claiming gigabytes more is named unread.
        var listed: [String: ArchiveManifest.File] = [:]
        for file in manifest.files {
            if file.path.split(separator: "/").contains("..") || file.path.hasPrefix("/") {
                report.add(l.text(.verifyOutside, ["path": file.path]))
                continue
            }
            if listed.updateValue(file, forKey: file.path) != nil { report.add(l.text(.verifyListedTwice, ["path": file.path])) }
        }
        let own: Set<String> = [ArchiveManifest.fileName, ManifestSignature.fileName]
        var wanted: [Wanted] = [], unread: Set<String> = []
        for file in package.files where files[file.path]?.index == file.index && !own.contains(file.path) {
            guard let entry = listed[file.path] else { continue }
            if file.path == RegisterExtract.documentsPath && file.size > registerLimit {
                unread.insert(file.path)
                report.add("\(file.path): the package gives its size as \(file.size) bytes, more than a register extract can need; not read")
            } else if entry.size == file.size {
                wanted.append(Wanted(file: file, listed: entry))
            } else {
                unread.insert(file.path)
                report.add("\(file.path): the package gives its size as \(file.size) bytes, the manifest records \(entry.size); not read")
            }
        }
        let readings = read(wanted, from: package, batch: manifest.batch, language: language, progress: progress)
        var hashes: [String: String] = [:]
        for (item, reading) in zip(wanted, readings) {
            if let damage = reading.damage {
                unread.insert(item.file.path)
                report.add(damage)
            } else {
                hashes[item.file.path] = reading.sha256
            }
        }
        for path in files.keys.sorted() where listed[path] == nil && !own.contains(path) {
            report.add(l.text(.verifyAdded, ["path": path]))
        }
        var present: Set<String> = []
        for file in manifest.files where !unread.contains(file.path) {
            guard let hash = hashes[file.path] else {
                report.add(l.text(.verifyMissing, ["path": file.path]))
                continue
            }
            if hash != file.sha256 {
                report.add(l.text(.verifyChanged, ["path": file.path, "hash": String(hash.prefix(12)), "recorded": String(file.sha256.prefix(12))]))
                continue
            }
            present.insert(file.path)
        }
        checkRegister(readings.lazy.compactMap(\.rows).first, listed, hashes, &report)
        checkSignedPDFs(manifest, present: present, files: files, from: package, &report)
        for (item, reading) in zip(wanted, readings) where present.contains(item.file.path) {
            report.add(contentsOf: reading.problems)
            report.addOmitted(reading.omittedProblems)
        }
        return report
    }

    /// A read error in the report's words (in `language`): the ZIP's own message names the
    /// file already, and is technical detail after the sentence.
    static func damage(_ file: PackageFile, _ error: Error, language: Language) -> String {
        if let damaged = error as? ZipReader.Damaged { return language.text(.verifyEntryDamaged, ["detail": damaged.description]) }
        return language.text(.verifyFileUnreadable, ["path": file.path, "reason": language.describe(error, path: file.path)])
    }
}
