import CoachingCore
import Foundation
import GRDB

/// The document register under the output root (`register.sqlite`): document numbers per
/// type and year, each document's lifecycle and file hashes, the batches, an append-only
/// audit log, and the file moves still to finish after a commit.
///
/// Every change happens in one `BEGIN IMMEDIATE` transaction, so two runs at the same moment
/// take turns and a killed run leaves the register as it was before (SQLite's journal).
package final class Register: Sendable {
    package static let fileName = "register.sqlite"
    /// "KLIP" in ASCII, SQLite's application_id: tells our register from another database.
    static let applicationID: Int32 = 0x4B4C_4950

    package let root: URL
    let queue: DatabaseQueue

    /// Opens (or, with `create`, makes) the register under `root`.
    /// `allowEmpty`: only for `register rebuild`, which opens the empty register it has just made
    /// beside batch folders, to fill it.
    package init(root: URL, create: Bool = true, allowEmpty: Bool = false) throws {
        self.root = root
        let path = root.appendingPathComponent(Self.fileName).path
        let shown = Self.shownPath(root)
        if !FileManager.default.fileExists(atPath: path) {
            guard create else {
                try Self.refuseToReplace(root, shown: shown)
                throw RegisterError(.registerNone, ["path": shown])
            }
            try Self.refuseToReplace(root, shown: shown)
            try Self.makeFolder(root)
            try Self.createAtomically(path, configuration: Self.configuration)
        }
        let configuration = Self.configuration
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if id == 0 && tables == 0 {
                    // An emptied file (truncated, or replaced by an empty one) is a lost register.
                    try Self.refuseToReplace(root, shown: shown)
                } else if id != Self.applicationID {
                    throw RegisterError(.registerNotOurs, ["path": shown])
                }
                if try Self.migrator.hasBeenSuperseded(db) {
                    throw RegisterError(.registerNewer, ["path": shown])
                }
                let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "ok"
                if check != "ok" {
                    throw RegisterError(.registerCheckFailed, ["path": shown, "check": check])
                }
            }
            try Self.migrator.migrate(queue)
            // A register without a batch beside batch folders is a replaced one (or a rebuild that
            // did not finish): it would number documents again from 1.
            if !allowEmpty, try queue.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM batch") ?? 0 }) == 0 {
                try Self.refuseToReplace(root, shown: shown)
            }
        } catch let error as RegisterError {
            throw error
        } catch let error as DatabaseError {
            throw Self.explain(error, shown)
        }
    }

    /// The path of the register under `root` when it is there, readable and holds batches:
    /// `register rebuild` then has nothing to do, which is no error.
    package static func inPlace(root: URL) -> String? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(fileName).path),
              let register = try? Register(root: root, create: false),
              (try? register.read({ try $0.batches() }).isEmpty) == false else { return nil }
        return shownPath(root)
    }

    /// Makes a new register under `root` for `register rebuild`, where batch folders exist by
    /// definition; refused when a register file is there at all (a damaged or emptied one is
    /// evidence: it is moved aside by a person, not overwritten by the tool).
    package static func createForRebuild(root: URL) throws -> Register {
        let path = root.appendingPathComponent(fileName).path, shown = shownPath(root)
        if FileManager.default.fileExists(atPath: path) {
            if let register = try? Register(root: root, create: false, allowEmpty: true), (try? register.read({ try $0.batches() }).isEmpty) == true {
                throw RegisterError(.registerRebuildEmpty, ["path": shown])
            }
            if (try? Register(root: root, create: false)) != nil {
                throw RegisterError(.registerRebuildNotNeeded, ["path": shown])
            }
            throw RegisterError(.registerRebuildUnusable, ["path": shown])
        }
        try makeFolder(root)
        try createAtomically(path, configuration: configuration)
        return try Register(root: root, create: false, allowEmpty: true)
    }

    /// The output folder, made when missing; a file in its place, or a folder that cannot be
    /// made, is said in words, not as a system error code.
    private static func makeFolder(_ root: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw RegisterError(.registerOutIsFile, ["path": root.path]) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw RegisterError(.registerOutCannotMake, ["path": root.path, "reason": (error as NSError).localizedFailureReason ?? error.localizedDescription])
        }
    }

    /// How every connection is set up.
    private static var configuration: GRDB.Configuration {
        var configuration = GRDB.Configuration()
        // Another run holding the register makes this one wait, not fail.
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        // A batch of 20,000 minutes changes a few MB of pages in one transaction; with SQLite's
        // default 2 MB cache they spill to disk mid-transaction (a journal sync each time).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
        return configuration
    }

    /// A new register is made whole beside its place and linked into it: runs that start at
    /// the same moment in an empty folder never see a half-made one (they once took it for
    /// "not a coaching register"). The first link wins; the others open the winner's.
    private static func createAtomically(_ path: String, configuration: GRDB.Configuration) throws {
        let temporary = path + ".\(getpid())-\(UInt32.random(in: 0...UInt32.max)).new"
        defer { unlink(temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try migrator.migrate(queue)
            try queue.close()
        }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw RegisterError(.registerCannotCreate, ["path": path, "reason": String(cString: strerror(errno))])
        }
    }

    /// Batch folders (`YEAR/YEAR-NNN`) under `root` mean a register existed: making a new one
    /// would number documents again from 1. Refused, never done silently.
    private static func refuseToReplace(_ root: URL, shown: String) throws {
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.count == 4 && Int($0) != nil }
        for year in years.sorted() {
            let batches = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(year).path)) ?? [])
                .compactMap { BatchID(parsing: $0) }.sorted()
            if let first = batches.first {
                throw RegisterError(.registerLost, ["path": shown, "root": root.path, "first": first.folder])
            }
        }
    }

    static func explain(_ error: DatabaseError, _ shown: String) -> RegisterError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            RegisterError(.registerDamaged, ["path": shown, "sqlite": error.message ?? "\(error.resultCode)"])
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            RegisterError(.registerBusy, ["path": shown])
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            RegisterError(.registerReadOnly, ["path": shown, "sqlite": error.message ?? "\(error.resultCode)"])
        default:
            RegisterError(.registerUnusable, ["path": shown, "sqlite": error.message ?? "\(error)"])
        }
    }

    private static func shownPath(_ root: URL) -> String {
        root.appendingPathComponent(fileName).path
    }

    /// The register's tables. Add a migration for each change; never edit one that shipped.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 documents, batches, audit log") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE counter (kind TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
                                      PRIMARY KEY (kind, year));
                CREATE TABLE batch (id TEXT PRIMARY KEY, year INTEGER NOT NULL, folder TEXT NOT NULL UNIQUE,
                                    assignedOn TEXT NOT NULL, deadline TEXT NOT NULL, minutesOn TEXT);
                CREATE TABLE document (
                    kind TEXT NOT NULL, year INTEGER NOT NULL, sequence INTEGER NOT NULL, number TEXT NOT NULL UNIQUE,
                    batch TEXT NOT NULL REFERENCES batch(id), session INTEGER NOT NULL, nip TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('konsep', 'disetujui', 'diterima', 'diarsipkan')),
                    revision INTEGER NOT NULL, htmlPath TEXT NOT NULL, xmlPath TEXT NOT NULL,
                    htmlSHA256 TEXT NOT NULL, xmlSHA256 TEXT NOT NULL, draftedOn TEXT NOT NULL,
                    approvedOn TEXT, approvedBy TEXT, receivedOn TEXT, receivedBy TEXT, archivedOn TEXT,
                    PRIMARY KEY (kind, year, sequence), UNIQUE (batch, kind, session));
                CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
                                    action TEXT NOT NULL, batch TEXT NOT NULL, number TEXT NOT NULL,
                                    detail TEXT NOT NULL, sha256 TEXT NOT NULL);
                CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TABLE pending_move (staging TEXT PRIMARY KEY);
                """)
        }
        migrator.registerMigration("2 archive packages") { db in
            try db.execute(sql: """
                ALTER TABLE batch ADD COLUMN archivedOn TEXT;
                ALTER TABLE batch ADD COLUMN package TEXT;
                CREATE INDEX document_nip ON document (nip);
                """)
        }
        migrator.registerMigration("3 every file of a batch") { db in
            // The files of a batch that are not numbered documents (the inputs' copies, the
            // settings, the candidate list, the worksheet, the rekap …): hashed when written,
            // so an edit is found by name before a package is made or the settings are used.
            try db.execute(sql: """
                CREATE TABLE batch_file (path TEXT PRIMARY KEY, batch TEXT NOT NULL REFERENCES batch(id),
                                         sha256 TEXT NOT NULL, size INTEGER NOT NULL);
                """)
        }
        migrator.registerMigration("4 the audit log as a hash chain") { db in
            try db.execute(sql: """
                CREATE TABLE audit_chain (id INTEGER PRIMARY KEY REFERENCES audit(id), link TEXT NOT NULL);
                CREATE TRIGGER audit_chain_is_append_only_update BEFORE UPDATE ON audit_chain
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_chain_is_append_only_delete BEFORE DELETE ON audit_chain
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
            // The lines written before the chain existed are linked as they stand.
            let rows = try Row.fetchAll(db, sql: "SELECT id, at, actor, action, batch, number, detail, sha256 FROM audit ORDER BY id")
            try AuditChain.extend(db, ids: rows.map { $0[0] }, lines: rows.map {
                AuditLine(at: $0[1], actor: $0[2], action: $0[3], batch: $0[4], number: $0[5], detail: $0[6], sha256: $0[7])
            })
        }
        migrator.registerMigration("5 printed and signed copies") { db in
            // Copies of a batch's documents in another form: the PDF printed from the HTML
            // (`coaching pdf`), a signed PDF that extends it, a scan of the paper signed in ink.
            // `basis` pins what each was made from: a PDF the SHA-256 of the HTML printed, a
            // signed copy that of the PDF it extends; a scan has none.
            try db.execute(sql: """
                CREATE TABLE document_copy (
                    path TEXT PRIMARY KEY, batch TEXT NOT NULL REFERENCES batch(id), source TEXT NOT NULL, number TEXT NOT NULL,
                    form TEXT NOT NULL CHECK (form IN ('pdf', 'bertanda-tangan', 'pindaian')),
                    sha256 TEXT NOT NULL, size INTEGER NOT NULL, basis TEXT NOT NULL,
                    signer TEXT, signerID TEXT, signedAt TEXT, trust TEXT, recordedOn TEXT NOT NULL);
                CREATE INDEX document_copy_batch ON document_copy (batch);
                """)
        }
        return migrator
    }()

    /// Runs `body` in one IMMEDIATE transaction: all of it is committed or none.
    package func transaction<T>(_ body: (RegisterTransaction) throws -> T) throws -> T {
        do {
            var result: T?
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    result = try body(RegisterTransaction(db: db))
                    return .commit
                }
            }
            return result!
        } catch let error as DatabaseError {
            throw Self.explain(error, Self.shownPath(root))
        }
    }

    /// Reads without changing anything.
    package func read<T>(_ body: (RegisterTransaction) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(RegisterTransaction(db: db)) }
        } catch let error as DatabaseError {
            throw Self.explain(error, Self.shownPath(root))
        }
    }
}
