import CoachingCore
import CoachingRegister
import Crypto
import Foundation
import PDFSignature
import X509

/// What `lampirkan` does with one file handed back: record it, leave it (already on record),
/// or refuse it with the reasons. Decided before anything is written.
enum AttachDecision: Sendable {
    /// A file to record: its copy row, its bytes (staged as they were checked, not read again),
    /// what to show and the audit line's detail.
    struct Accepted: Sendable {
        var copy: DocumentCopy
        var bytes: [UInt8]
        var shown: AttachOutcome.Attached
        var auditDetail: String
    }

    case accepted(Accepted)
    case onRecord(AttachOutcome.Attached)
    case refused(AttachOutcome.Refused)

    /// The largest scan taken: a few pages scanned at 300 dpi are well under it.
    static let scanSizeLimit = 50 << 20

    // MARK: - Signed PDFs

    /// Each of `files` matched to the registered PDF it extends and checked, on every core.
    /// `html`: the SHA-256 of each document's HTML as the register holds it now (path → hash).
    /// `drafts`: the HTML paths of the documents still drafts (konsep).
    static func signed(_ files: [String], opened: OpenedBatch, copies: [DocumentCopy], html: [String: String], drafts: Set<String>,
                       roots: [Certificate]?, now: Date, recordedOn: String, language: Language) -> [AttachDecision] {
        let printed = copies.filter { $0.form == .pdf }
        let index = RegisteredPDFIndex(printed.enumerated().map { i, c in
            RegisteredPDFIndex<Int>.Entry(id: i, size: c.size, sha256: bytes(hex: c.sha256))
        })
        let signedBySource = Dictionary(copies.filter { $0.form == .signed }.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a })
        let onRecordBySHA = Dictionary(copies.filter { $0.form != .pdf }.map { ($0.sha256, $0) }, uniquingKeysWith: { a, _ in a })
        let printedBySHA = Dictionary(printed.map { ($0.sha256, $0) }, uniquingKeysWith: { a, _ in a })
        let root = opened.commits.root, batch = opened.batch
        let decided = files.parallelMap(minimumPerThread: 8) { file -> AttachDecision in
            let bytes: [UInt8]
            switch read(file, limit: PDFLimits.fileSize, language: language) {
            case .success(let b): bytes = b
            case .failure(let why): return .refused(.init(file: file, lines: [why.description]))
            }
            let sha = SHA256Digest.hex(bytes)
            if let known = onRecordBySHA[sha] { return .onRecord(shown(known, file: file, root: root)) }
            guard bytes.starts(with: Array("%PDF-".utf8)) else {
                return .refused(.init(file: file, lines: [language.text(.attachNotPDF)]))
            }
            // A registered PDF copied as it is, never signed: the index matches only files that
            // extend one, so say plainly that it carries no signature rather than that it is no PDF of the batch.
            if let exact = printedBySHA[sha] {
                return .refused(.init(file: file, lines: [
                    language.text(.verdictNoSignature),
                    language.text(.attachUnsignedCopy, ["document": name(exact), "pdf": root.appendingPathComponent(exact.path).relativePath]),
                ]))
            }
            guard let match = index.match(bytes).first else {
                return .refused(.init(file: file, lines: [
                    language.text(.attachNoPrintedPDF, ["batch": batch.id.description]),
                ]))
            }
            let pdf = printed[match.id]
            let document = name(pdf)
            if let earlier = signedBySource[pdf.source] {
                return .refused(.init(file: file, lines: [alreadySigned(document, earlier, root: root, language: language)]))
            }
            // Approval redraws a draft without KONSEP, and `coaching pdf` never replaces a PDF a
            // signed copy extends: a signed draft would keep the final document from being printed.
            if drafts.contains(pdf.source) {
                return .refused(.init(file: file, lines: [
                    language.text(.attachStillDraft, ["document": document, "batch": batch.id.description]),
                ]))
            }
            // The HTML is the document of record: a PDF printed before it changed (the approval
            // redraws it without KONSEP) is not the document as it stands.
            if let current = html[pdf.source], current != pdf.basis {
                return .refused(.init(file: file, lines: [
                    language.text(.attachPrintedBeforeChange, ["document": document, "html": root.appendingPathComponent(pdf.source).relativePath,
                                                               "batch": batch.id.description]),
                ]))
            }
            let verdict = SignedPDFCheck.checkBlocking(signed: bytes, originalLength: match.size, trustRoots: roots, now: now)
            let matched = language.text(.attachExtends, ["document": document, "pdf": root.appendingPathComponent(pdf.path).relativePath])
            guard verdict.isAccepted else { return .refused(.init(file: file, lines: [matched] + verdict.lines(language))) }
            let inBatch = String(pdf.path.dropFirst(batch.folder.count + 1))
            let path = "\(batch.folder)/\(BatchLayout.signedCopy(ofPDF: inBatch))"
            let signer = verdict.signer?.name ?? "(no name in the certificate)"
            let copy = DocumentCopy(path: path, batch: batch.id, source: pdf.source, number: pdf.number, form: .signed, sha256: sha, size: bytes.count,
                                    basis: pdf.sha256, signer: signer, signerID: verdict.signer?.identityNumber,
                                    signedAt: verdict.signingTime.map(signedAt), trust: trust(verdict.trust), recordedOn: recordedOn)
            let number = verdict.signer?.identityNumber.map { ", \(verdict.signer!.identityKind) \($0)" } ?? ""
            return .accepted(Accepted(copy: copy, bytes: bytes, shown: shown(copy, file: file, root: root, lines: verdict.lines(language)),
                                      auditDetail: "\(BatchLayout.signedCopy(ofPDF: inBatch)) ditandatangani oleh \(signer)\(number)"))
        }
        return oncePerDocument(decided, root: root, language: language)
    }

    /// Two files for one document in the same run: the first is taken, the second refused as
    /// the document is then signed; the same bytes twice are one file.
    private static func oncePerDocument(_ decided: [AttachDecision], root: URL, language: Language) -> [AttachDecision] {
        var taken: [String: DocumentCopy] = [:]
        return decided.map { decision in
            guard case .accepted(let a) = decision else { return decision }
            if let first = taken[a.copy.source] {
                if first.sha256 == a.copy.sha256 { return .onRecord(a.shown) }
                return .refused(.init(file: a.shown.file, lines: [alreadySigned(a.shown.document, first, root: root, language: language)]))
            }
            taken[a.copy.source] = a.copy
            return decision
        }
    }

    static func alreadySigned(_ document: String, _ earlier: DocumentCopy, root: URL, language: Language) -> String {
        let by = earlier.signer.map { " oleh \($0)\(earlier.signerID.map { " (\(identity($0)))" } ?? "")" } ?? ""
        return language.text(.attachAlreadySigned, ["document": document, "path": root.appendingPathComponent(earlier.path).relativePath, "by": by])
    }

    /// `NIP 198012302010012005`, `NIK 3171…` (16 digits), else the number as the certificate writes it.
    static func identity(_ number: String) -> String {
        guard number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return number }
        return number.utf8.count == 18 ? "NIP \(number)" : number.utf8.count == 16 ? "NIK \(number)" : number
    }

    // MARK: - Scans

    /// The scan `file` of document `number` (or `rekap`).
    static func scan(_ file: String, of number: String, opened: OpenedBatch, documents: [RegisteredDocument], copies: [DocumentCopy],
                     now: String, language: Language) throws(WorkflowError) -> AttachDecision {
        let batch = opened.batch, root = opened.commits.root
        var html: String?, documentNumber = ""
        if let d = documents.first(where: { $0.number.description.uppercased() == number.uppercased() }) {
            html = d.htmlPath
            documentNumber = d.number.description
        } else if number.lowercased() == "rekap", FileManager.default.fileExists(atPath: opened.folder.appendingPathComponent(BatchLayout.rekap).path) {
            html = "\(batch.folder)/\(BatchLayout.rekap)"
        }
        guard let html else {
            let known = documents.map(\.number.description)
            throw .error(.refused, language.text(.attachNotADocument, [
                "number": number, "batch": batch.id.description, "file": file,
                "known": known.count <= 6 ? known.joined(separator: ", ") : "\(known.first!) … \(known.last!) (\(known.count))",
            ]))
        }
        let bytes: [UInt8]
        switch read(file, limit: scanSizeLimit, language: language) {
        case .success(let b): bytes = b
        case .failure(let why): return .refused(.init(file: file, lines: [why.description]))
        }
        let sha = SHA256Digest.hex(bytes)
        if let known = copies.first(where: { $0.sha256 == sha && $0.form == .scan }) { return .onRecord(shown(known, file: file, root: root)) }
        guard let ext = scanType(bytes) else {
            return .refused(.init(file: file, lines: [language.text(.attachScanType)]))
        }
        let document = documentNumber.isEmpty ? "rekap" : documentNumber
        if let earlier = copies.first(where: { $0.form == .scan && $0.source == html }) {
            return .refused(.init(file: file, lines: [language.text(.attachScanAlready, ["document": document, "path": root.appendingPathComponent(earlier.path).relativePath])]))
        }
        let inBatch = BatchLayout.scan(ofHTML: String(html.dropFirst(batch.folder.count + 1)), extension: ext)
        let copy = DocumentCopy(path: "\(batch.folder)/\(inBatch)", batch: batch.id, source: html, number: documentNumber, form: .scan,
                                sha256: sha, size: bytes.count, basis: "", recordedOn: now)
        let line = language.text(.attachScanKept)
        return .accepted(Accepted(copy: copy, bytes: bytes, shown: shown(copy, file: file, root: root, lines: [line]),
                                  auditDetail: "\(inBatch) (pindaian, \(ext.uppercased()) \(bytes.count) bytes)"))
    }

    /// `pdf`, `jpg` or `png` from the file's first bytes; nil for anything else.
    static func scanType(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return "pdf" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        return nil
    }

    // MARK: - Shared

    /// The whole file, refused above `limit` bytes before it is read.
    static func read(_ file: String, limit: Int, language: Language) -> Result<[UInt8], StringError> {
        var info = stat()
        guard stat(file, &info) == 0 else { return .failure(StringError(language.text(.attachCannotRead, ["reason": String(cString: strerror(errno))]))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(StringError(language.text(.attachNotAFile))) }
        guard Int(info.st_size) <= limit else {
            return .failure(StringError(language.text(.attachTooLarge, ["size": "\(Int(info.st_size) >> 20)", "limit": "\(limit >> 20)"])))
        }
        do { return .success(try BatchFiles.contents(file)) } catch { return .failure(StringError(language.text(.attachCannotRead, ["reason": error.description]))) }
    }

    /// The bytes of a hex SHA-256 as the register writes it (64 lower-case digits); a malformed
    /// one gives bytes no file hashes to, so that PDF is simply never matched.
    static func bytes(hex: String) -> [UInt8] {
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            default: nil
            }
        }
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for i in stride(from: 0, to: 64, by: 2) {
            guard let hi = value(digits[i]), let lo = value(digits[i + 1]) else { return [] }
            out.append(hi << 4 | lo)
        }
        return out
    }

    /// The document a copy is of: its number, or `rekap`.
    static func name(_ copy: DocumentCopy) -> String { copy.number.isEmpty ? "rekap" : copy.number }

    static func shown(_ copy: DocumentCopy, file: String, root: URL, lines: [String] = []) -> AttachOutcome.Attached {
        AttachOutcome.Attached(file: file, document: name(copy), path: root.appendingPathComponent(copy.path).relativePath, lines: lines,
                               signer: copy.signer, signerID: copy.signerID)
    }

    /// `2026-11-30T19:49:53Z (timestamp)`: the time and on whose word.
    static func signedAt(_ time: SignedPDFVerdict.SigningTime) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let source = switch time.source {
        case .timestamp(true): "timestamp"
        case .timestamp(false): "claimed; the timestamp attached is not this signature's"
        case .claimed: "claimed by the signing software"
        case .notStated: "not stated"
        }
        return "\(formatter.string(from: time.date)) (\(source))"
    }

    /// The register's word for the trust: `trusted` or `not checked` (a chain not trusted is refused).
    static func trust(_ trust: SignedPDFVerdict.Trust) -> String {
        switch trust {
        case .trusted: "trusted"
        case .notChecked: "not checked"
        case .notTrusted(let why): "not trusted: \(why)"
        }
    }
}

/// A reason as an error value, for `Result`.
struct StringError: Error, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
