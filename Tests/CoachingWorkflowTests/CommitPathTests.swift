import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing
import TestSupport

@Suite("The one commit path")
struct CommitPathTests {
    static func root() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let batch = RegisteredBatch(id: BatchID(year: 2026, sequence: 1), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, deadline: CivilDate(year: 2026, month: 12, day: 15)!)

    @Test func committedFilesAreInPlaceAndTheStagingFolderIsGone() throws {
        let root = try Self.root()
        let commits = try CommitPath.open(root, create: true, language: .en)
        try commits.commit { tx, staging in
            try tx.insert(Self.batch)
            try staging.stage([("2026/2026-001/a.txt", Array("satu".utf8))])
        }
        #expect(try String(contentsOf: root.appendingPathComponent("2026/2026-001/a.txt"), encoding: .utf8) == "satu")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".staging").path)) ?? []).isEmpty)
        #expect(try commits.read { try $0.pendingMoves() }.isEmpty)
    }

    @Test func aFailedStepCommitsNothingAndLeavesNoFiles() throws {
        struct Stop: Error {}
        let root = try Self.root()
        let commits = try CommitPath.open(root, create: true, language: .en)
        #expect(throws: Stop.self) {
            try commits.commit { tx, staging in
                try tx.insert(Self.batch)
                _ = try tx.nextSequence(.jadwal, year: 2026)
                try staging.stage([("2026/2026-001/a.txt", Array("satu".utf8))])
                throw Stop()
            }
        }
        #expect(try commits.read { try $0.batches() }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("2026").path))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".staging").path)) ?? []).isEmpty)
        // The number the failed step took is not used up.
        #expect(try commits.commit { tx, _ in try tx.nextSequence(.jadwal, year: 2026) } == 1)
    }

    /// A run killed between the register's commit and the moves: the next run that opens the
    /// register puts the files in place.
    @Test func theNextRunFinishesWhatAKilledRunCommitted() throws {
        let root = try Self.root()
        let register = try Register(root: root)
        let staged = StagedFiles(register: register)
        let staging = try staged.stage([("2026/2026-001/a.txt", Array("dua".utf8))])
        try register.transaction { tx in
            try tx.insert(Self.batch)
            try tx.addPendingMove(staging)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("2026/2026-001/a.txt").path))
        _ = try CommitPath.open(root, create: false, language: .en)
        #expect(try String(contentsOf: root.appendingPathComponent("2026/2026-001/a.txt"), encoding: .utf8) == "dua")
        #expect(try register.read { try $0.pendingMoves() }.isEmpty)
    }

    @Test func aStepThatStagesNothingLeavesNoPendingMove() throws {
        let root = try Self.root()
        let commits = try CommitPath.open(root, create: true, language: .en)
        try commits.commit { tx, staging in
            try tx.insert(Self.batch)
            try staging.makeFolder("2026/2026-001")
            staging.discard()
        }
        #expect(try commits.read { try $0.batches().count } == 1)
        #expect(try commits.read { try $0.pendingMoves() }.isEmpty)
    }

    @Test func noRegisterIsNamedPlainly() throws {
        let root = try Self.root()
        let error = #expect(throws: WorkflowError.self) { try CommitPath.open(root, create: false, language: .en) }
        #expect(error == WorkflowError(.register, "error: there is no register at \(root.appendingPathComponent("register.sqlite").path): nothing has been scheduled under this output folder yet"))
    }
}
