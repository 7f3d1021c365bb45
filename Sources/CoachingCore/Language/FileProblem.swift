import Foundation

/// A file-system error in the words of the person at the desk: what happened to which path, and
/// what to do (issue #19, surprise 8). Foundation's own text ("NSCocoaErrorDomain Code=516")
/// names neither.
public struct FileProblem: Error, Sendable, Equatable {
    /// What happened, as far as the error tells.
    public enum Kind: Sendable, Equatable {
        case exists, noPermission, diskFull, notFound, readOnly, isDirectory, notDirectory
        /// Anything else: the system's own description, kept as it is.
        case other(String)
    }

    public var kind: Kind
    /// The path the error names, else the one the caller was using.
    public var path: String

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// The problem `errno` names (after `open(2)`, `stat(2)` and the like) for `path`.
    public init(errno code: Int32, path: String) {
        self.path = path
        self.kind = Self.posix(code) ?? .other(String(cString: strerror(code)))
    }

    /// Reads `error` (a `CocoaError`, a `POSIXError` or an `NSError` of either domain, or one
    /// wrapping such an error as its underlying error); `path` is used when the error names none.
    public init(_ error: any Error, path: String) {
        let ns = error as NSError
        let named = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        self.path = named ?? path
        self.kind = Self.kind(of: ns)
    }

    private static func kind(of error: NSError) -> Kind {
        if error.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileWriteFileExists: return .exists
            case .fileReadNoPermission, .fileWriteNoPermission: return .noPermission
            case .fileWriteOutOfSpace: return .diskFull
            case .fileNoSuchFile, .fileReadNoSuchFile: return .notFound
            case .fileWriteVolumeReadOnly: return .readOnly
            default: break
            }
        }
        if error.domain == NSPOSIXErrorDomain, let kind = posix(Int32(error.code)) { return kind }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            let kind = Self.kind(of: underlying)
            if case .other = kind {} else { return kind }
        }
        return .other(error.localizedDescription)
    }

    private static func posix(_ code: Int32) -> Kind? {
        switch code {
        case EEXIST, ENOTEMPTY: .exists
        case EACCES, EPERM: .noPermission
        case ENOSPC, EDQUOT: .diskFull
        case ENOENT: .notFound
        case EROFS: .readOnly
        case EISDIR: .isDirectory
        case ENOTDIR: .notDirectory
        default: nil
        }
    }

    /// One sentence: what happened to the path, and what to do.
    public func text(_ language: Language) -> String { message.text(language) }

    /// The sentence not yet worded, for an error that carries it (``MessageCarryingError``).
    public var message: Message {
        switch kind {
        case .exists: Message(.fileExists, ["path": path])
        case .noPermission: Message(.fileNoPermission, ["path": path])
        case .diskFull: Message(.fileDiskFull, ["path": path])
        case .notFound: Message(.fileNotFound, ["path": path])
        case .readOnly: Message(.fileReadOnly, ["path": path])
        case .isDirectory: Message(.fileIsDirectory, ["path": path])
        case .notDirectory: Message(.fileNotDirectory, ["path": path])
        case .other(let reason): Message(.fileOther, ["path": path, "reason": reason])
        }
    }
}

extension Language {
    /// `error` for a person: a file-system error as a ``FileProblem`` (what happened to which
    /// path, and what to do), anything else as it describes itself. `path`: the one the caller
    /// was using, for an error that names none.
    public func describe(_ error: any Error, path: String? = nil) -> String {
        if let problem = error as? FileProblem { return problem.text(self) }
        if let carrying = error as? any MessageCarryingError, let message = carrying.message { return message.text(self) }
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain {
            let problem = FileProblem(error, path: path ?? "")
            if case .other = problem.kind {} else if !problem.path.isEmpty { return problem.text(self) }
        }
        return "\(error)"
    }
}
