import CoachingCore
import Foundation
import Testing
import TestSupport

/// The two catalogues say the same things: every key has a text in both (the `switch` makes a
/// missing one a compile error; an empty one is caught here) with the same placeholders, and
/// the choice of language follows `--lang`, then `COACHING_LANG`, never the system locale.
@Suite("The message catalogues, id and en")
struct LanguageCatalogueTests {
    @Test(arguments: MessageKey.allCases)
    func everyKeyHasATextInBothLanguagesWithTheSamePlaceholders(key: MessageKey) {
        let id = Catalogue.template(key, in: .id), en = Catalogue.template(key, in: .en)
        // `.empty` is the one text meant to be empty: an optional fragment that is absent.
        #expect(key == .empty || (!id.isEmpty && !en.isEmpty), "\(key) has an empty text")
        #expect(Catalogue.placeholders(in: id) == Catalogue.placeholders(in: en), "\(key): \(id) | \(en)")
    }

    /// Help is wrapped at 80 columns, and a wrapped example breaks when copied: every example
    /// line fits, and a long command goes on over lines ending in ` \\`.
    @Test(arguments: MessageKey.allCases.filter { "\($0)".hasPrefix("help") })
    func helpExamplesFitOnTheirLines(key: MessageKey) {
        for language in [Language.id, .en] {
            for line in Catalogue.template(key, in: language).split(separator: "\n") where line.hasPrefix("  coaching ") || line.hasPrefix("    --") {
                #expect(line.count <= 78, "\(key) (\(language)): \(line)")
            }
        }
    }

    @Test func placeholdersAreFilledByNameAndAMissingOneShows() {
        #expect(Catalogue.fill("{file}:{line}: {file}", ["file": "a.csv", "line": "3"]) == "a.csv:3: a.csv")
        #expect(Catalogue.fill("no {value} here", [:]) == "no {value} here")
        #expect(Catalogue.placeholders(in: "{a} and {b}, {a}") == ["a", "b"])
    }

    @Test func countsAreGroupedAndNounsAgreeInEnglish() {
        #expect(Language.id.count(1206, .nounPerson) == "1.206 orang")
        #expect(Language.en.count(1206, .nounPerson) == "1,206 people")
        #expect(Language.en.count(1, .nounError) == "1 error")
        #expect(Language.id.count(2, .nounError) == "2 kesalahan")
    }

    @Test func theLanguageComesFromTheCommandLineThenTheEnvironmentAndNeverTheLocale() throws {
        #expect(try LanguageChoice.resolve(arguments: ["status"], environment: [:]) == .id)
        #expect(try LanguageChoice.resolve(arguments: ["status"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .id)
        #expect(try LanguageChoice.resolve(arguments: ["status"], environment: ["COACHING_LANG": "en"]) == .en)
        #expect(try LanguageChoice.resolve(arguments: ["status", "--lang", "id"], environment: ["COACHING_LANG": "en"]) == .id)
        #expect(try LanguageChoice.resolve(arguments: ["--lang=en", "status"], environment: [:]) == .en)
        // After `--`, `--lang` is a value, not the option.
        #expect(try LanguageChoice.resolve(arguments: ["check", "--", "--lang", "en"], environment: [:]) == .id)
    }

    @Test func anUnknownLanguageSaysWhichValuesAreAcceptedOnceInIndonesian() {
        #expect(throws: LanguageChoice.Problem(source: "COACHING_LANG", value: "fr")) {
            try LanguageChoice.resolve(arguments: [], environment: ["COACHING_LANG": "fr"])
        }
        #expect(LanguageChoice.Problem(source: "--lang", value: "english").message == """
            --lang bernilai 'english', bukan bahasa yang dikenal; nilai yang diterima: id, en
            """)
    }

    @Test func datesInMessagesFollowTheLanguage() {
        let day = CivilDate(year: 2026, month: 12, day: 1)!
        #expect(day.text(.id) == "1 Desember 2026")
        #expect(day.text(.en) == "1 December 2026")
        #expect(day.longText(.id) == "Selasa, 1 Desember 2026")
        #expect(day.longText(.en) == "Tuesday, 1 December 2026")
    }
}
