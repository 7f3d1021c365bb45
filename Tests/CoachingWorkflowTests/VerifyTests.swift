import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing

@Suite("Verifying a hostile package")
struct VerifyTests {
    /// The real package plus entries the manifest does not list, each unpacking to 64 MB of
    /// zeros (the attack used 2 GiB each, and verify reached 10.5 GB): named, never inflated.
    @Test(.timeLimit(.minutes(2)))
    func entriesTheManifestDoesNotListAreNamedWithoutBeingUnpacked() throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let real = try ZipReader(bytes: Array(try Data(contentsOf: archived.package)))
        var entries = try real.entries.map { ZipEntry(path: $0.path, bytes: try real.contents(of: $0).get()) }
        let zeros = [UInt8](repeating: 0, count: 64 << 20)
        for i in 1...3 { entries.append(ZipEntry(path: "2026-001/bom-\(i).bin", bytes: zeros)) }
        var writer = ZipWriter(date: CivilDate(year: 2026, month: 12, day: 15)!)
        try writer.append(packed: ZipWriter.pack(entries).sorted { $0.path < $1.path })
        let bomb = fixture.root.appendingPathComponent("bom.zip")
        try Data(try writer.finishParts().joined()).write(to: bomb)
        #expect(try Data(contentsOf: bomb).count < 2 << 20, "a small file")

        let opened = OpenedFiles(try PackageVerifier.open(bomb))
        let report = PackageVerifier.verify(opened, key: nil, language: .en)
        #expect(!report.holds)
        #expect(report.findings == (1...3).map { "bom-\($0).bin: is in the package but not in the manifest (added or renamed)" })
        #expect(opened.paths.contains("jadwal-coaching.xml") && !opened.paths.contains { $0.hasPrefix("bom-") }, "never unpacked")
        #expect(try fixture.workflow.verify(VerifyRequest(package: bomb)).findings == report.findings)
        // The same findings in Indonesian, the default.
        let indonesian = PackageVerifier.verify(OpenedFiles(try PackageVerifier.open(bomb)), key: nil, language: .id)
        #expect(indonesian.findings == (1...3).map { "bom-\($0).bin: ada dalam paket tetapi tidak dalam manifest (ditambahkan atau diganti namanya)" })
        #expect(indonesian.signature == "tidak ditandatangani")
        // The package as archived still holds.
        #expect(try fixture.workflow.verify(VerifyRequest(package: archived.package)).holds)
    }

    /// An entry whose size in the ZIP is not the manifest's is left packed and named.
    @Test(.timeLimit(.minutes(2)))
    func anEntryWhoseSizeIsNotTheManifestsIsNotUnpacked() throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let real = try ZipReader(bytes: Array(try Data(contentsOf: archived.package)))
        let entries = try real.entries.map { entry -> ZipEntry in
            let bytes = try real.contents(of: entry).get()
            return ZipEntry(path: entry.path, bytes: entry.path.hasSuffix("kandidat.csv") ? bytes + [UInt8](repeating: 0x20, count: 32 << 20) : bytes)
        }
        var writer = ZipWriter(date: CivilDate(year: 2026, month: 12, day: 15)!)
        try writer.append(packed: ZipWriter.pack(entries).sorted { $0.path < $1.path })
        let grown = fixture.root.appendingPathComponent("tumbuh.zip")
        try Data(try writer.finishParts().joined()).write(to: grown)
        let opened = OpenedFiles(try PackageVerifier.open(grown))
        let report = PackageVerifier.verify(opened, key: nil, language: .en)
        #expect(!opened.paths.contains("kandidat.csv"), "not unpacked")
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.hasPrefix("kandidat.csv: the package gives its size as ") == true)
        #expect(report.findings.first?.hasSuffix("; not read") == true)
    }

    /// A file of many chunks, too large to be inflated whole, is streamed through its hash: it
    /// verifies, and a change in its last chunk alone is found.
    @Test(.timeLimit(.minutes(2)))
    func aFileLargerThanAChunkIsStreamedAndAChangeInItsLastChunkIsFound() throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let real = try ZipReader(bytes: Array(try Data(contentsOf: archived.package)))
        var large: [UInt8] = []
        while large.count < 2 * ZipEntryStream.wholeLimit + 123 { large += Array("2026-10,19860728201509171\(large.count % 97),Agen \(large.count)\n".utf8) }
        func package(_ content: [UInt8], named name: String) throws -> URL {
            var entries = try real.entries.map { ZipEntry(path: $0.path, bytes: try real.contents(of: $0).get()) }
            let at = try #require(entries.firstIndex { $0.path == "2026-001/manifest.xml" })
            var log = DiagnosticLog()
            var manifest = try #require(ArchiveManifest.read(InputFile(name: "manifest.xml", source: MemoryByteSource(entries[at].bytes)), language: .en, log: &log))
            // The manifest records the original; the package may hold another content.
            manifest.files.append(ArchiveManifest.File(path: "masukan/besar.csv", sha256: SHA256Digest.hex(large), size: large.count, kind: .masukan))
            entries[at].bytes = manifest.xml()
            entries.append(ZipEntry(path: "2026-001/masukan/besar.csv", bytes: content))
            var writer = ZipWriter(date: CivilDate(year: 2026, month: 12, day: 15)!)
            try writer.append(packed: ZipWriter.pack(entries).sorted { $0.path < $1.path })
            let url = fixture.root.appendingPathComponent(name)
            try Data(try writer.finishParts().joined()).write(to: url)
            return url
        }
        let whole = try package(large, named: "besar.zip")
        #expect(try ZipReader(bytes: Array(try Data(contentsOf: whole))).entries.first { $0.path.hasSuffix("besar.csv") }!.size > ZipEntryStream.wholeLimit)
        #expect(try fixture.workflow.verify(VerifyRequest(package: whole)).findings == [])

        var changed = large
        changed[changed.count - 2] ^= 0x01
        let report = try fixture.workflow.verify(VerifyRequest(package: try package(changed, named: "diubah.zip")))
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.hasPrefix("masukan/besar.csv: its content changed (SHA-256 \(SHA256Digest.hex(changed).prefix(12))") == true)
    }

    /// The audit lines in a package carry their place in the register's hash chain: an edited
    /// line is named even when the (unsigned) manifest was made to match the edited file.
    @Test(arguments: [("disetujui", "diterima"), ("2,2026-", "7,2026-")])
    func anAuditLineChangedInThePackageIsNamedByItsChain(edit: (String, String)) throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let real = try ZipReader(bytes: Array(try Data(contentsOf: archived.package)))
        var entries = try real.entries.map { ZipEntry(path: $0.path, bytes: try real.contents(of: $0).get()) }
        let audit = try #require(entries.firstIndex { $0.path == "2026-001/register/audit.csv" })
        var lines = String(decoding: entries[audit].bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first == "no,waktu,pelaku,tindakan,nomor,keterangan,sha256,rantai_sebelum,rantai")
        // An action changed in the middle of a line, or a line given another number.
        let target = try #require(lines.firstIndex { edit.0.hasSuffix("-") ? $0.hasPrefix(edit.0) : $0.contains(edit.0) })
        lines[target] = lines[target].replacingOccurrences(of: edit.0, with: edit.1)
        entries[audit].bytes = Array(lines.joined(separator: "\r\n").utf8)
        let at = try #require(entries.firstIndex { $0.path == "2026-001/manifest.xml" })
        var log = DiagnosticLog()
        var manifest = try #require(ArchiveManifest.read(InputFile(name: "manifest.xml", source: MemoryByteSource(entries[at].bytes)), language: .en, log: &log))
        let listed = try #require(manifest.files.firstIndex { $0.path == "register/audit.csv" })
        manifest.files[listed].sha256 = SHA256Digest.hex(entries[audit].bytes)
        manifest.files[listed].size = entries[audit].bytes.count
        entries[at].bytes = manifest.xml()
        var writer = ZipWriter(date: CivilDate(year: 2026, month: 12, day: 15)!)
        try writer.append(packed: ZipWriter.pack(entries).sorted { $0.path < $1.path })
        let url = fixture.root.appendingPathComponent("diubah.zip")
        try Data(try writer.finishParts().joined()).write(to: url)

        let report = try fixture.workflow.verify(VerifyRequest(package: url))
        #expect(report.findings.count == 1)
        let line = lines[target].split(separator: ",").first.map(String.init) ?? "?"
        #expect(report.findings.first?.hasPrefix("register/audit.csv:\(target + 1): audit line ") == true, "\(report.findings)")
        #expect(report.findings.first?.contains(edit.0 == "disetujui" ? "audit line \(line) (diterima" : "audit line 7 ") == true, "\(report.findings)")
    }

    /// A package made before the chain went into packages (seven columns) still verifies.
    @Test func aPackageFromBeforeTheChainStillVerifies() throws {
        let fixture = try WorkflowFixture()
        let archived = try fixture.archivedBatch()
        let real = try ZipReader(bytes: Array(try Data(contentsOf: archived.package)))
        var entries = try real.entries.map { ZipEntry(path: $0.path, bytes: try real.contents(of: $0).get()) }
        let audit = try #require(entries.firstIndex { $0.path == "2026-001/register/audit.csv" })
        let lines = String(decoding: entries[audit].bytes, as: UTF8.self).components(separatedBy: "\r\n")
        // The last two columns are 64 hex digits each: cut them off every line.
        entries[audit].bytes = Array(lines.map { $0.hasPrefix("no,") ? "no,waktu,pelaku,tindakan,nomor,keterangan,sha256" : String($0.dropLast($0.isEmpty ? 0 : 130)) }
            .joined(separator: "\r\n").utf8)
        let at = try #require(entries.firstIndex { $0.path == "2026-001/manifest.xml" })
        var log = DiagnosticLog()
        var manifest = try #require(ArchiveManifest.read(InputFile(name: "manifest.xml", source: MemoryByteSource(entries[at].bytes)), language: .en, log: &log))
        let listed = try #require(manifest.files.firstIndex { $0.path == "register/audit.csv" })
        manifest.files[listed].sha256 = SHA256Digest.hex(entries[audit].bytes)
        manifest.files[listed].size = entries[audit].bytes.count
        entries[at].bytes = manifest.xml()
        var writer = ZipWriter(date: CivilDate(year: 2026, month: 12, day: 15)!)
        try writer.append(packed: ZipWriter.pack(entries).sorted { $0.path < $1.path })
        let url = fixture.root.appendingPathComponent("lama.zip")
        try Data(try writer.finishParts().joined()).write(to: url)
        #expect(String(decoding: entries[audit].bytes, as: UTF8.self).components(separatedBy: "\r\n")[1].split(separator: ",").count >= 7)
        #expect(try fixture.workflow.verify(VerifyRequest(package: url)).findings == [])
    }

    /// A hostile package can yield a finding or more per entry: the report keeps the first
    /// thousand, cut to a sane length, and counts the rest, so it fails all the same.
    @Test func findingsBeyondTheLimitAreCountedNotKept() {
        var report = PackageVerifier.Report(name: "paket.zip", batch: "2026-001", language: .en)
        report.add(String(repeating: "jalur/", count: 2_000) + ": is in the package but not in the manifest")
        #expect(report.findings[0].count == PackageVerifier.Report.findingLength + 1 && report.findings[0].hasSuffix("…"))
        for i in 1...1_500 { report.add("berkas-\(i).txt: is in the package but not in the manifest (added or renamed)") }
        #expect(report.findings.count == PackageVerifier.Report.findingLimit)
        #expect(report.omittedFindings == 501 && report.findingCount == 1_501 && !report.holds)
    }
}

/// A package whose files are recorded as they are opened: what `verify` reads, and what it never touches.
final class OpenedFiles: PackageSource, @unchecked Sendable {
    let base: PackageSource
    private let lock = NSLock()
    private var opened: [String] = []

    init(_ base: PackageSource) { self.base = base }

    var paths: [String] { lock.withLock { opened } }
    var name: String { base.name }
    var folder: String { base.folder }
    var files: [PackageFile] { base.files }
    var problems: [Message] { base.problems }

    func open(_ file: PackageFile) throws -> ByteSource {
        lock.withLock { opened.append(file.path) }
        return try base.open(file)
    }
}
