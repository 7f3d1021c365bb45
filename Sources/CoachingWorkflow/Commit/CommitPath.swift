import CoachingCore
import CoachingRegister
import Foundation

/// The one way a step changes the register and the files together.
///
/// 1. The step writes its files into a ``StagingArea`` beside the output (hidden, flushed).
/// 2. In one register transaction it records what the files are, and the register remembers
///    the staging folder as a pending move.
/// 3. After the commit the files are moved into place, and the staging folder is forgotten.
///
/// A run killed at any point leaves either the state before it or a committed state whose
/// files the next command moves into place when it opens the register (``open(_:create:)``).
public struct CommitPath: Sendable {
    let register: Register
    let staged: StagedFiles

    /// Opens (or, with `create`, makes) the register under `root` and finishes the moves a
    /// killed run left committed but undone.
    /// `language`: of the refusal. Its default is English only for the callers not yet
    /// passing the language (status, efektivitas), whose texts were English until now.
    static func open(_ root: URL, create: Bool, language: Language) throws(WorkflowError) -> CommitPath {
        do {
            let register = try Register(root: root, create: create)
            let path = CommitPath(register: register, staged: StagedFiles(register: register))
            try path.staged.finishPendingMoves()
            return path
        } catch let error as RegisterError {
            throw .error(.register, error.text(language))
        } catch {
            throw .error(.register, language.describe(error))
        }
    }

    /// The commit path over a register just made for `register rebuild`.
    static func rebuilding(_ root: URL) throws -> CommitPath {
        let register = try Register.createForRebuild(root: root)
        return CommitPath(register: register, staged: StagedFiles(register: register))
    }

    var root: URL { register.root }

    /// A new, empty staging folder for a change about to be committed.
    func begin() -> StagingArea { StagingArea(staged: staged, name: staged.newStaging()) }

    /// Runs `body` in one register transaction; what it put into `staging` is committed with it
    /// and moved into place afterwards. If `body` throws, nothing is committed and the staging
    /// folder is removed.
    func commit<T>(_ staging: StagingArea, _ body: (RegisterTransaction) throws -> T) throws -> T {
        let result: T
        do {
            result = try register.transaction { tx in
                let result = try body(tx)
                try Self.stageRecordCopies(tx, into: staging)
                if staging.isUsed { try tx.addPendingMove(staging.name) }
                return result
            }
        } catch {
            staging.discard()
            throw error
        }
        if !staging.isUsed { staging.discard() }
        try staged.finishPendingMoves()
        return result
    }

    /// The batches the change touched get their copy of the register rewritten with it
    /// (`BATCH/register/`), in the same commit: what `register rebuild` needs if the register is lost.
    private static func stageRecordCopies(_ tx: RegisterTransaction, into staging: StagingArea) throws {
        var files: [(String, [UInt8])] = []
        for batch in tx.touched.sorted {
            if let copy = try tx.recordCopy(batch) { files += copy.encoded() }
        }
        if !files.isEmpty { try staging.stage(files) }
    }

    /// ``commit(_:_:)`` with a staging folder of its own.
    func commit<T>(_ body: (RegisterTransaction, StagingArea) throws -> T) throws -> T {
        let staging = begin()
        return try commit(staging) { tx in try body(tx, staging) }
    }

    /// Reads the register without changing it.
    func read<T>(_ body: (RegisterTransaction) throws -> T) throws -> T { try register.read(body) }
}
