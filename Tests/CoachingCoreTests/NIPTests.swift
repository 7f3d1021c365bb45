import CoachingCore
import PropertyBased
import Testing
import TestSupport

@Suite("NIP")
struct NIPTests {
    @Test func acceptsTheDomainExamples() {
        #expect(NIP.validate(Array("198609262015051001".utf8)) == .valid(NIP.make(
            birth: CivilDate(year: 1986, month: 9, day: 26)!, serviceYear: 2015, serviceMonth: 5, sex: 1, sequence: 1), warning: nil))
        guard case .valid(let nip, nil) = NIP.validate(Array("198012302010012005".utf8)) else {
            Issue.record("expected valid")
            return
        }
        #expect(nip.description == "198012302010012005")
    }

    @Test(arguments: [
        ("19860926201505100", "a NIP has 18 digits; this one has 17"),
        ("1986092620150510011", "a NIP has 18 digits; this one has 19"),
        ("19860926 201505100", "a NIP is written without spaces"),
        ("19860926201505100x", "a NIP has digits only"),
        ("198613262015051001", "the first 8 digits of a NIP are the birth date (YYYYMMDD), and 19861326 is not a date"),
        ("198602302015051001", "the first 8 digits of a NIP are the birth date (YYYYMMDD), and 19860230 is not a date"),
        ("198609262015131001", "digits 9–14 of a NIP are the start of service (YYYYMM), and month 13 does not exist"),
        ("198609261980051001", "the start of service (1980) in this NIP is before the birth date (1986)"),
        ("198609262015053001", "digit 15 of a NIP is the sex code, 1 or 2, not 3"),
        ("198609262015051000", "the last 3 digits of a NIP are a sequence number from 001; 000 is not used"),
        ("", "the NIP is empty"),
    ])
    func rejectsMalformedNumbersWithAReason(nip: String, reason: String) {
        guard case .invalid(let why) = NIP.validate(Array(nip.utf8)) else { Issue.record("\(nip) accepted"); return }
        #expect(why.text(.en) == reason)
    }

    @Test func warnsAboutImplausibleServiceAges() {
        guard case .valid(_, let warning?) = NIP.validate(Array("198609262000051001".utf8)) else {
            Issue.record("expected a warning")
            return
        }
        #expect(warning.text(.en) == "this NIP says service started at age 14, which is unusual; please check it")
        #expect(warning.text(.id) == "menurut NIP ini, pegawai mulai bekerja pada usia 14 tahun, yang tidak lazim; mohon diperiksa")
    }

    /// Issue #15: a NIP dated in the future passed. Today is 15 November 2026: the day itself
    /// and the month itself are accepted, the next day and the next month are not.
    @Test(arguments: [
        ("198609262026111001", false, nil),
        ("198609262026121001", false, "digits 9–14 of a NIP are the start of service (YYYYMM), and 202612 is after this month (2026-11)"),
        ("202611152026111001", false, nil),
        ("202611162026111001", false, "the first 8 digits of a NIP are the birth date (YYYYMMDD), and 20261116 is after today (2026-11-15)"),
        ("198609262026211001", true, nil),
        ("198609262027011001", true, "digits 9–12 of a NIP are the year service started, and 2027 is after this year (2026)"),
    ] as [(String, Bool, String?)])
    func refusesBirthAndServiceDatesAfterToday(nip: String, isPPPK: Bool, reason: String?) {
        let today = CivilDate(year: 2026, month: 11, day: 15)!
        switch NIP.validate(Array(nip.utf8), isPPPK: isPPPK, today: today) {
        case .valid: #expect(reason == nil, "\(nip) accepted")
        case .invalid(let why): #expect(why.text(.en) == reason)
        }
        // Without a day (a number looked up, or read back from the tool's own records) only the structure counts.
        if case .invalid(let why) = NIP.validate(Array(nip.utf8), isPPPK: isPPPK) { Issue.record("\(nip): \(why)") }
    }

    @Test func acceptsPPPKCodesInTheMonthDigitsOnlyForPPPK() {
        let nip = Array("198609262015211001".utf8)
        #expect(NIP.validate(nip) == .invalid(Message(.nipServiceMonth, ["month": "21"])))
        #expect(Message(.nipServiceMonth, ["month": "21"]).text(.id) == "angka ke-9 s.d. ke-14 NIP adalah TMT CPNS (YYYYMM), dan bulan 21 tidak ada")
        if case .invalid = NIP.validate(nip, isPPPK: true) { Issue.record("PPPK number refused") }
    }

    @Test func everyWellFormedNumberIsAcceptedAndPrintsBackTheSame() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1950...2003), Gen.int(in: 1...12), Gen.int(in: 1...31),
                            Gen.int(in: 18...40), Gen.int(in: 1...12), Gen.int(in: 1...2), Gen.int(in: 1...999)) { year, month, day, age, serviceMonth, sex, sequence in
            let birth = CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))!
            let nip = NIP.make(birth: birth, serviceYear: year + age, serviceMonth: serviceMonth, sex: sex, sequence: sequence)
            #expect(nip.description.count == 18)
            guard case .valid(let parsed, _) = NIP.validate(Array(nip.description.utf8)) else {
                Issue.record("\(nip) refused")
                return
            }
            #expect(parsed == nip)
        }
    }
}

@Suite("Periods and dates")
struct PeriodeTests {
    @Test(arguments: [("2026-10", "2026-10"), ("01/10/2026", "2026-10"), ("10/2026", "2026-10"), ("2026-10-01", "2026-10"), ("2026-1", nil), ("2026-13", nil), ("Okt 2026", nil)] as [(String, String?)])
    func readsPeriodsAsExcelWritesThem(text: String, expected: String?) {
        #expect(Periode(parsing: text)?.description == expected)
    }

    @Test func readsDatesInISOAndIndonesianForm() {
        #expect(CivilDate(parsing: "25/11/2026") == CivilDate(year: 2026, month: 11, day: 25))
        #expect(CivilDate(parsing: "2026-11-25") == CivilDate(year: 2026, month: 11, day: 25))
        #expect(CivilDate(parsing: "29/02/2025") == nil)
        #expect(CivilDate(parsing: "29/02/2024") != nil)
    }
}
