/// Sets a PDF's title, author and subject by appending a standard incremental update (ISO 32000-1
/// §7.5.6) to its bytes: a new document information dictionary, a cross-reference section for it,
/// and a trailer that points back to the previous one. The original bytes stay a prefix of the
/// result, untouched.
///
/// Chromium takes the title from `<title>` but ignores `<meta name=author|subject>`, so the office
/// and the document number are added afterwards. Only what the update needs is read, strictly:
/// the last `startxref`, the classic cross-reference section it points to, its trailer, and the
/// previous information dictionary (whose other entries, such as the creation date, are kept).
/// A file that ends otherwise (a cross-reference stream, an encrypted file) is refused with the reason.
public struct PDFInfoUpdate: Sendable, Equatable {
    public var title: String
    public var author: String
    public var subject: String

    public init(title: String, author: String, subject: String) {
        self.title = title
        self.author = author
        self.subject = subject
    }

    /// Why a PDF cannot be updated, in words.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// `pdf` with the update appended.
    public func apply(to pdf: [UInt8]) throws(Refusal) -> [UInt8] {
        let tail = try PDFTail.read(pdf)
        let object = tail.size
        var info = "\(object) 0 obj\n<<"
        for (key, value) in tail.keptInfoEntries { info += "/\(key) \(value)\n" }
        info += "/Title \(Self.textString(title))\n/Author \(Self.textString(author))\n/Subject \(Self.textString(subject))>>\nendobj\n"
        // The update starts on a line of its own, whatever the file ended with.
        var out = pdf
        if let last = pdf.last, last != 0x0A && last != 0x0D { out.append(0x0A) }
        let infoOffset = out.count
        out += Array(info.utf8)
        let xrefOffset = out.count
        var trailer = "xref\n\(object) 1\n" + Self.padded(infoOffset, 10) + " 00000 n\r\n"
        trailer += "trailer\n<</Size \(object + 1)\n/Root \(tail.root)\n/Info \(object) 0 R\n"
        if let id = tail.id { trailer += "/ID \(id)\n" }
        trailer += "/Prev \(tail.startxref)>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        out += Array(trailer.utf8)
        return out
    }

    /// A PDF text string: a literal string when it is printable ASCII (escaped), otherwise
    /// UTF-16BE with a byte order mark, as hex (ISO 32000-1 §7.9.2.2).
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var out = "("
            for c in text {
                if c == "(" || c == ")" || c == "\\" { out.append("\\") }
                out.append(c)
            }
            return out + ")"
        }
        var out = "<FEFF"
        for unit in text.utf16 { out += Self.hex(Int(unit), 4) }
        return out + ">"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func hex(_ value: Int, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
