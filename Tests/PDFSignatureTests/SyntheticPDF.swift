import Foundation

/// PDFs built byte by byte for the reader's refusals: a one-page document written by hand, and
/// an update appended to it the way pyHanko appends one (page, AcroForm, field, signature
/// dictionary, a classic cross-reference table), with a `/Contents` that is not a real CMS.
/// Each part can be spoiled on its own.
struct SyntheticPDF {
    static let original: [UInt8] = {
        var out = Array("%PDF-1.7\n%\u{e2}\u{e3}\n".utf8)
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 4\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Array(String(format: "%010d 00000 n \n", o).utf8) }
        out += Array("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }()

    /// The startxref of `original`.
    static var originalXref: Int {
        let text = String(decoding: original, as: UTF8.self)
        let line = text.components(separatedBy: "startxref\n")[1].prefix { $0.isNumber }
        return Int(line)!
    }

    var signatureDictionary = "/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (D:20261130120000+07'00') /Name (Ratna Sari)"
    var contentsHex = String(repeating: "0", count: 64)
    /// Extra objects (`N 0 obj … endobj` text) put before the signature's.
    var extraObjects: [(Int, String)] = []
    /// The field's `/V`; nil leaves it out.
    var fieldValue: String? = "6 0 R"
    var prev: Int? = nil
    /// Changes to the `/ByteRange` the builder computes: (a, b, c, d) → what to write.
    var byteRange: (Int, Int, Int, Int) -> (Int, Int, Int, Int) = { ($0, $1, $2, $3) }
    var startxrefDelta = 0

    /// The original, then the update.
    func bytes() -> [UInt8] {
        var out = Self.original
        var offsets: [(Int, Int)] = []
        func add(_ number: Int, _ body: String) {
            offsets.append((number, out.count))
            out += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        for (n, body) in extraObjects { add(n, body) }
        add(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>")
        add(4, "<< /Fields [5 0 R] /SigFlags 3 >>")
        add(5, "<< /FT /Sig /T (Tanda Tangan) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R\(fieldValue.map { " /V \($0)" } ?? "") >>")
        // The signature: /ByteRange written with room, then filled in once the offsets are known.
        let sigStart = out.count
        offsets.append((6, sigStart))
        let head = "6 0 obj\n<< /Contents <"
        out += Array(head.utf8) + Array(contentsHex.utf8) + Array(">\n/ByteRange [".utf8)
        let placeholderAt = out.count
        out += Array(String(repeating: " ", count: 40).utf8) + Array("]\n\(signatureDictionary) >>\nendobj\n".utf8)
        let xref = out.count
        let entries = offsets.sorted { $0.0 < $1.0 }
        out += Array("xref\n0 1\n0000000000 65535 f \n".utf8)
        for (n, o) in entries { out += Array("\(n) 1\n".utf8) + Array(String(format: "%010d 00000 n \n", o).utf8) }
        out += Array("trailer\n<< /Size 7 /Root 1 0 R /Prev \(prev ?? Self.originalXref) >>\nstartxref\n\(xref + startxrefDelta)\n%%EOF\n".utf8)
        let b = sigStart + head.utf8.count - 1
        let c = b + contentsHex.utf8.count + 2
        let (w, x, y, z) = byteRange(0, b, c, out.count - c)
        let text = Array("\(w) \(x) \(y) \(z)".utf8)
        out.replaceSubrange(placeholderAt..<(placeholderAt + text.count), with: text)
        return out
    }
}
