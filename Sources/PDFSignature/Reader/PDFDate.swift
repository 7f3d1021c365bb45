import Foundation

/// A PDF date string (`D:YYYYMMDDHHmmSSOHH'mm'`, ISO 32000-1 § 7.9.4), the signing time `/M`
/// claims. Only the year is required; a missing offset is read as UTC, as the standard says.
public struct PDFDate: Sendable, Equatable {
    /// The moment, and the text as written (for the record).
    public var date: Date
    public var text: String

    init?(_ bytes: [UInt8]) {
        text = PDFText.decode(bytes)
        var s = Array(text.utf8)
        if s.starts(with: Array("D:".utf8)) { s.removeFirst(2) }
        func digits(_ at: Int, _ count: Int, default value: Int) -> Int? {
            guard at + count <= s.count else { return at >= s.count ? value : nil }
            let part = s[at..<(at + count)]
            guard part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var endOfTime = 4
        guard s.count >= 4, let year = digits(0, 4, default: 0) else { return nil }
        var fields = [1, 1, 0, 0, 0]
        for i in 0..<5 where endOfTime < s.count && s[endOfTime] >= 0x30 && s[endOfTime] <= 0x39 {
            guard let v = digits(endOfTime, 2, default: fields[i]) else { return nil }
            fields[i] = v
            endOfTime += 2
        }
        let (month, day, hour, minute, second) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
        var offset = 0
        if endOfTime < s.count {
            let sign = s[endOfTime]
            if sign == 0x2B || sign == 0x2D {
                guard let hh = digits(endOfTime + 1, 2, default: 0), hh < 24 else { return nil }
                var mm = 0
                if endOfTime + 3 < s.count, s[endOfTime + 3] == 0x27 { mm = digits(endOfTime + 4, 2, default: 0) ?? 0 }
                offset = (hh * 60 + mm) * 60 * (sign == 0x2D ? -1 : 1)
            } else if sign != 0x5A {
                return nil
            }
        }
        let seconds = PDFDate.daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        date = Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm): no
    /// calendar object, no locale.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A PDF text string as text: UTF-16BE with its byte-order mark, or PDFDocEncoding (read as
/// Latin-1, which agrees with it on every letter a name uses).
enum PDFText {
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
