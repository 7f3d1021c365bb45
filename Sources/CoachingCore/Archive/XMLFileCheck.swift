import LibXML

/// Checks one of our XML files against the schema its root element names (any of `Schemas/`),
/// through the same secure reader as the inputs, and returns the root's `nomor` attribute.
public enum XMLFileCheck {
    /// Root element → schema file.
    public static let schemas: [String: String] = [
        "jadwalCoaching": "jadwal-coaching.xsd", "beritaAcaraCoaching": "berita-acara-coaching.xsd",
        "laporanKinerja": "laporan-kinerja.xsd", "rekomendasiPerbaikan": "rekomendasi.xsd",
        "catatanCoaching": "catatan-coaching.xsd", "manifestArsip": ArchiveManifest.schemaName,
        "tandaTerimaCoaching": "tanda-terima-coaching.xsd",
    ]

    public struct Result: Sendable {
        /// The root's `nomor` attribute, when valid and present.
        public var number: String?
        /// Each problem as `line:column: message`; empty when the file is valid.
        public var problems: [String]
    }

    /// How far into a file its root element is looked for: ours start with it, after a line of
    /// declaration. The root's name chooses the schema, so it is read ahead of validating.
    static let rootSearchLimit = 64 << 10

    public static func check(_ bytes: [UInt8], name: String, language: Language) -> Result {
        check(MemoryByteSource(bytes), name: name, language: language)
    }

    /// Checks the XML `source` holds, streamed: a file of any size costs the reader's buffers.
    /// It reads until the end or until the document is found broken; a caller that must see
    /// every byte (to hash it) reads the rest itself. Problems are said in `language`.
    public static func check(_ source: ByteSource, name: String, language: Language) -> Result {
        var head: [UInt8] = []
        var root: String?
        do {
            try withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 1) { chunk in
                while root == nil, head.count < rootSearchLimit {
                    let count = try source.read(into: chunk)
                    if count == 0 { break }
                    head.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
                    root = rootName(head)
                }
            }
        } catch {
            return Result(number: nil, problems: [language.text(.xmlCheckUnreadable, ["reason": language.describe(error, path: name)])])
        }
        guard let root, let xsd = schemas[root], let schema = InputSchemas.named(xsd) else {
            return Result(number: nil, problems: [language.text(.xmlCheckNotOurs)])
        }
        let adapter = XMLSourceAdapter(PrefixedByteSource(head, then: source))
        guard let reader = StreamingXMLReader(source: adapter, name: name, schema: schema, issueLimit: 5) else {
            return Result(number: nil, problems: [language.text(.xmlCannotStart)])
        }
        var number: String?, first = true
        while reader.next() {
            if first, reader.kind == .element {
                first = false
                reader.forEachAttribute { key, value in
                    if String(decoding: key, as: UTF8.self) == "nomor" { number = String(decoding: value, as: UTF8.self) }
                }
            }
        }
        if let failure = adapter.failure { return Result(number: nil, problems: [language.text(.xmlCheckNotToEnd, ["reason": language.describe(failure, path: name)])]) }
        let problems = reader.issues.map { issue in
            let d = XMLIngest.diagnostic(issue, file: name, language: language)
            return language.text(.xmlCheckAt, ["line": "\(d.location.line)", "column": "\(d.location.column)", "problem": d.message])
        }
        if reader.isValid && problems.isEmpty { return Result(number: number, problems: []) }
        return Result(number: nil, problems: problems.isEmpty ? [language.text(.xmlCheckInvalid, ["schema": xsd])] : problems)
    }

    /// The name of the first element, skipping the declaration, comments and whitespace; nil
    /// when `bytes` end before the name does.
    static func rootName(_ bytes: [UInt8]) -> String? {
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else { i += 1; continue }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") { i += 2; continue }
            var end = i + 1
            while end < bytes.count, !" \t\r\n/>".utf8.contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return nil }
            let name = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            return name.split(separator: ":").last.map(String.init)
        }
        return nil
    }
}
