/// A strict, bounded parser of PDF objects over the bytes of a file (ISO 32000-1 § 7.2–7.3):
/// numbers overflow-checked, names and strings bounded, nesting and object count limited, a
/// dictionary key written twice refused. It never decodes a stream and never follows a reference.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int
    /// Objects parsed so far, against `PDFLimits.objects`.
    var objectCount = 0

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    typealias Failure = SignedPDFReadError

    func failure(_ what: String, at offset: Int? = nil) -> Failure {
        Failure("\(what) (at byte \(offset ?? position))")
    }

    var atEnd: Bool { position >= bytes.count }

    // MARK: - Characters

    static func isWhitespace(_ c: UInt8) -> Bool { c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32 }
    static func isDelimiter(_ c: UInt8) -> Bool {
        c == 0x28 || c == 0x29 || c == 0x3C || c == 0x3E || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D || c == 0x2F || c == 0x25
    }
    static func isRegular(_ c: UInt8) -> Bool { !isWhitespace(c) && !isDelimiter(c) }
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }

    /// Skips white space, and comments unless `comments` is false (`%%EOF` is a comment the
    /// reader must see).
    mutating func skipWhitespace(comments: Bool = true) {
        while position < bytes.count {
            let c = bytes[position]
            if Self.isWhitespace(c) {
                position += 1
            } else if comments && c == 0x25 {
                while position < bytes.count && bytes[position] != 10 && bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    /// Whether `word` is next, as a whole word (not followed by a regular character).
    func isNext(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { w in (0..<count).allSatisfy { bytes[position + $0] == w[$0] } }
        guard matches else { return false }
        return position + count == bytes.count || !Self.isRegular(bytes[position + count])
    }

    mutating func expect(_ word: StaticString, _ what: String) throws(Failure) {
        guard isNext(word) else {
            throw atEnd ? failure("the file ends where \(what) should be: it looks cut short") : failure("\(what) is missing")
        }
        position += word.utf8CodeUnitCount
    }

    // MARK: - Objects

    /// A non-negative integer written as plain digits (object numbers, offsets, counts).
    mutating func unsignedInteger(_ what: String) throws(Failure) -> Int {
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            guard position - start < PDFLimits.digits else { throw failure("\(what) has too many digits", at: start) }
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        guard position > start else {
            throw atEnd ? failure("the file ends where \(what) should be: it looks cut short") : failure("\(what) is missing")
        }
        return value
    }

    /// The next object, with `depth` arrays and dictionaries around it.
    mutating func object(depth: Int = 0) throws(Failure) -> PDFObject {
        skipWhitespace()
        guard position < bytes.count else { throw failure("the file ends in the middle of an object: it looks cut short") }
        objectCount += 1
        guard objectCount <= PDFLimits.objects else { throw failure("the signed part holds more than \(PDFLimits.objects) objects") }
        let start = position
        switch bytes[position] {
        case 0x2F:
            return .name(try name())
        case 0x28:
            return try literalString()
        case 0x3C:
            if position + 1 < bytes.count && bytes[position + 1] == 0x3C {
                return .dictionary(try dictionary(depth: depth))
            }
            return try hexString()
        case 0x5B:
            guard depth < PDFLimits.nesting else { throw failure("arrays and dictionaries are nested too deeply") }
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw failure("the file ends inside an array: it looks cut short") }
                if bytes[position] == 0x5D { position += 1; return .array(items) }
                items.append(try object(depth: depth + 1))
            }
        case 0x2B, 0x2D, 0x2E, 0x30...0x39:
            return try number()
        default:
            if isNext("true") { position += 4; return .boolean(true) }
            if isNext("false") { position += 5; return .boolean(false) }
            if isNext("null") { position += 4; return .null }
            throw failure("something that is not a PDF object was found", at: start)
        }
    }

    mutating func dictionary(depth: Int) throws(Failure) -> PDFDictionary {
        guard depth < PDFLimits.nesting else { throw failure("arrays and dictionaries are nested too deeply") }
        position += 2
        var result = PDFDictionary()
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw failure("the file ends inside a dictionary: it looks cut short") }
            if bytes[position] == 0x3E {
                guard position + 1 < bytes.count, bytes[position + 1] == 0x3E else { throw failure("a dictionary is not closed with >>") }
                position += 2
                return result
            }
            guard bytes[position] == 0x2F else { throw failure("a dictionary key is not a name") }
            let key = try name()
            guard result[key] == nil else { throw failure("the key /\(key) is written twice in one dictionary") }
            result.entries.append((key, try object(depth: depth + 1)))
        }
    }

    mutating func name() throws(Failure) -> String {
        let start = position
        position += 1
        var decoded: [UInt8] = []
        while position < bytes.count, Self.isRegular(bytes[position]) {
            var c = bytes[position]
            if c == 0x23 {
                guard position + 2 < bytes.count, let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2]) else {
                    throw failure("a name has a broken #-escape", at: start)
                }
                c = high << 4 | low
                position += 2
            }
            decoded.append(c)
            position += 1
            guard decoded.count <= PDFLimits.name else { throw failure("a name is longer than \(PDFLimits.name) bytes", at: start) }
        }
        // Names are bytes; as text they are read as Latin-1, which never fails.
        return String(decoded.map { Character(Unicode.Scalar($0)) })
    }

    mutating func literalString() throws(Failure) -> PDFObject {
        let start = position
        position += 1
        var depth = 1
        var decoded: [UInt8] = []
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            switch c {
            case 0x5C:
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case 0x6E: decoded.append(10)
                case 0x72: decoded.append(13)
                case 0x74: decoded.append(9)
                case 0x62: decoded.append(8)
                case 0x66: decoded.append(12)
                case 0x0D: if position < bytes.count && bytes[position] == 0x0A { position += 1 }
                case 0x0A: break
                case 0x30...0x37:
                    var value = Int(e - 0x30)
                    for _ in 0..<2 where position < bytes.count && (0x30...0x37).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    decoded.append(UInt8(truncatingIfNeeded: value))
                default: decoded.append(e)
                }
            case 0x28:
                depth += 1
                decoded.append(c)
            case 0x29:
                depth -= 1
                if depth == 0 { return .string(decoded, hex: false, token: start..<position) }
                decoded.append(c)
            default:
                decoded.append(c)
            }
            guard decoded.count <= PDFLimits.literalString else { throw failure("a text string is longer than 64 KB", at: start) }
        }
        throw failure("the file ends inside a text string: it looks cut short", at: start)
    }

    mutating func hexString() throws(Failure) -> PDFObject {
        let start = position
        position += 1
        var decoded: [UInt8] = []
        var high: UInt8?
        var digits = 0
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            if c == 0x3E {
                if let high { decoded.append(high << 4) }
                return .string(decoded, hex: true, token: start..<position)
            }
            if Self.isWhitespace(c) { continue }
            guard let v = Self.hexValue(c) else { throw failure("a hexadecimal string holds something that is not a hex digit", at: position - 1) }
            digits += 1
            guard digits <= PDFLimits.contentsHexDigits else { throw failure("a hexadecimal string is longer than \(PDFLimits.contentsHexDigits) digits", at: start) }
            if let h = high { decoded.append(h << 4 | v); high = nil } else { high = v }
        }
        throw failure("the file ends inside a hexadecimal string: it looks cut short", at: start)
    }

    /// An integer (overflow-checked), a reference `N G R`, or a real kept as text.
    mutating func number() throws(Failure) -> PDFObject {
        let start = position
        if bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
        var sawDot = false, digits = 0
        while position < bytes.count {
            let c = bytes[position]
            if c == 0x2E {
                guard !sawDot else { throw failure("a number has two decimal points", at: start) }
                sawDot = true
            } else if c >= 0x30 && c <= 0x39 {
                digits += 1
                guard digits <= PDFLimits.digits else { throw failure("a number has too many digits", at: start) }
            } else {
                break
            }
            position += 1
        }
        guard digits > 0 else { throw failure("a number has no digits", at: start) }
        guard position == bytes.count || !Self.isRegular(bytes[position]) else { throw failure("a number runs into other characters", at: start) }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if sawDot { return .real(text) }
        guard let value = Int(text) else { throw failure("a number is out of range", at: start) }
        // `N G R`: only plain non-negative integers can start a reference.
        if bytes[start] != 0x2B && bytes[start] != 0x2D, let reference = referenceTail(number: value) { return reference }
        return .integer(value)
    }

    private mutating func referenceTail(number: Int) -> PDFObject? {
        let saved = position
        var look = self
        look.skipWhitespace(comments: false)
        guard look.position > saved, let generation = try? look.unsignedInteger("a generation number"), generation <= 65_535 else { return nil }
        let afterGeneration = look.position
        look.skipWhitespace(comments: false)
        guard look.position > afterGeneration, look.isNext("R") else { return nil }
        position = look.position + 1
        return .reference(number: number, generation: generation)
    }
}
