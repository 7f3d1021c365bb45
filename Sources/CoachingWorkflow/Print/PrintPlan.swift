import CoachingCore
import CoachingRegister
import Foundation

/// Which documents of a batch `coaching pdf` prints, which it leaves as they are, and which
/// it must not replace: decided from the register before Chromium is started.
struct PrintPlan {
    /// One document to print.
    struct Job {
        var name: String
        var number: DocumentNumber?
        /// Relative to the output root.
        var htmlPath: String
        var pdfPath: String
        var htmlSHA256: String
        /// The PDF's title (the HTML's `<title>`) and subject (the document number).
        var title: String
        var subject: String
        /// A PDF of an older HTML is on record and is replaced.
        var replaces: Bool
    }

    var jobs: [Job] = []
    var skipped: [PrintOutcome.Document] = []
    var refused: [String] = []

    /// The PDF beside an HTML file: `berita-acara/sesi-007.html` → `berita-acara/sesi-007.pdf`.
    static func pdfPath(_ html: String) -> String {
        (html.hasSuffix(".html") ? String(html.dropLast(5)) : html) + ".pdf"
    }

    /// `documents`: the batch's register rows; `files`: its other files (path → SHA-256), where
    /// the rekap is; `copies`: the copies on record; `only`: numbers or `rekap` asked for.
    init(opened: OpenedBatch, documents: [RegisteredDocument], files: [String: String], copies: [DocumentCopy], only: [String]) throws(WorkflowError) {
        let batch = opened.batch, language = opened.configuration.language
        let order: [DocumentKind] = [.jadwal, .beritaAcara, .tandaTerima]
        var candidates: [(name: String, number: DocumentNumber?, html: String, sha256: String)] = documents
            .sorted { (order.firstIndex(of: $0.kind)!, $0.session) < (order.firstIndex(of: $1.kind)!, $1.session) }
            .map { ($0.number.description, $0.number, $0.htmlPath, $0.htmlSHA256) }
        let rekap = "\(batch.folder)/\(BatchLayout.rekap)"
        if let sha = files[rekap] { candidates.append(("rekap", nil, rekap, sha)) }
        if !only.isEmpty {
            let wanted = Set(only.map { $0.uppercased() })
            let unknown = only.filter { name in !candidates.contains { $0.name.uppercased() == name.uppercased() } }
            guard unknown.isEmpty else {
                throw .error(.usage, language.text(.printNoDocument, ["batch": batch.id.description, "names": unknown.joined(separator: ", "),
                                                                     "known": Self.listed(candidates.map(\.name))]))
            }
            candidates = candidates.filter { wanted.contains($0.name.uppercased()) }
        }
        let root = opened.commits.root
        let copiesByPath = Dictionary(copies.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for c in candidates {
            let pdf = Self.pdfPath(c.html)
            let shown = root.appendingPathComponent(c.html).relativePath
            guard let html = try? BatchFiles.contents(root.appendingPathComponent(c.html).path) else {
                refused.append(language.text(.printHTMLMissing, ["path": shown, "name": c.name]))
                continue
            }
            guard SHA256Digest.hex(html) == c.sha256 else {
                refused.append(language.text(.printHTMLChanged, ["path": shown, "name": c.name]))
                continue
            }
            var replaces = false
            if let printed = copiesByPath[pdf] {
                let onDisk = try? BatchFiles.contents(root.appendingPathComponent(pdf).path)
                if printed.basis == c.sha256, let onDisk, SHA256Digest.hex(onDisk) == printed.sha256 {
                    skipped.append(PrintOutcome.Document(name: c.name, path: pdf, replaced: false))
                    continue
                }
                // A signed copy extends the PDF on record: replacing that PDF would leave the
                // signature over a document the register no longer holds.
                if let signed = copies.first(where: { $0.form == .signed && ($0.basis == printed.sha256 || $0.source == c.html) }) {
                    let why = language.text(printed.basis == c.sha256 ? .printPDFNotRecorded : .printHTMLChangedSincePrinted)
                    refused.append(language.text(.printSignedExtends, [
                        "pdf": root.appendingPathComponent(pdf).relativePath, "name": c.name, "why": why,
                        "signed": root.appendingPathComponent(signed.path).relativePath,
                        "by": signed.signer.map { language.text(.printSignedBy, ["name": $0]) } ?? "",
                    ]))
                    continue
                }
                replaces = true
            }
            // The rekap's heading carries no number: the batch tells one office's rekaps apart.
            let heading = Self.title(html) ?? c.name
            let title = c.number == nil ? "\(heading) \(batch.id)" : heading
            let subject = c.number?.description ?? "Rekap Coaching \(batch.id)"
            jobs.append(Job(name: c.name, number: c.number, htmlPath: c.html, pdfPath: pdf, htmlSHA256: c.sha256, title: title,
                            subject: subject, replaces: replaces))
        }
    }

    private static func listed(_ names: [String]) -> String {
        names.count <= 6 ? names.joined(separator: ", ") : names.prefix(5).joined(separator: ", ") + " … \(names.last!) (\(names.count))"
    }

    /// The text of the HTML's first `<title>`, its character references decoded; nil without one.
    static func title(_ html: [UInt8]) -> String? {
        let head = html.prefix(16_384)
        guard let open = head.firstRange(of: Array("<title>".utf8)), let close = head[open.upperBound...].firstRange(of: Array("</title>".utf8)) else { return nil }
        var text = String(decoding: head[open.upperBound..<close.lowerBound], as: UTF8.self)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? nil : words
    }
}
