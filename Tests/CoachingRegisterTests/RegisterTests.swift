import CoachingCore
@testable import CoachingRegister
import Foundation
import PropertyBased
import Testing
import TestSupport

@Suite("Document register")
struct RegisterTests {
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("register-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func numbersCountUpPerKindAndYearAndAFailedTransactionTakesNone() throws {
        let register = try Register(root: Self.scratch())
        #expect(try register.transaction { try $0.nextSequence(.beritaAcara, year: 2026) } == 1)
        #expect(try register.transaction { try $0.nextSequence(.beritaAcara, year: 2026) } == 2)
        #expect(try register.transaction { try $0.nextSequence(.jadwal, year: 2026) } == 1)
        #expect(try register.transaction { try $0.nextSequence(.beritaAcara, year: 2027) } == 1)
        struct Failed: Error {}
        #expect(throws: Failed.self) {
            try register.transaction { tx in
                _ = try tx.nextSequence(.beritaAcara, year: 2026)
                throw Failed()
            }
        }
        #expect(try register.transaction { try $0.nextSequence(.beritaAcara, year: 2026) } == 3)
    }

    /// The archive package is written part by part (headers, compressed files); whatever the
    /// sizes, small ones gathered and large ones written as they are, the file is the parts in order.
    @Test func aFileWrittenInPartsIsThePartsInOrder() async throws {
        let folder = Self.scratch()
        await propertyCheck(count: 15, input: Gen.int(in: 0...(1 << 30)), Gen.int(in: 1...25)) { seed, count in
            var state = UInt64(seed) | 1
            func next() -> Int {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                return Int(state % 1_000_000)
            }
            // Mostly small parts, some around and above the quarter megabyte written directly.
            let parts = (0..<count).map { i -> [UInt8] in
                let size = next() % 4 == 0 ? next() % 700_000 : next() % 3_000
                return [UInt8](repeating: UInt8(truncatingIfNeeded: i &+ size), count: size)
            }
            let path = folder.appendingPathComponent("paket-\(seed)-\(count).zip").path
            try? StagedFiles.write(parts, to: path)
            let written = FileManager.default.contents(atPath: path).map(Array.init) ?? []
            let expected = parts.flatMap { $0 }
            let firstDifference = (0..<min(written.count, expected.count)).first { written[$0] != expected[$0] } ?? min(written.count, expected.count)
            #expect(written == expected, "\(written.count) bytes written of \(expected.count), the first difference at \(firstDifference)")
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func aCopyOfAnUnknownFormOrOfNoBatchIsRefusedByTheDatabase() throws {
        let register = try Register(root: Self.scratch())
        let id = BatchID(parsing: "2026-001")!
        try register.transaction { try $0.insert(RegisteredBatch(id: id, assignedOn: CivilDate(parsing: "2026-11-25")!, deadline: CivilDate(parsing: "2026-12-15")!)) }
        func insert(_ batch: String, _ form: String) throws {
            try register.transaction { tx in
                try tx.execute("INSERT INTO document_copy (path, batch, source, number, form, sha256, size, basis, recordedOn) "
                    + "VALUES ('2026/2026-001/a.pdf', '\(batch)', '2026/2026-001/a.html', '', '\(form)', 'x', 1, '', '2026-12-15T10:00:00+07:00')")
            }
        }
        #expect(throws: (any Error).self) { try insert("2026-001", "salinan") }
        #expect(throws: (any Error).self) { try insert("2026-002", "pdf") }
        try insert("2026-001", "pindaian")
        #expect(try register.read { try $0.copies(batch: id) }.map(\.form) == [.scan])
    }

    @Test func theAuditLogIsAppendOnly() throws {
        let root = Self.scratch()
        let register = try Register(root: root)
        try register.transaction { tx in
            try tx.insert(RegisteredBatch(id: BatchID(year: 2026, sequence: 1), assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, deadline: CivilDate(year: 2026, month: 12, day: 15)!))
            try tx.audit(at: "2026-11-25T08:00:00+07:00", actor: "fajar", action: "konsep", batch: BatchID(year: 2026, sequence: 1), number: DocumentNumber(parsing: "JDW-1/KLIP/2026"))
        }
        #expect(try register.read { try $0.auditLog() }.map(\.action) == ["konsep"])
        // Even a direct SQL change is refused by the database itself.
        for sql in ["UPDATE audit SET actor = 'someone else'", "DELETE FROM audit"] {
            let error = #expect(throws: RegisterError.self) { try register.transaction { try $0.execute(sql) } }
            #expect(error?.description.contains("the audit log is append-only") == true)
        }
    }

    @Test func aDamagedRegisterIsRefusedWithoutTouchingIt() throws {
        let root = Self.scratch()
        let file = root.appendingPathComponent(Register.fileName)
        let garbage = Data(repeating: 0x41, count: 4096)
        try garbage.write(to: file)
        let error = #expect(throws: RegisterError.self) { try Register(root: root) }
        #expect(error?.description == "the register \(file.path) is damaged or not a database (SQLite: file is not a database); restore it from a backup or an archive package, nothing was changed")
        #expect(try Data(contentsOf: file) == garbage)
    }

    @Test func aRegisterFromANewerVersionIsRefused() throws {
        let root = Self.scratch()
        let register = try Register(root: root)
        try register.transaction { try $0.execute("INSERT INTO grdb_migrations (identifier) VALUES ('2 something from the future')") }
        let error = #expect(throws: RegisterError.self) { try Register(root: root) }
        #expect(error?.description == "the register \(root.appendingPathComponent(Register.fileName).path) was written by a newer version of coaching; use that version (this one would misread it), nothing was changed")
    }

    @Test func anotherSQLiteDatabaseIsNotTakenForARegister() throws {
        let root = Self.scratch()
        let other = try Register(root: root)
        try other.transaction { try $0.execute("PRAGMA application_id = 42") }
        let error = #expect(throws: RegisterError.self) { try Register(root: root) }
        #expect(error?.description.hasSuffix("is an SQLite database but not a coaching register; move it away or point --out at the right folder") == true)
    }

    /// Dates, numbers and batch ids are typed values: a row edited by hand is named, not misread.
    @Test func aRowEditedByHandIsNamedNotMisread() throws {
        let register = try Register(root: Self.scratch())
        let batch = BatchID(year: 2026, sequence: 1)
        try register.transaction { tx in
            try tx.insert(RegisteredBatch(id: batch, assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, deadline: CivilDate(year: 2026, month: 12, day: 15)!))
            try tx.insert(RegisteredDocument(number: DocumentNumber(kind: .jadwal, sequence: 1, unit: "KLIP", year: 2026), batch: batch, session: 0,
                                             nip: "", htmlPath: "a.html", xmlPath: "a.xml", htmlSHA256: "", xmlSHA256: "",
                                             draftedOn: CivilDate(year: 2026, month: 11, day: 25)!))
        }
        #expect(try register.read { try $0.batches() }.map(\.id) == [batch])
        try register.transaction { try $0.execute("UPDATE batch SET deadline = 'besok'") }
        let error = #expect(throws: RegisterError.self) { try register.read { try $0.batches() } }
        #expect(error?.description == "the register's row for the deadline of batch 2026-001 cannot be read: 'besok' is not a valid date; it was changed outside coaching or is damaged. Restore the register from a backup or an archive package")
        // In Indonesian, the default, the fragments ("the deadline of batch …") too.
        #expect(error?.text(.id) == "baris register untuk batas waktu batch 2026-001 tidak dapat dibaca: 'besok' bukan tanggal yang sah; baris itu diubah di luar coaching atau rusak. Pulihkan register dari cadangan atau paket arsip")
        try register.transaction { try $0.execute("UPDATE document SET number = 'BA-1/KLIP/2026'") }
        let number = #expect(throws: RegisterError.self) { try register.read { try $0.documents(batch: batch) } }
        #expect(number?.description.hasPrefix("the register's row for document BA-1/KLIP/2026 cannot be read: its kind, number, year and sequence do not agree") == true)
        #expect(number?.text(.id).hasPrefix("baris register untuk dokumen BA-1/KLIP/2026 tidak dapat dibaca: jenis, nomor, tahun, dan urutannya tidak sesuai satu sama lain;") == true)
    }

    /// A lost or emptied register while batch folders exist would give their numbers again.
    @Test func aLostOrEmptiedRegisterIsNotMadeAgainWhileBatchesExist() throws {
        let root = Self.scratch()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("2026/2026-001"), withIntermediateDirectories: true)
        let expected = "the register \(root.appendingPathComponent("register.sqlite").path) is missing or empty, but batch folders exist under \(root.path) (the first is 2026/2026-001); a new register would give their numbers again. Restore register.sqlite from a backup, or rebuild it from the batch folders with coaching register rebuild; nothing was changed"
        let lost = #expect(throws: RegisterError.self) { try Register(root: root) }
        #expect(lost?.description == expected)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("register.sqlite").path))
        _ = FileManager.default.createFile(atPath: root.appendingPathComponent("register.sqlite").path, contents: Data())
        let emptied = #expect(throws: RegisterError.self) { try Register(root: root) }
        #expect(emptied?.description == expected)
        // A whole register that holds no batch beside batch folders (a replaced one, or a rebuild
        // that did not finish) would number from 1 too.
        let fresh = Self.scratch()
        _ = try Register(root: fresh)
        try FileManager.default.removeItem(at: root.appendingPathComponent("register.sqlite"))
        try FileManager.default.copyItem(at: fresh.appendingPathComponent("register.sqlite"), to: root.appendingPathComponent("register.sqlite"))
        let replaced = #expect(throws: RegisterError.self) { try Register(root: root, create: false) }
        #expect(replaced?.description == expected)
        // Folders that are not batches do not count.
        let other = Self.scratch()
        try FileManager.default.createDirectory(at: other.appendingPathComponent("arsip"), withIntermediateDirectories: true)
        _ = try Register(root: other)
    }

    /// Runs that start at once in an empty folder all open the same, whole register (one of
    /// three used to fail with "not a coaching register" about 1 time in 8).
    @Test func runsCreatingTheRegisterAtOnceAllGetTheSameWholeOne() async throws {
        for _ in 0..<10 {
            let root = Self.scratch()
            let opened = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        let register = try Register(root: root)
                        return try register.transaction { try $0.nextSequence(.jadwal, year: 2026) }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(opened.sorted() == [1, 2, 3, 4])
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".new") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func anOutputFolderThatIsAFileIsSaidInWords() throws {
        let file = Self.scratch().appendingPathComponent("bukan-folder")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8))
        let error = #expect(throws: RegisterError.self) { try Register(root: file) }
        #expect(error?.description == "the output folder \(file.path) is a file, not a folder; give --out a folder")
    }
}
