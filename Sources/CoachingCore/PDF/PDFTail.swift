/// The end of a PDF as an incremental update needs it: where the last cross-reference section
/// is, what its trailer says, and the entries of the information dictionary it names.
///
/// Strict and bounded: only a classic cross-reference table is read (what Chromium writes); the
/// last 1 KB must hold `startxref`, its offset and `%%EOF`; every offset is checked against the
/// file's length. Anything else is a ``PDFInfoUpdate/Refusal`` that says what was found.
struct PDFTail {
    /// The offset the last `startxref` gives: the update's `/Prev`.
    var startxref: Int
    /// The trailer's `/Size`: the update's new object takes this number.
    var size: Int
    /// The trailer's `/Root`, as written (`16 0 R`).
    var root: String
    /// The trailer's `/ID` array, as written, to carry over (ISO 32000-1 §14.4).
    var id: String?
    /// The previous information dictionary's entries other than the three the update sets, as
    /// written (`("Producer", "(Skia/PDF m156)")`), in their order.
    var keptInfoEntries: [(String, String)]

    typealias Refusal = PDFInfoUpdate.Refusal

    static func read(_ pdf: [UInt8]) throws(Refusal) -> PDFTail {
        guard pdf.starts(with: Array("%PDF-".utf8)) else { throw Refusal("the file does not begin with %PDF-: it is not a PDF") }
        let startxref = try lastStartxref(pdf)
        var lexer = PDFLexer(pdf, at: startxref)
        guard lexer.keyword("xref") else {
            let head = String(decoding: pdf[startxref..<min(pdf.count, startxref + 512)], as: UTF8.self)
            if case .integer = lexer.peek(), head.contains("/XRef") {
                throw Refusal("the PDF ends with a cross-reference stream (PDF 1.5 and later), which this tool does not update; only a classic cross-reference table is supported")
            }
            throw Refusal("startxref gives offset \(startxref), where there is no cross-reference section")
        }
        var offsets: [Int: Int] = [:]
        while !lexer.keyword("trailer") {
            guard case .integer(let first) = lexer.next(), case .integer(let count) = lexer.next(), first >= 0, count >= 0,
                  count <= pdf.count / 20 else {
                throw Refusal("the cross-reference section at offset \(startxref) is malformed (a subsection header is not two numbers)")
            }
            lexer.skipWhitespace()
            for i in 0..<count {
                guard let entry = lexer.fixedEntry() else {
                    throw Refusal("the cross-reference section at offset \(startxref) is malformed (entry \(first + i) is not 20 bytes of 'offset generation n|f')")
                }
                if entry.inUse { offsets[first + i] = entry.offset }
            }
        }
        let trailer = try lexer.dictionary("the trailer")
        var size: Int?, root: String?, info: (Int, Int)?, id: String?
        for (key, value) in trailer {
            switch (key, value) {
            case ("Size", .integer(let n)): size = n
            case ("Root", .reference(let n, let g)): root = "\(n) \(g) R"
            case ("Info", .reference(let n, let g)): info = (n, g)
            case ("ID", .raw(let text)): id = text
            case ("Prev", .integer): break
            case ("Encrypt", _): throw Refusal("the PDF is encrypted; its information cannot be updated")
            default: throw Refusal("the trailer's /\(key) is not what this tool reads (it reads /Size, /Root, /Info, /ID, /Prev)")
            }
        }
        guard let size, size > 0, let root else { throw Refusal("the trailer has no /Size or no /Root") }
        var kept: [(String, String)] = []
        if let (number, generation) = info {
            guard let offset = offsets[number], offset < pdf.count else {
                throw Refusal("the information dictionary \(number) \(generation) R is not in the last cross-reference section")
            }
            var object = PDFLexer(pdf, at: offset)
            guard case .integer(number) = object.next(), case .integer(generation) = object.next(), object.keyword("obj") else {
                throw Refusal("the cross-reference offset of object \(number) does not point at '\(number) \(generation) obj'")
            }
            for (key, value) in try object.dictionary("the information dictionary") where !["Title", "Author", "Subject"].contains(key) {
                guard case .raw(let text) = value else { throw Refusal("the information dictionary's /\(key) is not a string") }
                kept.append((key, text))
            }
        }
        return PDFTail(startxref: startxref, size: size, root: root, id: id, keptInfoEntries: kept)
    }

    /// The offset after the last `startxref`, which must be followed by `%%EOF` and nothing but
    /// white space, all within the last 1,024 bytes (ISO 32000-1 §7.5.5).
    private static func lastStartxref(_ pdf: [UInt8]) throws(Refusal) -> Int {
        let window = max(0, pdf.count - 1024)
        let marker = Array("startxref".utf8)
        var at: Int?
        var i = pdf.count - marker.count
        while i >= window {
            if pdf[i] == marker[0] && Array(pdf[i..<i + marker.count]) == marker { at = i; break }
            i -= 1
        }
        guard let at else { throw Refusal("there is no startxref in the last 1,024 bytes: the PDF is truncated or not a PDF") }
        var lexer = PDFLexer(pdf, at: at + marker.count)
        guard case .integer(let offset) = lexer.next(), offset > 0, offset < at else {
            throw Refusal("the startxref offset is not a number inside the file")
        }
        lexer.skipWhitespace()
        guard lexer.literal("%%EOF") else { throw Refusal("the startxref offset is not followed by %%EOF") }
        lexer.skipWhitespace()
        guard lexer.atEnd else { throw Refusal("there are bytes after the last %%EOF") }
        return offset
    }
}
