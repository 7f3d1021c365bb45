import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing

/// A lost register is made again from the batch folders' copies, and numbers are never given twice.
@Suite("register rebuild")
struct RegisterRebuildTests {
    static let ratna = "198012302010012005", bambang = "197205141998031002"
    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// The example batch approved and received, not archived.
    static func receivedBatch(_ fixture: WorkflowFixture) throws -> URL {
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: day(11, 25))))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: ratna, on: day(11, 26)))
        _ = try fixture.workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        _ = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: ratna, on: day(12, 11)))
        _ = try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", sessions: [1, 2], by: bambang, on: day(12, 14)))
        return batch.folder
    }

    static func registerFile(_ fixture: WorkflowFixture) -> URL {
        fixture.workflow.environment.outputRoot.appendingPathComponent("register.sqlite")
    }

    @Test func everyCommitKeepsTheBatchsCopyOfItsRecord() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.receivedBatch(fixture)
        let copy = try String(contentsOf: folder.appendingPathComponent("register/dokumen.csv"), encoding: .utf8)
        let sessionOne = try #require(copy.split(whereSeparator: \.isNewline).first { $0.hasPrefix("BA-1/KLIP/2026,") })
        #expect(sessionOne.hasSuffix(",2026-11-27,2026-12-11,\(Self.ratna),2026-12-14,\(Self.bambang),"))
        let sessionThree = try #require(copy.split(whereSeparator: \.isNewline).first { $0.hasPrefix("BA-3/KLIP/2026,") })
        #expect(sessionThree.contains(",disetujui,"))
    }

    @Test func aLostRegisterIsRebuiltWithEveryStateAndTheNumberingGoesOn() throws {
        let fixture = try WorkflowFixture()
        _ = try Self.receivedBatch(fixture)
        let before = try fixture.workflow.status(StatusRequest(batch: "2026-001")).statuses
        try FileManager.default.removeItem(at: Self.registerFile(fixture))

        let outcome = try fixture.workflow.rebuildRegister(RebuildRequest())
        #expect(outcome.batches == ["2026-001: 22 documents, 94 audit lines"])
        #expect(outcome.lastNumbers == ["BA-20/KLIP/2026", "JDW-1/KLIP/2026", "TT-1/KLIP/2026"])
        #expect(outcome.differences.isEmpty)
        #expect(try fixture.workflow.status(StatusRequest(batch: "2026-001")).statuses == before)
        // The rest of the sessions are received as before, and the next batch takes the next number.
        #expect(try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", sessions: [3], by: Self.bambang, on: Self.day(12, 15))).done == ["BA-3/KLIP/2026"])
        let register = try Register(root: fixture.workflow.environment.outputRoot, create: false)
        let next = try register.transaction { tx in (try tx.nextSequence(.jadwal, year: 2026), try tx.nextSequence(.beritaAcara, year: 2026)) }
        #expect(next == (2, 21))
        let log = try register.read { try $0.auditLog(batch: BatchID(parsing: "2026-001")!) }
        #expect(log.filter { $0.action == "register dibangun ulang" }.map(\.detail) == ["dari 2026/2026-001/register/: 22 dokumen, 94 baris audit"])
        #expect(try register.read { try $0.auditChainBreak() } == nil)
    }

    @Test func printedAndSignedCopiesAreKeptInTheBatchsCopyAndRebuilt() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.receivedBatch(fixture)
        let root = fixture.workflow.environment.outputRoot, id = BatchID(parsing: "2026-001")!
        let copies = [
            DocumentCopy(path: "2026/2026-001/berita-acara/sesi-001.pdf", batch: id, source: "2026/2026-001/berita-acara/sesi-001.html",
                         number: "BA-1/KLIP/2026", form: .pdf, sha256: String(repeating: "a", count: 64), size: 1234,
                         basis: String(repeating: "b", count: 64), recordedOn: "2026-12-15T10:00:00+07:00"),
            DocumentCopy(path: "2026/2026-001/berita-acara/sesi-001-ttd.pdf", batch: id, source: "2026/2026-001/berita-acara/sesi-001.html",
                         number: "BA-1/KLIP/2026", form: .signed, sha256: String(repeating: "c", count: 64), size: 2345,
                         basis: String(repeating: "a", count: 64), signer: "Ratna Sari, S.E.", signerID: "3171234567890001",
                         signedAt: "2026-12-15T11:00:00+07:00", trust: "tidak diperiksa", recordedOn: "2026-12-15T11:05:00+07:00"),
        ]
        try CommitPath.open(root, create: false, language: .en).commit { tx, _ in try tx.record(copies) }
        let csv = try String(contentsOf: folder.appendingPathComponent("register/salinan.csv"), encoding: .utf8)
        #expect(csv == """
            berkas,sumber,nomor,bentuk,sha256,ukuran,dasar,penanda_tangan,id_penanda_tangan,ditandatangani,kepercayaan,dicatat\r
            berita-acara/sesi-001-ttd.pdf,berita-acara/sesi-001.html,BA-1/KLIP/2026,bertanda-tangan,\(String(repeating: "c", count: 64)),2345,\(String(repeating: "a", count: 64)),"Ratna Sari, S.E.",3171234567890001,2026-12-15T11:00:00+07:00,tidak diperiksa,2026-12-15T11:05:00+07:00\r
            berita-acara/sesi-001.pdf,berita-acara/sesi-001.html,BA-1/KLIP/2026,pdf,\(String(repeating: "a", count: 64)),1234,\(String(repeating: "b", count: 64)),,,,,2026-12-15T10:00:00+07:00\r

            """)
        try FileManager.default.removeItem(at: Self.registerFile(fixture))
        _ = try fixture.workflow.rebuildRegister(RebuildRequest())
        let rebuilt = try Register(root: root, create: false).read { try $0.copies(batch: id) }
        #expect(rebuilt == copies.sorted { $0.path < $1.path })
    }

    @Test func aFileChangedWhileTheRegisterWasLostIsNamedAndStaysRefused() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.receivedBatch(fixture)
        try FileManager.default.removeItem(at: Self.registerFile(fixture))
        let edited = folder.appendingPathComponent("berita-acara/sesi-004.html")
        try Data("<p>diubah</p>".utf8).write(to: edited)

        let outcome = try fixture.workflow.rebuildRegister(RebuildRequest())
        #expect(outcome.differences == ["\(edited.path) was changed after coaching wrote it"])
        let error = #expect(throws: WorkflowError.self) {
            try fixture.workflow.receive(ReceiptRequest(batch: "2026-001", sessions: [4], by: Self.bambang, on: Self.day(12, 15)))
        }
        #expect(error?.lines.last == "error: \(edited.path) (BA-4/KLIP/2026) was changed after coaching wrote it; restore it, or draw it again with coaching minutes")
    }

    /// A healthy register is left as it is and said to need nothing: not an error.
    @Test func nothingToDoWhileAHealthyRegisterIsThere() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        let outcome = try fixture.workflow.rebuildRegister(RebuildRequest())
        #expect(outcome.notNeeded == "The register \(Self.registerFile(fixture).path) is in place and readable; there is nothing to rebuild.")
        #expect(outcome.batches.isEmpty && outcome.differences.isEmpty)
    }

    @Test func refusedWhenABatchHasNoCopy() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        try FileManager.default.removeItem(at: Self.registerFile(fixture))
        try FileManager.default.removeItem(at: batch.folder.appendingPathComponent("register"))
        let error = #expect(throws: WorkflowError.self) { try fixture.workflow.rebuildRegister(RebuildRequest()) }
        #expect(error == WorkflowError(.register, [
            "error: batch 2026-001 has no copy of its record (2026/2026-001/register/); it was made by an older version of coaching",
            "The register was not rebuilt: its numbers could not all be known. Restore register.sqlite from a backup.",
        ]))
        #expect(!FileManager.default.fileExists(atPath: Self.registerFile(fixture).path))
    }

    @Test func aCopyEditedByHandIsNamedByLine() throws {
        let fixture = try WorkflowFixture()
        let batch = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        try FileManager.default.removeItem(at: Self.registerFile(fixture))
        let copy = batch.folder.appendingPathComponent("register/dokumen.csv")
        let text = try String(contentsOf: copy, encoding: .utf8)
        try Data(text.replacingOccurrences(of: ",konsep,0,jadwal", with: ",disahkan,0,jadwal").utf8).write(to: copy)
        let error = #expect(throws: WorkflowError.self) { try fixture.workflow.rebuildRegister(RebuildRequest()) }
        #expect(error?.lines.first == "\(copy.path):2: error: the number, kind, session, status, revision or date of JDW-1/KLIP/2026 does not read back")
    }

    @Test func theStatusOfALostRegisterPointsToTheRebuild() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: Self.day(11, 25))))
        try FileManager.default.removeItem(at: Self.registerFile(fixture))
        let error = #expect(throws: WorkflowError.self) { try fixture.workflow.status(StatusRequest()) }
        #expect(error?.lines.last?.hasSuffix("Restore register.sqlite from a backup, or rebuild it from the batch folders with coaching register rebuild; nothing was changed") == true)
    }
}

/// What a review of the rebuild found: committed changes left in `.staging/` and a failed restore.
@Suite("register rebuild, the edges")
struct RegisterRebuildEdgeTests {
    @Test func changesTheLostRegisterCommittedButDidNotMoveAreKeptNotRemoved() throws {
        let fixture = try WorkflowFixture()
        _ = try #require(WorkflowFixture.batch(try fixture.schedule(assignedOn: RegisterRebuildTests.day(11, 25))))
        let output = fixture.workflow.environment.outputRoot
        try FileManager.default.removeItem(at: RegisterRebuildTests.registerFile(fixture))
        let left = output.appendingPathComponent(".staging/123-456-789")
        try FileManager.default.createDirectory(at: left, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: left.appendingPathComponent("sesi-001.html"))
        let error = #expect(throws: WorkflowError.self) { try fixture.workflow.rebuildRegister(RebuildRequest()) }
        #expect(error == .error(.refused, "\(output.path)/.staging holds 1 change the lost register committed but did not move into place (123-456-789); move that folder aside and keep it, then run register rebuild again"))
        #expect(FileManager.default.fileExists(atPath: left.appendingPathComponent("sesi-001.html").path))
        #expect(!FileManager.default.fileExists(atPath: RegisterRebuildTests.registerFile(fixture).path))
    }
}
