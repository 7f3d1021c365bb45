/// Turns an input's raw bytes into UTF-8 text, the way real exports arrive: UTF-8 with or
/// without a byte-order mark, or Windows-1252 (older Excel), recognised and converted.
///
/// It works chunk by chunk. In `auto` mode the text is ASCII until the first byte above
/// 0x7F; a valid UTF-8 sequence there decides UTF-8, an invalid one decides Windows-1252.
/// Everything before that point was ASCII, identical in both, so nothing is read twice.
/// Anything that is neither (or binary) stops with a ``Failure`` instead of mojibake.
struct TextNormalizer {
    enum Encoding: Equatable { case undecided, utf8, windows1252 }

    /// Why the input cannot be read as text.
    enum Failure: Equatable {
        case invalidUTF8
        case undefinedWindows1252(UInt8)
        case binary(UInt8)
    }

    private(set) var encoding: Encoding
    private var isFirstChunk = true
    /// Up to 3 bytes of a UTF-8 sequence cut by the chunk boundary.
    private var carry: [UInt8] = []

    init(forced: Encoding = .undecided) { encoding = forced }

    /// Appends the text in `input` to `output` (which must have room for 3× the input plus
    /// 3 carried bytes). Returns the bytes written and, if the text stops being readable,
    /// why: output then ends right before the offending byte.
    mutating func normalize(_ input: UnsafeRawBufferPointer, isLast: Bool,
                            into output: UnsafeMutableRawPointer) -> (written: Int, failure: Failure?) {
        if carry.isEmpty {
            return normalizeBytes(input, isLast: isLast, into: output)
        }
        let joined = carry + Array(input)
        carry.removeAll()
        return joined.withUnsafeBytes { normalizeBytes($0, isLast: isLast, into: output) }
    }

    /// The work of ``normalize(_:isLast:into:)`` on contiguous bytes. Runs of plain ASCII
    /// (the vast majority of any export) are found with a tight loop and copied in one go.
    private mutating func normalizeBytes(_ input: UnsafeRawBufferPointer, isLast: Bool,
                                         into output: UnsafeMutableRawPointer) -> (written: Int, failure: Failure?) {
        var start = 0
        if isFirstChunk {
            isFirstChunk = false
            if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
                start = 3
                if encoding == .undecided { encoding = .utf8 }
            }
        }
        guard let base = input.baseAddress else { return (0, nil) }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let n = input.count
        var out = 0
        var i = start
        while i < n {
            // A run of printable ASCII, tab, LF and CR.
            let runStart = i
            while i < n {
                let b = bytes[i]
                if b >= 0x20 && b < 0x80 { i += 1; continue }
                if b == 0x0A || b == 0x0D || b == 0x09 { i += 1; continue }
                break
            }
            if i > runStart {
                (output + out).copyMemory(from: bytes + runStart, byteCount: i - runStart)
                out += i - runStart
            }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 { return (out, .binary(b)) }
            if encoding == .undecided {
                switch UTF8Validation.sequence(bytes, count: n, at: i) {
                case .valid: encoding = .utf8
                case .truncated where !isLast:
                    carry = Array(UnsafeBufferPointer(start: bytes + i, count: n - i))
                    return (out, nil)
                default: encoding = .windows1252
                }
            }
            if encoding == .utf8 {
                switch UTF8Validation.sequence(bytes, count: n, at: i) {
                case .valid(let length):
                    (output + out).copyMemory(from: bytes + i, byteCount: length)
                    out += length
                    i += length
                case .truncated where !isLast:
                    carry = Array(UnsafeBufferPointer(start: bytes + i, count: n - i))
                    return (out, nil)
                default:
                    return (out, .invalidUTF8)
                }
            } else {
                guard let scalar = Windows1252.scalar(for: b) else { return (out, .undefinedWindows1252(b)) }
                for unit in String(Character(scalar)).utf8 {
                    output.storeBytes(of: unit, toByteOffset: out, as: UInt8.self)
                    out += 1
                }
                i += 1
            }
        }
        return (out, nil)
    }
}

/// Checks single UTF-8 sequences (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
enum UTF8Validation {
    enum Sequence: Equatable { case valid(Int), invalid, truncated }

    static func sequence(_ bytes: UnsafePointer<UInt8>, count: Int, at i: Int) -> Sequence {
        let b0 = bytes[i]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b0 {
        case 0x00...0x7F: return .valid(1)
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return .invalid
        }
        for k in 1..<length {
            guard i + k < count else { return .truncated }
            let b = bytes[i + k]
            let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            guard b >= lo, b <= hi else { return .invalid }
        }
        return .valid(length)
    }
}

/// The Windows-1252 code page: Latin-1 plus 27 printable characters in 0x80–0x9F.
enum Windows1252 {
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// The character for `byte`, nil for the five bytes the code page leaves undefined.
    static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        return high[Int(byte - 0x80)].flatMap(Unicode.Scalar.init)
    }
}
