/// The few PDF tokens a trailer and an information dictionary are made of (ISO 32000-1 §7.2–7.3),
/// read from a byte offset; bounded by the file's end and by a nesting depth.
struct PDFLexer {
    enum Token: Equatable {
        case integer(Int)
        case name(String)
        case keyword(String)
        case dictionaryStart, dictionaryEnd, arrayStart, arrayEnd
        /// A literal or hex string, as written.
        case string(String)
        case end
        case other
    }

    /// A dictionary value as the readers need it.
    enum Value: Equatable {
        case integer(Int)
        case reference(Int, Int)
        /// A string or an array of strings, as written.
        case raw(String)
    }

    private let bytes: [UInt8]
    private(set) var position: Int

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = min(max(0, position), bytes.count)
    }

    var atEnd: Bool { position >= bytes.count }

    private static func isWhitespace(_ b: UInt8) -> Bool { b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32 }
    private static func isDelimiter(_ b: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(b) }

    mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    /// White space and comments.
    private mutating func skipFiller() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) { position += 1; continue }
            if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
                continue
            }
            break
        }
    }

    /// Consumes `text` when the bytes at the position are exactly it.
    mutating func literal(_ text: String) -> Bool {
        let t = Array(text.utf8)
        guard position + t.count <= bytes.count, Array(bytes[position..<position + t.count]) == t else { return false }
        position += t.count
        return true
    }

    /// Consumes the keyword `word` (after white space) when it is next.
    mutating func keyword(_ word: String) -> Bool {
        var copy = self
        guard copy.next() == .keyword(word) else { return false }
        self = copy
        return true
    }

    func peek() -> Token {
        var copy = self
        return copy.next()
    }

    /// One 20-byte cross-reference entry: `oooooooooo ggggg n` and a two-byte end of line.
    mutating func fixedEntry() -> (offset: Int, inUse: Bool)? {
        guard position + 20 <= bytes.count else { return nil }
        let entry = Array(bytes[position..<position + 20])
        let digits = { (r: Range<Int>) in entry[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard digits(0..<10), entry[10] == 32, digits(11..<16), entry[16] == 32,
              entry[17] == UInt8(ascii: "n") || entry[17] == UInt8(ascii: "f"),
              Self.isWhitespace(entry[18]), entry[19] == 10 || entry[19] == 13 else { return nil }
        position += 20
        return (Int(String(decoding: entry[0..<10], as: UTF8.self))!, entry[17] == UInt8(ascii: "n"))
    }

    mutating func next() -> Token {
        skipFiller()
        guard position < bytes.count else { return .end }
        let start = position
        let b = bytes[position]
        switch b {
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { position += 2; return .dictionaryStart }
            guard let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { position = bytes.count; return .other }
            position = close + 1
            return .string(String(decoding: bytes[start..<position], as: UTF8.self))
        case UInt8(ascii: ">"):
            guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { position += 1; return .other }
            position += 2
            return .dictionaryEnd
        case UInt8(ascii: "["): position += 1; return .arrayStart
        case UInt8(ascii: "]"): position += 1; return .arrayEnd
        case UInt8(ascii: "("):
            var depth = 0
            while position < bytes.count {
                let c = bytes[position]
                position += 1
                if c == UInt8(ascii: "\\") { position += 1; continue }
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
            }
            guard depth == 0, position <= bytes.count else { position = bytes.count; return .other }
            return .string(String(decoding: bytes[start..<position], as: UTF8.self))
        case UInt8(ascii: "/"):
            position += 1
            while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
            return .name(String(decoding: bytes[start + 1..<position], as: UTF8.self))
        default:
            while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            if word.isEmpty { position += 1; return .other }
            if word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), word.count <= 15 { return .integer(Int(word)!) }
            if word.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) { return .keyword(word) }
            return .other
        }
    }

    /// A flat dictionary whose values are integers, references, strings or arrays of strings.
    mutating func dictionary(_ what: String) throws(PDFInfoUpdate.Refusal) -> [(String, Value)] {
        guard next() == .dictionaryStart else { throw .init("\(what) does not begin with <<") }
        var entries: [(String, Value)] = []
        while true {
            let token = next()
            if token == .dictionaryEnd { return entries }
            guard case .name(let key) = token else { throw .init("\(what) is malformed (a key is not a name)") }
            guard entries.count < 64 else { throw .init("\(what) has more than 64 entries") }
            switch next() {
            case .integer(let n):
                var copy = self
                if case .integer(let g) = copy.next(), copy.keyword("R") {
                    self = copy
                    entries.append((key, .reference(n, g)))
                } else {
                    entries.append((key, .integer(n)))
                }
            case .string(let s): entries.append((key, .raw(s)))
            case .arrayStart:
                var items: [String] = []
                while true {
                    let item = next()
                    if item == .arrayEnd { break }
                    guard case .string(let s) = item, items.count < 8 else { throw .init("\(what)'s /\(key) is not an array of strings") }
                    items.append(s)
                }
                entries.append((key, .raw("[" + items.joined(separator: " ") + "]")))
            default:
                throw .init("\(what)'s /\(key) is not a number, a reference, a string or an array of strings")
            }
        }
    }
}
