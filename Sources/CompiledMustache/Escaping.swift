/// How interpolated values are escaped, chosen by the template's file extension.
public enum Escaping: Sendable, Equatable {
    /// `&` `<` `>` `"` `'` as HTML entities.
    case html
    /// `&` `<` `>` `"` `'` as XML's predefined entities.
    case xml
    /// Nothing escaped (plain text).
    case none

    /// `.html`/`.htm` → HTML, `.xml`/`.xsd`/`.svg` → XML, anything else → none.
    public init(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else if lower.hasSuffix(".xml") || lower.hasSuffix(".svg") || lower.hasSuffix(".xsd") { self = .xml }
        else { self = .none }
    }

    /// Appends `bytes` escaped. Works per byte of UTF-8, so per Unicode scalar: a quote
    /// followed by a combining mark is still a quote (swift-mustache misses that case, as
    /// it escapes per grapheme cluster). Characters no XML or HTML document may hold (control
    /// characters but tab and line breaks, U+FFFE and U+FFFF) become U+FFFD, so a document
    /// drawn can always be read again, whatever slipped past the input checks.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard self != .none else { out.append(contentsOf: bytes); return }
        var runStart = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x40 || b == 0xEF else { continue }
            let entity: StaticString
            var width = 1
            switch b {
            case 0x09, 0x0A, 0x0D: continue
            case ..<0x20: entity = "\u{FFFD}"
            case 0xEF:
                // EF BF BE and EF BF BF are U+FFFE and U+FFFF.
                guard i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE else { continue }
                entity = "\u{FFFD}"
                width = 3
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = self == .html ? "&#39;" : "&apos;"
            default: continue
            }
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            runStart = i + width
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
}
