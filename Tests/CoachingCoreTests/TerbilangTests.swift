import CoachingCore
import Foundation
import PropertyBased
import Testing
import TestSupport

@Suite("Terbilang")
struct TerbilangTests {
    @Test(arguments: [
        (0, "nol"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"), (21, "dua puluh satu"), (100, "seratus"),
        (101, "seratus satu"), (111, "seratus sebelas"), (199, "seratus sembilan puluh sembilan"), (1000, "seribu"),
        (1001, "seribu satu"), (1100, "seribu seratus"), (2000, "dua ribu"), (2026, "dua ribu dua puluh enam"),
        (11000, "sebelas ribu"), (12345, "dua belas ribu tiga ratus empat puluh lima"), (101000, "seratus satu ribu"),
        (1_000_000, "satu juta"), (1_001_000, "satu juta seribu"), (1_000_000_000, "satu miliar"),
        (1_000_000_000_000, "satu triliun"), (14, "empat belas"), (25, "dua puluh lima"),
    ])
    func theDomainVectorsHold(number: Int, words: String) {
        #expect(Terbilang.words(number) == words)
    }

    @Test func figureAndWordsAsOfficialProseWritesThem() {
        #expect(Terbilang.figureAndWords(14) == "14 (empat belas)")
    }

    @Test func neverDoubleOrTrailingSpaces() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...999_999_999)) { n in
            let words = Terbilang.words(n)
            #expect(!words.contains("  ") && words.first != " " && words.last != " ", "\(n)")
            #expect(!words.contains("satu ratus") && !words.contains("satu puluh") && !words.contains("satu belas"), "\(n)")
        }
    }

    /// ICU's Indonesian spell-out, where this platform has it, agrees with ours up to the
    /// spellings the domain notes fix ("satu juta", not "sejuta"; "miliar", not "milyar").
    static let icuSpellsIndonesian: Bool = {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "id_ID")
        formatter.numberStyle = .spellOut
        return formatter.string(from: 21) == "dua puluh satu"
    }()

    @Test(.enabled(if: icuSpellsIndonesian, "this platform's ICU has no Indonesian spell-out"))
    func agreesWithICUSpellOut() async {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "id_ID")
        formatter.numberStyle = .spellOut
        await propertyCheck(count: 3000, input: Gen.int(in: 0...999_999_999)) { n in
            let icu = formatter.string(from: NSNumber(value: n))!
                .replacingOccurrences(of: "sejuta", with: "satu juta")
                .replacingOccurrences(of: "milyar", with: "miliar")
                .replacingOccurrences(of: "semiliar", with: "satu miliar")
            #expect(Terbilang.words(n) == icu, "\(n)")
        }
    }
}
