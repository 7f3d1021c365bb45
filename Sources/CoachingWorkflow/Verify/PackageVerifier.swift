import CoachingRegister
import CoachingCore
import Crypto
import Foundation

/// `coaching verify`: an archive package (ZIP) or its extracted folder checked from the inside.
/// Every hash recomputed, every XML validated against its schema, the numbers in documents,
/// manifest and register extract compared, no file missing or extra, and the manifest's
/// signature checked with the office's public key.
public struct PackageVerifier {
    /// The files of a package, relative to its batch folder, and what was wrong in opening it.
    package struct Contents: Sendable {
        package var name: String
        /// The batch folder's name inside the package (the batch id).
        package var folder: String
        package var files: [String: [UInt8]]
        package var problems: [String]
        /// Entries the manifest does not list: named, never unpacked.
        package var unlisted: [String] = []
        /// Entries left packed because their size is not the one the manifest records.
        package var notUnpacked: Set<String> = []
    }

    /// What the check found.
    public struct Report: Sendable {
        public var name: String
        public var batch: String
        public var fileCount: Int
        /// Each a reason the package cannot be trusted; empty when all holds.
        public var findings: [String] = []
        /// What the reader should know but does not fail the check (an unsigned package
        /// without a key to expect).
        public var notes: [String] = []
        public var signature: String = ""
        public var holds: Bool { findings.isEmpty }
    }

    /// Opens a ZIP package or a folder (the extracted batch folder, or a folder holding one).
    package static func open(_ url: URL) throws -> Contents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FileError("\(url.path) does not exist")
        }
        if isDirectory.boolValue { return try openFolder(url) }
        let reader: ZipReader
        do { reader = try ZipReader(bytes: try BatchFiles.contents(url.path)) } catch let damaged as ZipReader.Damaged {
            throw FileError("\(url.path): \(damaged.description)")
        }
        return unpack(reader, name: url.lastPathComponent)
    }

    /// The largest manifest unpacked: a batch of 20,000 minutes lists 40,009 files in about 8 MB.
    static let manifestLimit = 64 << 20

    /// The entries of a package, unpacked only as the manifest allows: an entry it does not
    /// list, or whose size differs from the one it records, is named without being inflated,
    /// so a small package claiming gigabytes of extra content cannot exhaust memory.
    static func unpack(_ reader: ZipReader, name: String) -> Contents {
        var contents = Contents(name: name, folder: "", files: [:], problems: [])
        let top = reader.entries.first.map { String($0.path.split(separator: "/").first ?? "") } ?? ""
        contents.folder = top
        var entries: [(path: String, entry: ZipReader.Entry)] = []
        for entry in reader.entries where !entry.path.hasSuffix("/") {
            guard entry.path.hasPrefix(top + "/") else {
                contents.problems.append("\(entry.path): lies outside the batch folder \(top)/")
                continue
            }
            entries.append((String(entry.path.dropFirst(top.count + 1)), entry))
        }
        let listed = listedSizes(entries, reader: reader, contents: &contents)
        let own: Set<String> = [ArchiveManifest.fileName, ManifestSignature.fileName]
        var wanted: [(path: String, entry: ZipReader.Entry)] = []
        for (path, entry) in entries {
            if own.contains(path) {
                if entry.size <= manifestLimit { wanted.append((path, entry)) }
                else { contents.notUnpacked.insert(path); contents.problems.append("\(path): unpacks to \(entry.size) bytes, more than a manifest can need; not unpacked") }
            } else if let size = listed?[path] {
                if size == entry.size { wanted.append((path, entry)) }
                else {
                    contents.notUnpacked.insert(path)
                    contents.problems.append("\(path): the package says it unpacks to \(entry.size) bytes, the manifest records \(size); not unpacked")
                }
            } else if listed != nil {
                contents.unlisted.append(path)
            }
        }
        let results = wanted.parallelMap { reader.contents(of: $0.entry) }
        for ((path, _), result) in zip(wanted, results) {
            switch result {
            case .success(let bytes):
                if contents.files.updateValue(bytes, forKey: path) != nil { contents.problems.append("\(path): is in the package twice") }
            case .failure(let damaged): contents.problems.append(damaged.description)
            }
        }
        return contents
    }

    /// The sizes the manifest records, by path; nil when there is no readable manifest (then
    /// nothing but the manifest itself is unpacked, and the check fails on it).
    private static func listedSizes(_ entries: [(path: String, entry: ZipReader.Entry)], reader: ZipReader,
                                    contents: inout Contents) -> [String: Int]? {
        guard let manifest = entries.first(where: { $0.path == ArchiveManifest.fileName })?.entry, manifest.size <= manifestLimit,
              case .success(let bytes) = reader.contents(of: manifest) else { return nil }
        var log = DiagnosticLog(limit: 1)
        guard let read = ArchiveManifest.read(InputFile(name: ArchiveManifest.fileName, source: MemoryByteSource(bytes)), log: &log) else { return nil }
        return Dictionary(read.files.map { ($0.path, $0.size) }, uniquingKeysWith: { a, _ in a })
    }

    static func openFolder(_ url: URL) throws -> Contents {
        var root = url
        let manifest = { (u: URL) in FileManager.default.fileExists(atPath: u.appendingPathComponent(ArchiveManifest.fileName).path) }
        if !manifest(url) {
            let subfolders = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { manifest(url.appendingPathComponent($0)) }
            guard subfolders.count == 1 else {
                throw FileError("\(url.path) holds no \(ArchiveManifest.fileName); give the extracted batch folder or the ZIP package")
            }
            root = url.appendingPathComponent(subfolders[0])
        }
        let files = try BatchFiles.read(try BatchFiles.list(root), in: root)
        return Contents(name: root.path, folder: root.lastPathComponent,
                        files: Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a }), problems: [])
    }

    /// Checks `contents`. With `key`, the manifest must carry a valid signature of that key.
    package static func verify(_ contents: Contents, key: Curve25519.Signing.PublicKey?) -> Report {
        var report = Report(name: contents.name, batch: contents.folder, fileCount: contents.files.count, findings: contents.problems)
        guard let manifestBytes = contents.files[ArchiveManifest.fileName] else {
            report.findings.append("\(ArchiveManifest.fileName) is missing: nothing says what the package should hold")
            return report
        }
        var log = DiagnosticLog(limit: 20)
        guard let manifest = ArchiveManifest.read(InputFile(name: ArchiveManifest.fileName, source: MemoryByteSource(manifestBytes)), log: &log) else {
            report.findings.append(contentsOf: log.sorted.map { $0.formatted })
            if log.sorted.isEmpty { report.findings.append("\(ArchiveManifest.fileName) cannot be read") }
            return report
        }
        report.batch = manifest.batch
        if manifest.batch != contents.folder {
            report.findings.append("\(ArchiveManifest.fileName) is for batch \(manifest.batch), but the package's folder is \(contents.folder)")
        }
        checkSignature(contents, manifestBytes, key, &report)

        // Every listed file present, unchanged; nothing unlisted.
        var listed: [String: ArchiveManifest.File] = [:]
        for file in manifest.files {
            if file.path.split(separator: "/").contains("..") || file.path.hasPrefix("/") {
                report.findings.append("\(file.path): the manifest names a path outside the package")
                continue
            }
            if listed.updateValue(file, forKey: file.path) != nil { report.findings.append("\(file.path): listed twice in the manifest") }
        }
        let own: Set<String> = [ArchiveManifest.fileName, ManifestSignature.fileName]
        let hashes = hashAll(contents.files)
        for path in (Array(contents.files.keys) + contents.unlisted).sorted() where listed[path] == nil && !own.contains(path) {
            report.findings.append("\(path): is in the package but not in the manifest (added or renamed)")
        }
        var present: [ArchiveManifest.File] = []
        for file in manifest.files {
            guard let bytes = contents.files[file.path] else {
                if !contents.notUnpacked.contains(file.path) {
                    report.findings.append("\(file.path): is in the manifest but missing from the package (deleted or renamed)")
                }
                continue
            }
            if hashes[file.path] != file.sha256 || bytes.count != file.size {
                report.findings.append("\(file.path): its content changed (SHA-256 \(hashes[file.path]!.prefix(12))…, the manifest records \(file.sha256.prefix(12))…)")
                continue
            }
            present.append(file)
        }

        checkRegister(contents, listed, hashes, &report)
        checkDocuments(contents, present, &report)
        return report
    }

    static func hashAll(_ files: [String: [UInt8]]) -> [String: String] {
        let items = Array(files)
        return Dictionary(uniqueKeysWithValues: zip(items.map(\.key), items.parallelMap { SHA256Digest.hex($0.value) }))
    }

    static func checkSignature(_ contents: Contents, _ manifest: [UInt8], _ key: Curve25519.Signing.PublicKey?, _ report: inout Report) {
        guard let sigBytes = contents.files[ManifestSignature.fileName] else {
            report.signature = "not signed"
            if key != nil {
                report.findings.append("the package is not signed, but a signature by the office key \(OfficeKey.fingerprint(key!)) is expected")
            } else {
                report.notes.append("the package is not signed: its manifest proves no more than the files agree with each other")
            }
            return
        }
        guard let signature = ManifestSignature(text: String(decoding: sigBytes, as: UTF8.self)) else {
            report.findings.append("\(ManifestSignature.fileName) is not a signature coaching can read")
            return
        }
        guard let key else {
            report.signature = "signed by key \(signature.fingerprint), not checked"
            report.findings.append("the manifest is signed by key \(signature.fingerprint), but no public key was given to check it (--public-key)")
            return
        }
        switch signature.check(manifest, with: key) {
        case .valid(let fingerprint):
            report.signature = "signature valid (office key \(fingerprint))"
        case .signedByAnotherKey(let fingerprint, let expected):
            report.signature = "signed by another key"
            report.findings.append("the manifest is signed by key \(fingerprint), not by the office key \(expected) given to check it")
        case .invalid(let fingerprint):
            report.signature = "signature invalid"
            report.findings.append("the manifest's signature (key \(fingerprint)) does not match it: the manifest was changed after it was signed")
        }
    }

    /// The register's extract agrees with the manifest and the files.
    static func checkRegister(_ contents: Contents, _ listed: [String: ArchiveManifest.File], _ hashes: [String: String], _ report: inout Report) {
        guard let bytes = contents.files[RegisterExtract.documentsPath] else {
            report.findings.append("\(RegisterExtract.documentsPath): the register's entries are missing from the package")
            return
        }
        var log = DiagnosticLog(limit: 20)
        let rows = RegisterExtract.readDocuments(bytes, file: RegisterExtract.documentsPath, log: &log)
        report.findings.append(contentsOf: log.sorted.map(\.formatted))
        var inRegister: Set<String> = []
        for row in rows {
            for (path, hash) in [(row.html, row.htmlSHA256), (row.xml, row.xmlSHA256)] {
                inRegister.insert(path)
                let at = "\(RegisterExtract.documentsPath):\(row.line)"
                guard let file = listed[path] else {
                    report.findings.append("\(at): \(row.number) is registered with \(path), which the manifest does not list")
                    continue
                }
                if file.number != row.number {
                    report.findings.append("\(path): the manifest gives number \(file.number ?? "none"), the register \(row.number)")
                }
                if file.nip != row.nip || file.status != row.status {
                    report.findings.append("\(path): the manifest gives NIP \(file.nip ?? "none") and status \(file.status ?? "none"), the register \(row.nip) and \(row.status)")
                }
                if let actual = hashes[path], actual != hash {
                    report.findings.append("\(path): its content is not what the register recorded for \(row.number) (changed after it was written)")
                }
            }
        }
        for file in listed.values.sorted(by: { $0.path < $1.path }) where file.number != nil && !inRegister.contains(file.path) {
            report.findings.append("\(file.path): the manifest numbers it \(file.number!), but the register has no such document")
        }
    }

    /// Each XML valid against its schema and carrying its number; each numbered HTML showing it.
    static func checkDocuments(_ contents: Contents, _ files: [ArchiveManifest.File], _ report: inout Report) {
        let checked = files.filter { $0.path.hasSuffix(".xml") || ($0.number != nil && $0.path.hasSuffix(".html")) }
        let files = contents.files
        for found in checked.parallelMap(minimumPerThread: 16, { problems($0, files[$0.path]!) }) {
            report.findings.append(contentsOf: found)
        }
    }

    static func problems(_ file: ArchiveManifest.File, _ bytes: [UInt8]) -> [String] {
        if file.path.hasSuffix(".xml") {
            let result = XMLFileCheck.check(bytes, name: file.path)
            if !result.problems.isEmpty { return result.problems.map { "\(file.path): \($0)" } }
            if let number = file.number, result.number != number {
                return ["\(file.path): the document's number is \(result.number ?? "missing"), the manifest says \(number)"]
            }
            return []
        }
        guard let number = file.number else { return [] }
        return ByteSearch.contains(Array(number.utf8), in: bytes) ? [] : ["\(file.path): the document does not show its number \(number)"]
    }
}
