/// Numbers in Indonesian words (terbilang), lower case, as official prose writes them:
/// "14 (empat belas) hari kerja", "dua ribu dua puluh enam".
///
/// "se-" only for 10, 11, 100 and 1000; a million is "satu juta", a billion "satu miliar".
public enum Terbilang {
    private static let units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    /// The words for `number` (0 … 999,999,999,999,999).
    public static func words(_ number: Int) -> String {
        precondition(number >= 0 && number < 1_000_000_000_000_000, "terbilang covers 0 to 999 trillion")
        if number == 0 { return "nol" }
        var parts: [String] = []
        var rest = number
        for (scale, name) in [(1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"), (1000, "ribu")] {
            let count = rest / scale
            rest %= scale
            guard count > 0 else { continue }
            parts.append(scale == 1000 && count == 1 ? "seribu" : belowThousand(count) + " " + name)
        }
        if rest > 0 { parts.append(belowThousand(rest)) }
        return parts.joined(separator: " ")
    }

    /// `14 (empat belas)`.
    public static func figureAndWords(_ number: Int) -> String { "\(number) (\(words(number)))" }

    private static func belowThousand(_ n: Int) -> String {
        var parts: [String] = []
        let hundreds = n / 100, rest = n % 100
        if hundreds == 1 { parts.append("seratus") } else if hundreds > 1 { parts.append(units[hundreds] + " ratus") }
        switch rest {
        case 0: break
        case 10: parts.append("sepuluh")
        case 11: parts.append("sebelas")
        case 12...19: parts.append(units[rest - 10] + " belas")
        case 1...9: parts.append(units[rest])
        default:
            parts.append(units[rest / 10] + " puluh")
            if rest % 10 > 0 { parts.append(units[rest % 10]) }
        }
        return parts.joined(separator: " ")
    }
}
