/// What the reader found in a signed PDF: the registered document's length, the revisions
/// appended after it, and every signature dictionary among them.
public struct SignedPDF: Sendable {
    /// One signature dictionary (`/Type /Sig`, or any dictionary with a `/ByteRange`).
    public struct Signature: Sendable {
        /// Its object number, and the revision (0 = the first appended after the registered PDF).
        public var objectNumber: Int
        public var revision: Int
        /// `/ByteRange`, as written (the check decides whether it covers the file).
        public var byteRange: [Int]
        /// Where the `/Contents` hex string lies, `<` to just after `>`.
        public var contentsToken: Range<Int>
        /// The decoded `/Contents` (a CMS SignedData and its zero padding).
        public var contents: [UInt8]
        public var filter: String?
        public var subFilter: String?
        /// `/Type`: `Sig`, or `DocTimeStamp` for a document timestamp (PAdES B-LTA).
        public var type: String?
        /// `/M`, the signing time as the signing software claims it, decoded when well formed.
        public var claimedTime: PDFDate?
        /// `/Name`, as text.
        public var name: String?
        /// Whether a signature field (`/FT /Sig`) of the same revision has it as its value `/V`.
        public var isFieldValue: Bool
    }

    /// The length of the whole file.
    public var fileLength: Int
    /// The length of the document the signatures extend (the revision before them).
    public var originalLength: Int
    /// Revisions appended after `originalLength`.
    public var revisionCount: Int
    public var signatures: [Signature]
}

/// Reads a signed PDF strictly and within `PDFLimits`: the registered document's bytes are
/// never parsed (they are compared with the registered PDF instead); everything appended after
/// them is, object by object.
public enum SignedPDFReader {
    /// Reads `bytes` as `originalLength` bytes of a registered PDF followed by revisions. Without
    /// `originalLength`, the document is taken to end at the first `%%EOF` from which the rest
    /// reads as appended revisions.
    public static func read(_ bytes: [UInt8], originalLength: Int? = nil) throws(SignedPDFReadError) -> SignedPDF {
        guard bytes.count <= PDFLimits.fileSize else {
            throw SignedPDFReadError("the file is larger than \(PDFLimits.fileSize >> 20) MB, more than any signed document here")
        }
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw SignedPDFReadError("the file is not a PDF (it does not begin with %PDF-)") }
        guard endsWithEOF(bytes) else {
            throw SignedPDFReadError("the file does not end as a PDF does (%%EOF is missing at the end): it may have been cut short")
        }
        if let originalLength {
            guard originalLength > 0, originalLength <= bytes.count else { throw SignedPDFReadError("the registered PDF is longer than the signed file") }
            return try read(bytes, from: originalLength)
        }
        let ends = revisionEnds(bytes)
        guard !ends.isEmpty else {
            throw SignedPDFReadError("nothing was appended to the document after it was made, so it carries no electronic signature")
        }
        var lastError = SignedPDFReadError("")
        for end in ends.prefix(PDFLimits.revisionEnds) {
            do { return try read(bytes, from: end) } catch { lastError = error }
        }
        throw lastError
    }

    /// The places just after a `%%EOF` (and its end of line) before the end of the file: where a
    /// registered PDF can end. Cheap: a byte search, each a candidate the caller confirms.
    public static func revisionEnds(_ bytes: [UInt8]) -> [Int] {
        let marker = Array("%%EOF".utf8)
        var ends: [Int] = []
        var at = 0
        bytes.withUnsafeBufferPointer { buffer in
            while at + marker.count <= buffer.count {
                if buffer[at] == 0x25 && buffer[at + 1] == 0x25 && buffer[at + 2] == 0x45 && buffer[at + 3] == 0x4F && buffer[at + 4] == 0x46 {
                    let end = PDFRevisions.afterEndOfLine(bytes, at + 5)
                    if end < buffer.count { ends.append(end) }
                    at += 5
                } else {
                    at += 1
                }
            }
        }
        return ends
    }

    static func endsWithEOF(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        if end > 0 && bytes[end - 1] == 10 { end -= 1 }
        if end > 0 && bytes[end - 1] == 13 { end -= 1 }
        return end >= 5 && bytes[(end - 5)..<end].elementsEqual("%%EOF".utf8)
    }

    private static func read(_ bytes: [UInt8], from start: Int) throws(SignedPDFReadError) -> SignedPDF {
        let revisions = try PDFRevisions.read(bytes, from: start).revisions
        var signatures: [SignedPDF.Signature] = []
        for (index, revision) in revisions.enumerated() {
            let fieldValues = Set(revision.objects.compactMap { object -> Int? in
                guard let d = object.value.dictionary, d["FT"]?.name == "Sig", case .reference(let n, _)? = d["V"] else { return nil }
                return n
            })
            for object in revision.objects {
                guard let d = object.value.dictionary else { continue }
                let type = d["Type"]?.name
                guard type == "Sig" || type == "DocTimeStamp" || d["ByteRange"] != nil else { continue }
                signatures.append(try signature(d, object: object, revision: index, isFieldValue: fieldValues.contains(object.number)))
            }
        }
        return SignedPDF(fileLength: bytes.count, originalLength: start, revisionCount: revisions.count, signatures: signatures)
    }

    private static func signature(_ d: PDFDictionary, object: PDFIndirectObject, revision: Int, isFieldValue: Bool) throws(SignedPDFReadError) -> SignedPDF.Signature {
        let at = "the signature (object \(object.number))"
        guard case .array(let range)? = d["ByteRange"], range.count == 4 else {
            throw SignedPDFReadError("\(at) has no /ByteRange of four numbers")
        }
        let byteRange = range.compactMap(\.integer)
        guard byteRange.count == 4 else { throw SignedPDFReadError("\(at) has a /ByteRange that is not four whole numbers") }
        guard case .string(let contents, hex: true, token: let token)? = d["Contents"] else {
            throw SignedPDFReadError("\(at) has no /Contents written in hexadecimal")
        }
        var name: String?
        if case .string(let bytes, _, _)? = d["Name"] { name = PDFText.decode(bytes) }
        var claimed: PDFDate?
        if case .string(let bytes, _, _)? = d["M"] { claimed = PDFDate(bytes) }
        return SignedPDF.Signature(objectNumber: object.number, revision: revision, byteRange: byteRange, contentsToken: token, contents: contents,
                                   filter: d["Filter"]?.name, subFilter: d["SubFilter"]?.name, type: d["Type"]?.name,
                                   claimedTime: claimed, name: name, isFieldValue: isFieldValue)
    }
}
