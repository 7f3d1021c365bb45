import CoachingRegister
import CoachingCore
import Synchronization

extension PackageVerifier {
    /// A file the manifest lists, at the size the package gives it: one to read.
    struct Wanted: Sendable {
        var file: PackageFile
        var listed: ArchiveManifest.File
    }

    /// What reading one file found.
    struct Reading: Sendable {
        var sha256 = ""
        /// Why the file could not be read to its end (damaged in the ZIP, unreadable): then
        /// nothing else about it holds.
        var damage: String?
        /// What the document's own check found (schema, number); it counts only for a file
        /// whose hash is the manifest's.
        var problems: [String] = []
        /// Problems found but not kept as text: the report would only count them.
        var omittedProblems = 0
        /// The rows of the register extract, when this file is it.
        var rows: RegisterRows?
    }

    /// The register extract's rows, and what reading them found.
    struct RegisterRows: Sendable {
        var rows: [RegisterExtract.Row]
        var findings: [String]
    }

    /// The register extract lists each document's HTML and XML, two entries of a package.
    static let registerRowLimit = fileLimit / 2

    /// Reads every wanted file once, on every core, largest first so that a large input copy
    /// does not end the run alone. Each thread holds one chunk buffer; nothing else grows with
    /// the files' sizes.
    static func read(_ wanted: [Wanted], from package: PackageSource, batch: String, language: Language, progress: any ProgressReporter = SilentProgress()) -> [Reading] {
        let counter = ProgressCounter(.verify, total: wanted.count, reporter: progress)
        defer { counter.end() }
        let order = wanted.indices.sorted { (wanted[$0].file.size, $1) > (wanted[$1].file.size, $0) }
        let budget = FindingBudget(Report.findingLimit)
        return wanted.parallelMap(order: order, state: { ChunkBuffer() }) { buffer, item in
            var reading = read(item, from: package, batch: batch, language: language, scratch: buffer.bytes)
            // 65,535 broken XML files, five long messages each, must not be held as text.
            let kept = reading.problems.prefix { _ in budget.take() }.map(Report.shortened)
            reading.omittedProblems = reading.problems.count - kept.count
            reading.problems = Array(kept)
            counter.advance()
            return reading
        }
    }

    /// One file streamed through its hash and, by its kind, the check that reads it: an XML
    /// against its schema, a numbered HTML for its number, the register extract into rows.
    /// Problems are said in `language`.
    static func read(_ item: Wanted, from package: PackageSource, batch: String, language: Language, scratch: UnsafeMutableRawBufferPointer) -> Reading {
        var reading = Reading()
        let path = item.file.path
        do {
            let source = HashingByteSource(try package.open(item.file))
            if path == RegisterExtract.documentsPath {
                var log = DiagnosticLog(limit: 20)
                let rows = RegisterExtract.readDocuments(source, file: path, rowLimit: registerRowLimit, language: language, log: &log)
                reading.rows = RegisterRows(rows: rows, findings: log.sorted.map(\.formatted))
            } else if path == RegisterExtract.auditPath {
                // The audit lines carry their place in the register's hash chain: every link is recomputed.
                var log = DiagnosticLog(limit: 20)
                if let problem = RegisterExtract.firstChainBreak(source, file: path, batch: batch, language: language, log: &log) { reading.problems = [problem] }
                reading.problems += log.sorted.map(\.formatted)
            } else if path.hasSuffix(".xml") {
                let result = XMLFileCheck.check(source, name: path, language: language)
                if !result.problems.isEmpty {
                    reading.problems = result.problems.map { "\(path): \($0)" }
                } else if let number = item.listed.number, result.number != number {
                    reading.problems = [language.text(.verifyXMLNumberDiffers, ["path": path, "number": result.number ?? language.text(.verifyNumberNone), "listed": number])]
                }
            } else if let number = item.listed.number, path.hasSuffix(".html") {
                if try !ByteSearch.contains(Array(number.utf8), in: source, scratch: scratch) {
                    reading.problems = [language.text(.verifyHTMLNumberMissing, ["path": path, "number": number])]
                }
            }
            reading.sha256 = try source.finish(scratch: scratch)
        } catch {
            return Reading(damage: damage(item.file, error, language: language))
        }
        return reading
    }
}

/// How many document problems may still be kept as text, across the threads reading.
final class FindingBudget: Sendable {
    private let left: Atomic<Int>

    init(_ count: Int) { left = Atomic(count) }

    /// Whether one more may be kept.
    func take() -> Bool { left.subtract(1, ordering: .relaxed).newValue >= 0 }
}

/// One thread's buffer for reading files through: allocated once per thread, not per file.
final class ChunkBuffer {
    let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
    deinit { bytes.deallocate() }
}
