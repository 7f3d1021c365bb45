import CoachingCore
import Testing
import TestSupport

@Suite("Configuration")
struct ConfigurationTests {
    private func load(_ text: String) -> (Configuration?, [String]) {
        let (configuration, diagnostics) = ConfigurationLoader(language: .en).load(text: text, file: "coaching.toml")
        return (configuration, diagnostics.map(\.formatted))
    }

    @Test(arguments: Language.allCases)
    func theAnnotatedTemplateIsExactlyTheDefaults(language: Language) {
        let (configuration, messages) = load(ConfigurationTemplate.text(language))
        #expect(messages == [])
        #expect(configuration == Configuration())
    }

    /// The Indonesian and the English template differ in their comments only: the same keys,
    /// values and tables on the same lines, so neither can gain or lose a setting alone.
    @Test func theIndonesianAndEnglishTemplatesHoldTheSameSettings() {
        func settings(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        }
        let indonesian = settings(ConfigurationTemplate.indonesian), english = settings(ConfigurationTemplate.english)
        #expect(indonesian == english)
        #expect(indonesian.contains("quality_minimum = 80") && indonesian.contains("[signatures]"))
        #expect(ConfigurationTemplate.text(.id) == ConfigurationTemplate.indonesian)
        #expect(ConfigurationTemplate.text(.en) == ConfigurationTemplate.english)
        #expect(ConfigurationTemplate.indonesian != ConfigurationTemplate.english)
    }

    /// The comments speak the office's language: the Indonesian template has no English comment
    /// left over from the English one.
    @Test func theIndonesianTemplateCommentsAreIndonesian() {
        let comments = ConfigurationTemplate.indonesian.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(comments.first == "# coaching.toml: pengaturan aplikasi coaching KLIP DJP (SOP LIP30-0005).")
        #expect(comments.dropFirst().first == "# Setiap pengaturan mempunyai nilai bawaan; hapus pengaturan yang tidak perlu diubah.")
        let englishComments = Set(ConfigurationTemplate.english.split(separator: "\n").filter { $0.hasPrefix("#") })
        // Only the commented examples (keys and values, which are the file format) are shared.
        for line in comments where englishComments.contains(line) {
            #expect(line.contains(" = ") || line.hasPrefix("# [["), "an English comment in the Indonesian template: \(line)")
        }
    }

    @Test func theExampleSettingsLoad() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/coaching.toml"), encoding: .utf8)
        let (configuration, messages) = load(text)
        #expect(messages == [])
        #expect(configuration?.people.qualityAssessors.count == 2)
        #expect(configuration?.people.kepalaSeksiPKL.nip?.description == "198012302010012005")
        #expect(configuration?.input.headerAliases["nip"] == ["nip_pegawai"])
    }

    @Test func wrongValuesNameTheKeyTheLineAndWhatIsAllowed() {
        let text = """
            [office]
            unit_code = "KLIP/1"
            name_case = "shouting"

            [rules]
            quality_minimum = 180
            minimum_evaluations = "lima"

            [[people.quality_assessors]]
            name = "Dewi"
            nip = "19900115201502200"

            [office_hours]
            start = "7 pagi"

            [input]
            delimiter = "|"
            """
        let (configuration, messages) = load(text)
        #expect(configuration == nil)
        #expect(messages == [
            "coaching.toml:2: error: 'office.unit_code' must not contain '/' or spaces, as it goes into document numbers like BA-1/KLIP/1/2026 (office.unit_code)",
            "coaching.toml:3: error: 'office.name_case' must be one of \"title\", \"upper\", \"as-written\", not \"shouting\" (office.name_case)",
            "coaching.toml:6: error: 'rules.quality_minimum' must be from 0 to 100, found 180 (rules.quality_minimum)",
            "coaching.toml:7: error: 'rules.minimum_evaluations' must be a whole number from 0 to 1000, found \"lima\" (rules.minimum_evaluations)",
            "coaching.toml:11: error: 'people.quality_assessors[0].nip' is not a valid NIP: a NIP has 18 digits; this one has 17 (people.quality_assessors[0].nip)",
            "coaching.toml:14: error: 'office_hours.start' must be a time like \"07.30\", not \"7 pagi\" (office_hours.start)",
            "coaching.toml:17: error: 'input.delimiter' must be \"auto\", \",\", \";\" or \"tab\", not \"|\" (input.delimiter)",
        ])
    }

    @Test func unknownKeysAreWarningsWithASuggestion() {
        let (configuration, messages) = load("[rules]\nquality_minimun = 85\n")
        #expect(configuration == Configuration())
        #expect(messages == [
            "coaching.toml:2: warning: 'rules.quality_minimun' is not a setting this tool knows and is ignored (did you mean 'quality_minimum'?) (rules.quality_minimun)",
        ])
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        let (configuration, messages) = load("[office]\ncity = Jakarta\n")
        #expect(configuration == nil)
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("coaching.toml:2:8: error: this is not valid TOML:"))
    }

    @Test func aliasesAreNormalisedAndMustTargetOurColumns() {
        let (configuration, _) = load("[input.header_aliases]\nnip = [\"NIP  Pegawai\"]\n")
        #expect(configuration?.input.headerAliases == ["nip": ["nip_pegawai"]])
        let (bad, messages) = load("[input.header_aliases]\nalamat = [\"Alamat\"]\n")
        #expect(bad == nil)
        #expect(messages.first?.hasPrefix("coaching.toml:2: error: 'input.header_aliases.alamat' 'alamat' is not one of our columns") == true)
    }

    @Test func calendarDaysAndKPIBandsAreRead() {
        let (configuration, messages) = load("""
            [calendar]
            cuti_bersama_is_working_day = true
            extra_holidays = [{ date = "2025-08-18", name = "Cuti bersama HUT RI" }]

            [rules.kpi_bands]
            aht_detik = { min = 100, max = 480 }
            """)
        #expect(messages == [])
        #expect(configuration?.calendar.extraHolidays == [.init(date: CivilDate(year: 2025, month: 8, day: 18)!, name: "Cuti bersama HUT RI")])
        #expect(configuration?.calendar.cutiBersamaIsWorkingDay == true)
        #expect(configuration?.rules.kpiBands == ["aht_detik": .init(min: 100, max: 480)])
    }
}

@Suite("Settings that crashed the TOML parser")
struct ConfigurationFuzzFindingTests {
    /// toml++ asserts (and the process aborts) on a table name starting with a character TOML
    /// does not allow; found by Scripts/harden. Such a file now gets a placed error instead.
    @Test(arguments: ["[é]\nx = 1\n", "  [[é]]\n", "[office]\ncity = \"Jakarta\"\n[\u{FFFD}quality]\n", "[ é]\n"])
    func aTableNameThatTOMLDoesNotAllowIsAnErrorNotACrash(text: String) {
        let (configuration, diagnostics) = ConfigurationLoader(language: .en).load(text: text, file: "coaching.toml")
        #expect(configuration == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("this is not valid TOML: a table name must start with a letter, a digit, _ or -, or be quoted") == true)
    }

    @Test func aTableHeaderWithoutANameIsAnErrorNotACrash() {
        let (configuration, diagnostics) = ConfigurationLoader(language: .en).load(text: "[office]\ncity = \"Jakarta\"\n[\npeople.penyaji]\n", file: "coaching.toml")
        #expect(configuration == nil)
        #expect(diagnostics.map(\.formatted) == ["coaching.toml:3:1: error: this is not valid TOML: the table name is missing after '['"])
    }

    @Test func quotedAndBareTableNamesStillRead() {
        let (configuration, diagnostics) = ConfigurationLoader(language: .en).load(text: "[office]\ncity = \"Bandung\"\n[\"input\".header_aliases]\n", file: "c.toml")
        #expect(configuration?.office.city == "Bandung")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    }
}

@Suite("Settings errors in Bahasa Indonesia")
struct ConfigurationIndonesianTests {
    private func load(_ text: String) -> (Configuration?, [String]) {
        let (configuration, diagnostics) = ConfigurationLoader(language: .id).load(text: text, file: "coaching.toml")
        return (configuration, diagnostics.map(\.formatted))
    }

    @Test func wrongValuesAreSaidInIndonesianWithKeyLineAndWhatIsAllowed() {
        let (configuration, messages) = load("""
            [office]
            unit_code = "KLIP/1"
            name_case = "shouting"

            [rules]
            quality_minimum = 180
            minimum_evaluations = "lima"

            [office_hours]
            start = "7 pagi"

            [input]
            delimiter = "|"
            """)
        #expect(configuration == nil)
        #expect(messages == [
            "coaching.toml:2: error: 'office.unit_code' tidak boleh memuat '/' atau spasi, karena menjadi bagian nomor dokumen seperti BA-1/KLIP/1/2026 (office.unit_code)",
            "coaching.toml:3: error: 'office.name_case' harus salah satu dari \"title\", \"upper\", \"as-written\", bukan \"shouting\" (office.name_case)",
            "coaching.toml:6: error: 'rules.quality_minimum' harus dari 0 sampai dengan 100, tertulis 180 (rules.quality_minimum)",
            "coaching.toml:7: error: 'rules.minimum_evaluations' harus berupa bilangan bulat dari 0 sampai dengan 1000, tertulis \"lima\" (rules.minimum_evaluations)",
            "coaching.toml:10: error: 'office_hours.start' harus berupa jam seperti \"07.30\", bukan \"7 pagi\" (office_hours.start)",
            "coaching.toml:13: error: 'input.delimiter' harus \"auto\", \",\", \";\" atau \"tab\", bukan \"|\" (input.delimiter)",
        ])
    }

    @Test func anUnknownKeyIsAWarningWithASuggestionInIndonesian() {
        let (configuration, messages) = load("[rules]\nquality_minimun = 85\n")
        #expect(configuration == Configuration())
        #expect(messages == [
            "coaching.toml:2: warning: 'rules.quality_minimun' bukan pengaturan yang dikenal aplikasi ini dan diabaikan (maksudnya 'quality_minimum'?) (rules.quality_minimun)",
        ])
    }

    @Test func aBadTableNameIsSaidInIndonesian() {
        let (_, messages) = load("[é]\nx = 1\n")
        #expect(messages == ["coaching.toml:1:1: error: ini bukan TOML yang sah: nama tabel harus diawali huruf, angka, _ atau -, atau diberi tanda petik (tertulis 'é')"])
    }
}
