@testable import CoachingCore
import Testing
import TestSupport

/// The small values behind steps 4 and 5: iCalendar text, calendar addresses, medians, the
/// suggested focus points.
@Suite("iCalendar text, addresses, medians and focus points")
struct DistributionValuesTests {
    @Test func textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarText.text("a\\b;c,d\ne\r\nf\tg\u{7}h") == "a\\\\b\\;c\\,d\\ne\\nf gh")
        #expect(ICalendarText.parameter("Dewi Lestari") == "Dewi Lestari")
        #expect(ICalendarText.parameter("Lestari, S.Kom.: \"QA\"") == "\"Lestari, S.Kom.: QA\"")
    }

    @Test func linesFoldAtExactly75OctetsWithoutCuttingACharacter() {
        var out = ICalendarText()
        // 75 octets fit on one line; the 76th goes to the next, after a space.
        out.line("X", String(repeating: "a", count: 73))
        out.line("X", String(repeating: "a", count: 74))
        #expect(String(decoding: out.bytes, as: UTF8.self) == "X:" + String(repeating: "a", count: 73) + "\r\n"
                + "X:" + String(repeating: "a", count: 73) + "\r\n a\r\n")
        // A two-octet é straddling octet 75 moves whole to the next line.
        var wide = ICalendarText()
        wide.line("X", String(repeating: "a", count: 72) + "é" + "b")
        #expect(String(decoding: wide.bytes, as: UTF8.self) == "X:" + String(repeating: "a", count: 72) + "\r\n éb\r\n")
    }

    /// Property: any text folds into lines of at most 75 octets, each valid UTF-8, and
    /// unfolding (dropping CRLF and one space) gives the line back.
    @Test func foldingKeepsEveryTextWhole() {
        var generator = SeededRandom(seed: 18)
        let alphabet = Array("abcdé,;\\ ñ日本😀xyz")
        for _ in 0..<300 {
            let n = Int(generator.next() % 400)
            let text = String((0..<n).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            var out = ICalendarText()
            out.line("DESCRIPTION", ICalendarText.text(text))
            let lines = out.bytes.split(separator: 0x0A).map { Array($0.dropLast()) }
            #expect(lines.allSatisfy { $0.count <= 75 && String(validating: $0, as: UTF8.self) != nil })
            let unfolded = lines.enumerated().map { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }.joined()
            #expect(String(decoding: Array(unfolded), as: UTF8.self) == "DESCRIPTION:" + ICalendarText.text(text))
        }
    }

    @Test func anAddressIsMailtoWhenKnownElseThePersonsUUIDElseNone() {
        let nip = TestSupport.nip("198012302010012005")
        let uuid = "5de52888-601d-5c50-a0df-f30f2bceb5d3"
        #expect(CalendarParticipant(name: "R", nip: nip, email: " ratna@pajak.go.id ", uuid: uuid).address == "mailto:ratna@pajak.go.id")
        #expect(CalendarParticipant(name: "R", nip: nip, uuid: uuid).address == "urn:uuid:\(uuid)")
        // Not an address: the UUID stands in, rather than an invalid mailto.
        #expect(CalendarParticipant(name: "R", nip: nip, email: "ratna at pajak", uuid: uuid).address == "urn:uuid:\(uuid)")
        // Neither: no address at all, rather than one shared by everyone without a NIP.
        #expect(CalendarParticipant(name: "R", nip: nil).address == nil)
        #expect(CalendarParticipant.cleanEmail("a@b") == nil && CalendarParticipant.cleanEmail("a b@c.id") == nil)
    }

    /// A session whose Quality Assessor has no NIP: they are not an ATTENDEE, and the
    /// distribution says so instead of skipping them silently.
    @Test func someoneWithNeitherNIPNorEmailIsLeftOffTheInvitationAndNamed() {
        var configuration = Configuration()
        configuration.people.kepalaSeksiPKL = .init(name: "Ratna", nip: TestSupport.nip("198012302010012005"), position: "Kepala Seksi")
        let entry = JadwalRecord.Entry(
            number: 1, date: CivilDate(year: 2026, month: 11, day: 27)!, start: 450, end: 495, place: "R", nip: TestSupport.nip("198607282015091716"),
            nama: "Gilang", jabatan: "Agen", tim: "Tim 1", coach: configuration.people.kepalaSeksiPKL, assessor: .init(name: "Tanpa Nip", position: "QA"),
            agenda: "", focus: [])
        let jadwal = JadwalRecord(number: "JDW-1/KLIP/2026", assignedOn: CivilDate(year: 2026, month: 11, day: 25)!,
                                  deadline: CivilDate(year: 2026, month: 12, day: 15)!, approvedOn: CivilDate(year: 2026, month: 11, day: 26)!, entries: [entry])
        let d = Distribution(jadwal: jadwal, batch: "2026-001", configuration: configuration, roster: TeamLeaderRoster(), emails: [:],
                             stamp: "20261126T020000Z", uuid: { "uuid-\($0)" })
        let text = String(decoding: d.invitations[0].bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.components(separatedBy: "\r\nATTENDEE").count - 1 == 2)
        #expect(!text.contains("CN=Tanpa Nip") && !text.contains("00000000-0000"))
        #expect(text.contains("urn:uuid:uuid-198607282015091716"))
        #expect(d.omissions == ["Quality Assessor Tanpa Nip has no NIP in the settings: no calendar was written for them, and they are left off the invitations (no NIP, no e-mail address)"])
        #expect(d.calendars.map(\.role) == [.coach])
    }

    @Test func theUIDIsTheBatchTheSessionAndTheOfficesDomain() {
        #expect(SessionEvent.uid(batch: "2026-001", session: 7, unitCode: "KLIP") == "2026-001-sesi-7@coaching.klip.pajak.go.id")
        #expect(SessionEvent.uid(batch: "2026-001", session: 7, unitCode: "KN.5.4") == "2026-001-sesi-7@coaching.kn54.pajak.go.id")
    }

    @Test func mediansOfOddAndEvenCounts() {
        #expect(PerformanceWindow.median([]) == nil)
        #expect(PerformanceWindow.median([3, 1, 2]) == 2)
        #expect(PerformanceWindow.median([4, 1, 3, 2]) == 2.5)
    }

    @Test func durationsInHoursAndMinutes() {
        #expect(TeamLeaderNoticeDocument.duration(45) == "45 menit")
        #expect(TeamLeaderNoticeDocument.duration(60) == "1 jam")
        #expect(TeamLeaderNoticeDocument.duration(135) == "2 jam 15 menit")
        #expect(TeamLeaderNoticeDocument.duration(0) == "0 menit")
    }

    /// The sheet words the analysis' own verdict (``CommitmentJudge``, tested with the
    /// effectiveness figures): the commitment's aspect, the period that judged it, the minimum.
    @Test func anEarlierCommitmentIsWordedFromTheAnalysisVerdict() {
        let held = CivilDate(year: 2026, month: 9, day: 14)!
        var f = CommitmentFollowUp(beritaAcara: "BA-1/KLIP/2026", batch: "2026-001", coach: "Ratna", nip: TestSupport.nip("198607282015091716"),
                                   nama: "Gilang", text: "Menerapkan SOP", target: CivilDate(year: 2026, month: 10, day: 15)!, aspect: "kepatuhan_sop",
                                   threshold: 80, baseline: 70, judgedBy: nil, outcome: .belumJatuhTempo)
        #expect(EarlierSession.outcome(f, session: held) == "belum jatuh tempo")
        f.outcome = .menungguLaporan
        #expect(EarlierSession.outcome(f, session: held) == "target lewat; belum ada data Kepatuhan SOP periode 2026-10")
        f.judgedBy = SourceRow(periode: Periode(year: 2026, month: 10)!, value: 80, jumlahPenilaian: 8, source: SourceLocation(file: "l.csv", line: 2))
        f.outcome = .tercapai
        #expect(EarlierSession.outcome(f, session: held) == "target lewat; Kepatuhan SOP periode 2026-10 80 (batas 80): tercapai")
        f.aspect = ReportHistory.qualityCode
        f.judgedBy?.value = 79.9
        f.outcome = .belumTercapai
        #expect(EarlierSession.outcome(f, session: held) == "target lewat; nilai kualitas periode 2026-10 79,9 (batas 80): belum tercapai")
    }

    /// High-priority recommendations first, then the aspects furthest below their minimum (one
    /// exactly on its minimum is not below), at most three.
    @Test func focusPointsFollowPriorityThenTheLowestAspects() {
        var configuration = Configuration()
        configuration.rules.aspectMinimum = ["etika_bertelepon": 75, "efisiensi": 70, "kepatuhan_sop": 80, "akurasi_informasi": 80]
        let periods = [Periode(year: 2026, month: 10)!]
        func series(_ code: String, _ v: Double) -> PerformanceWindow.Series { .init(code: code, values: [v], teamMedians: [nil]) }
        let candidate = Candidate(rank: 1, nip: TestSupport.nip("198012302010012005"), nama: "Dewi", jabatan: .agenInformasi, tim: "Tim 1",
                                  periode: periods[0], nilaiKualitas: 70, reasons: [], focus: [])
        let session = Session(number: 1, candidate: candidate, date: CivilDate(year: 2026, month: 11, day: 27)!, start: 480, end: 525,
                              coach: .init(name: "C", position: "K"), assessor: .init(name: "Q", position: "QA"), place: "R")
        let rec = Recommendation(id: "R-1", idIsDerived: false, periode: periods[0], nip: candidate.nip, aspek: "kepatuhan_sop",
                                 temuan: "t", rekomendasi: "Ikuti daftar periksa.", prioritas: .tinggi, line: 2)
        let document = PreparationSheetDocument(
            session: session, jadwalNumber: "JDW-1/KLIP/2026", window: periods,
            series: [series("nilai_kualitas", 70), series("etika_bertelepon", 75), series("efisiensi", 60), series("kepatuhan_sop", 85),
                     series("akurasi_informasi", 79)],
            recommendations: [rec], earlier: [], configuration: configuration)
        #expect(document.focusPoints() == [
            "Kepatuhan SOP: 85 (batas 80); Ikuti daftar periksa. (R-1, prioritas tinggi)",
            "Efisiensi: 60 (batas 70)",
            "Akurasi Informasi: 79 (batas 80)",
        ])
    }

    /// One high-priority recommendation and nothing below its minimum: the second point is the
    /// measure nearest its threshold, here exactly on it (a pass), before one 3% inside.
    @Test func focusPointsFillToTwoWithTheMeasureNearestItsThreshold() {
        var configuration = Configuration()
        configuration.rules.aspectMinimum = ["etika_bertelepon": 75, "efisiensi": 70, "kepatuhan_sop": 80]
        configuration.rules.kpiBands = ["aht_detik": .init(max: 480)]
        let periods = [Periode(year: 2026, month: 10)!]
        func series(_ code: String, _ v: Double) -> PerformanceWindow.Series { .init(code: code, values: [v], teamMedians: [nil]) }
        let candidate = Candidate(rank: 1, nip: TestSupport.nip("198012302010012005"), nama: "Dewi", jabatan: .agenInformasi, tim: "Tim 1",
                                  periode: periods[0], nilaiKualitas: 70, reasons: [], focus: [])
        let session = Session(number: 1, candidate: candidate, date: CivilDate(year: 2026, month: 11, day: 27)!, start: 480, end: 525,
                              coach: .init(name: "C", position: "K"), assessor: .init(name: "Q", position: "QA"), place: "R")
        let rec = Recommendation(id: "R-1", idIsDerived: false, periode: periods[0], nip: candidate.nip, aspek: "kepatuhan_sop",
                                 temuan: "t", rekomendasi: "Ikuti daftar periksa.", prioritas: .tinggi, line: 2)
        func points(_ etika: Double) -> [String] {
            PreparationSheetDocument(
                session: session, jadwalNumber: "JDW-1/KLIP/2026", window: periods,
                series: [series("nilai_kualitas", 70), series("etika_bertelepon", etika), series("efisiensi", 77), series("kepatuhan_sop", 85),
                         series("aht_detik", 465.6)],
                recommendations: [rec], earlier: [], configuration: configuration).focusPoints()
        }
        #expect(points(75) == ["Kepatuhan SOP: 85 (batas 80); Ikuti daftar periksa. (R-1, prioritas tinggi)", "Etika Bertelepon: 75 (batas 75)"])
        // Etika 10% inside: the handling time, 3% under its maximum, is nearer.
        #expect(points(82.5).count == 2 && points(82.5)[1].hasSuffix(": 465,6 (batas ≤ 480)"))
    }
}
