/// A PDF object, as much of one as a signature check reads (ISO 32000-1 § 7.3). Strings keep
/// the place of their token in the file: a signature's `/ByteRange` must name exactly where its
/// `/Contents` lies.
enum PDFObject: Equatable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int)
    /// A real number, kept as written: nothing here computes with one.
    case real(String)
    case name(String)
    /// The decoded bytes, whether it was hexadecimal, and the whole token's place (`(`…`)` or `<`…`>`).
    case string([UInt8], hex: Bool, token: Range<Int>)
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case reference(number: Int, generation: Int)

    var dictionary: PDFDictionary? {
        if case .dictionary(let d) = self { return d }
        return nil
    }

    var integer: Int? {
        if case .integer(let n) = self { return n }
        return nil
    }

    var name: String? {
        if case .name(let n) = self { return n }
        return nil
    }
}

/// A dictionary in the order it was written; a key written twice is refused by the parser.
struct PDFDictionary: Equatable, Sendable {
    var entries: [(key: String, value: PDFObject)] = []

    subscript(key: String) -> PDFObject? {
        entries.first { $0.key == key }?.value
    }

    static func == (a: PDFDictionary, b: PDFDictionary) -> Bool {
        a.entries.elementsEqual(b.entries) { $0.key == $1.key && $0.value == $1.value }
    }
}

/// One `N G obj … endobj` of an incremental update.
struct PDFIndirectObject: Sendable {
    var number: Int
    var generation: Int
    var value: PDFObject
    /// Where `N G obj` starts.
    var offset: Int
    /// The stream's dictionary is `value`; the stream's data is never decoded here.
    var hasStream: Bool
}
