/// Nomor Induk Pegawai: the 18-digit civil-servant number, laid out 8-6-1-3 as birth date
/// `YYYYMMDD`, start of service `YYYYMM`, sex (`1` male, `2` female), sequence `001`–`999`.
///
/// Stored as an integer: it fits in 60 bits, compares fast and costs no allocation per row.
public struct NIP: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let value: UInt64

    /// The 18 digits.
    public var description: String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 18 - digits.count)) + digits
    }

    public static func < (a: NIP, b: NIP) -> Bool { a.value < b.value }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard case .valid(let nip, _) = NIP.validate(Array(text.utf8)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid NIP \(text)"))
        }
        self = nip
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Wraps a value already known to be a valid NIP.
    init(value: UInt64) { self.value = value }

    /// The outcome of checking a NIP's structure.
    public enum Validation: Sendable, Equatable {
        /// Well formed; `warning` when the structure is legal but unusual.
        case valid(NIP, warning: Message?)
        /// Not a NIP; the message says why in plain words.
        case invalid(Message)
    }

    /// Checks the structure per domain rules. Contract staff (PPPK) numbers carry a code, not a
    /// month, in digits 13–14, so `isPPPK` relaxes that part.
    ///
    /// With `today` (the day of the run, WIB), a birth date after it or a start of service after
    /// its month is refused: nobody is hired before they are born or before the month has come.
    /// Both are accepted on the day and in the month itself. Without it (a number looked up, or
    /// read back from the tool's own records) the dates are not bounded.
    public static func validate<Bytes: Collection<UInt8>>(_ bytes: Bytes, isPPPK: Bool = false, today: CivilDate? = nil) -> Validation {
        guard !bytes.isEmpty else { return .invalid(Message(.nipEmpty)) }
        // One pass, no allocation: this runs twice per report row.
        var value: UInt64 = 0
        var count = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else {
                if byte == 0x20 { return .invalid(Message(.nipSpaces)) }
                return .invalid(Message(.nipDigitsOnly))
            }
            count += 1
            if count <= 18 { value = value * 10 + UInt64(byte - 0x30) }
        }
        guard count == 18 else { return .invalid(Message(.nipLength, ["count": "\(count)"])) }
        let sequence = Int(value % 1000)
        let sex = Int(value / 1000 % 10)
        let service = Int(value / 10_000 % 1_000_000)
        let birthDigits = Int(value / 10_000_000_000)
        let (by, bm, bd) = (birthDigits / 10_000, birthDigits / 100 % 100, birthDigits % 100)
        let (sy, sm) = (service / 100, service % 100)
        guard let birth = CivilDate(year: by, month: bm, day: bd), by >= 1900 else {
            return .invalid(Message(.nipBirthInvalid, ["digits": "\(birthDigits)"]))
        }
        if let today, birth > today {
            return .invalid(Message(.nipBirthFuture, ["digits": "\(birthDigits)", "today": today.description]))
        }
        guard isPPPK || (1...12).contains(sm) else {
            return .invalid(Message(.nipServiceMonth, ["month": "\(sm < 10 ? "0" : "")\(sm)"]))
        }
        // A PPPK number's digits 13–14 are a code, so only its year can be compared.
        if let today, (isPPPK ? sy > today.year : (sy, sm) > (today.year, today.month)) {
            return .invalid(isPPPK ? Message(.nipServiceYearFuturePPPK, ["year": "\(sy)", "thisYear": "\(today.year)"])
                                   : Message(.nipServiceFuture, ["service": "\(service)", "month": "\(today.year)-\(today.month < 10 ? "0" : "")\(today.month)"]))
        }
        guard sy > birth.year || (sy == birth.year && (isPPPK || sm >= birth.month)) else {
            return .invalid(Message(.nipServiceBeforeBirth, ["year": "\(sy)", "birthYear": "\(birth.year)"]))
        }
        guard sex == 1 || sex == 2 else {
            return .invalid(Message(.nipSex, ["sex": "\(sex)"]))
        }
        guard sequence != 0 else {
            return .invalid(Message(.nipSequence))
        }
        let age = sy - birth.year
        let warning = (18...46).contains(age) ? nil
            : Message(.nipAgeUnusual, ["age": "\(age)"])
        return .valid(NIP(value: value), warning: warning)
    }

    /// Makes a NIP from its parts (used by the sample generator and tests).
    public static func make(birth: CivilDate, serviceYear: Int, serviceMonth: Int, sex: Int, sequence: Int) -> NIP {
        var v = UInt64(birth.year) * 10_000 + UInt64(birth.month) * 100 + UInt64(birth.day)
        v = v * 1_000_000 + UInt64(serviceYear) * 100 + UInt64(serviceMonth)
        v = v * 10 + UInt64(sex)
        v = v * 1_000 + UInt64(sequence)
        return NIP(value: v)
    }
}
