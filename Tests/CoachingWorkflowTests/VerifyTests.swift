import CoachingCore
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

        let contents = try PackageVerifier.open(bomb)
        #expect(contents.unlisted == ["bom-1.bin", "bom-2.bin", "bom-3.bin"])
        #expect(contents.files.keys.allSatisfy { !$0.hasPrefix("bom-") }, "never unpacked")
        let report = try fixture.workflow.verify(VerifyRequest(package: bomb))
        #expect(!report.holds)
        #expect(report.findings == (1...3).map { "bom-\($0).bin: is in the package but not in the manifest (added or renamed)" })
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
        let contents = try PackageVerifier.open(grown)
        #expect(contents.notUnpacked == ["kandidat.csv"] && contents.files["kandidat.csv"] == nil)
        let report = try fixture.workflow.verify(VerifyRequest(package: grown))
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.hasPrefix("kandidat.csv: the package says it unpacks to ") == true)
    }
}
