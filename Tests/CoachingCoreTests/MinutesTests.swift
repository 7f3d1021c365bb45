@testable import CoachingCore
import CompiledMustache
import Foundation
import PropertyBased
import Testing
import TestSupport

@Suite("Berita Acara Coaching")
struct MinutesTests {
    /// The example Jadwal, read back from its XML as the minutes read it from a batch.
    static func jadwal() throws -> (JadwalRecord, Configuration) {
        let example = try JadwalDocumentTests.example().document
        let xml = try TemplateFolder().load("jadwal-coaching.xml", schema: JadwalDocument.schema).render(example.value)
        var log = DiagnosticLog()
        let record = try #require(JadwalReader.read(InputFile(name: "jadwal-coaching.xml", source: MemoryByteSource(xml)), language: .en, log: &log))
        #expect(log.diagnostics.isEmpty)
        return (record, example.configuration)
    }

    static let header = "sesi;tanggal;mulai;selesai;nip;nama;jabatan;tim;pelatih;pendamping;tempat;agenda;hadir;pembahasan;komitmen;target_tanggal;tindak_lanjut;catatan"

    /// Session 1 held (two commitments on two lines), 3 absent, the rest pending; as Excel writes it.
    static let notes = [
        header,
        "1;27/11/2026;07.30;08.15;198012302010012005;Dewi Lestari;Agen Informasi;Tim 1;Ratna;Dewi;Ruang;x;ya;Intonasi dibahas dengan contoh rekaman.;\"Latihan intonasi harian\nMemakai skrip salam\";\"11/12/2026\n18/12/2026\";QA menilai 5 rekaman;",
        "3;27/11/2026;09.15;10.00;199001152015022001;Ani Wulan;Agen Informasi;Tim 1;Ratna;Dewi;Ruang;x;tidak;;;;;Sakit",
        "4;;;;199103222014021003;;;;;;;;;;;;;",
    ].joined(separator: "\r\n") + "\r\n"

    static func plan(_ text: String) throws -> MinutesPlan {
        let (record, _) = try jadwal()
        let (rows, log) = NotesReader(jadwal: record, language: .en).read(InputFile(name: "catatan.csv", source: MemoryByteSource(text)))
        return MinutesPlan(jadwal: record, notes: rows, log: log, language: .en)
    }

    @Test func theJadwalReadsBackAsItWasScheduled() throws {
        let example = try JadwalDocumentTests.example()
        let (record, _) = try Self.jadwal()
        #expect(record == JadwalRecord(schedule: example.schedule, number: "JDW-1/KLIP/2026"))
    }

    @Test func heldAbsentAndPendingSessionsAreToldApart() throws {
        let plan = try Self.plan(Self.notes)
        #expect(plan.log.diagnostics.isEmpty)
        #expect(plan.ready.map(\.entry.number) == [1, 3])
        #expect(plan.ready[0].notes.commitments == [
            .init(text: "Latihan intonasi harian", target: CivilDate(year: 2026, month: 12, day: 11)!),
            .init(text: "Memakai skrip salam", target: CivilDate(year: 2026, month: 12, day: 18)!),
        ])
        #expect(plan.ready[1].notes.attendance == .absent)
        #expect(plan.pending.map(\.entry.number) == [2, 4, 5])
        #expect(plan.pending.map(\.why) == ["no row in the notes", "not filled in yet (hadir is empty)", "no row in the notes"])
    }

    /// The example had six commitments due on Christmas Day without a word.
    @Test func commitmentsDueOnADayOffAreWarnedWithTheNextWorkingDay() throws {
        let (record, _) = try Self.jadwal()
        let text = [
            Self.header,
            "1;27/11/2026;07.30;08.15;198012302010012005;;;;;;;;ya;Dibahas.;\"Satu\nDua\nTiga\nEmpat\";\"25/12/2026\n24/12/2026\n26/12/2026\n28/12/2026\";;",
        ].joined(separator: "\r\n") + "\r\n"
        let (rows, log) = NotesReader(language: .en).read(InputFile(name: "catatan.csv", source: MemoryByteSource(text)))
        let plan = MinutesPlan(jadwal: record, notes: rows, log: log, calendar: WorkingDayCalendar(), language: .en)
        #expect(plan.ready.map(\.entry.number) == [1], "a warning does not hold the session back")
        #expect(plan.log.diagnostics.map(\.message) == [
            "the commitment 'Satu' is due 25 December 2026, a holiday (Hari Raya Natal); the next working day is 28 December 2026",
            "the commitment 'Dua' is due 24 December 2026, a cuti bersama day (Cuti bersama Hari Raya Natal); the next working day is 28 December 2026",
            "the commitment 'Tiga' is due 26 December 2026, a weekend day (Sabtu); the next working day is 28 December 2026",
        ])
        #expect(plan.log.diagnostics.allSatisfy { $0.severity == .warning && $0.field == "target_tanggal" })
        let rekap = RekapDocument(jadwal: record, plan: plan, numbers: [1: "BA-1/KLIP/2026"], drawnOn: CivilDate(year: 2026, month: 12, day: 2)!)
        #expect(rekap.dayOffNote(CivilDate(year: 2026, month: 12, day: 25)!) == "libur nasional: Hari Raya Natal; hari kerja berikutnya 28 Desember 2026")
        #expect(rekap.dayOffNote(CivilDate(year: 2026, month: 12, day: 26)!) == "hari Sabtu; hari kerja berikutnya 28 Desember 2026")
        #expect(rekap.dayOffNote(CivilDate(year: 2026, month: 12, day: 28)!) == nil)
    }

    /// The rekap says what follows a no-show: the make-up proposed, or the next batch.
    @Test func theRekapSaysWhatFollowsANoShow() throws {
        let (record, _) = try Self.jadwal()
        let plan = try Self.plan(Self.notes)
        let absent = try #require(plan.ready.first { $0.notes.attendance == .absent })
        let deadline = CivilDate(year: 2026, month: 12, day: 15)!
        func state(_ makeUp: MakeUp?) throws -> String {
            var item = absent
            item.makeUp = makeUp
            let value = RekapDocument(jadwal: record, items: [item], numbers: [item.entry.number: "BA-2/KLIP/2026"], drawnOn: deadline).value
            let html = try TemplateFolder().load("rekap-coaching.html", schema: RekapDocument.schema).renderString(value)
            return html.components(separatedBy: "<td>").dropFirst(4).first(where: { $0.hasPrefix("tidak hadir") })?.components(separatedBy: "</td>")[0] ?? ""
        }
        #expect(try state(nil) == "tidak hadir")
        #expect(try state(MakeUp(slot: .init(date: CivilDate(year: 2026, month: 12, day: 3)!, start: 450, end: 495), deadline: deadline))
                == "tidak hadir; pengganti diusulkan 3 Desember 2026, 07.30–08.15 WIB")
        #expect(try state(MakeUp(slot: nil, deadline: deadline)) == "tidak hadir; diikutsertakan pada Jadwal berikutnya")
    }

    @Test func everyProblemIsPlacedAndWorded() throws {
        let text = [
            Self.header,
            "9;27/11/2026;;;198012302010012005;;;;;;;;ya;a;b;11/12/2026;;",
            "1;27/11/2026;;;199001152015022001;;;;;;;;ya;;;;;",
            "3;28/11/2026;;;199001152015022001;;;;;;;;ya;dibahas;janji;11/12/2026;;",
            "4;16/12/2026;;;199103222014021003;;;;;;;;ya;dibahas;janji;20/12/2026;;",
            "5;27/11/2026;;;199306112017012005;;;;;;;;mungkin;;;;;",
            "2;31/11/2026;;;198609262015051001;;;;;;;;ya;dibahas;janji;11/12/2026;;",
            "3;27/11/2026;;;199001152015022001;;;;;;;;ya;dibahas;janji;26/11/2026;;",
        ].joined(separator: "\n") + "\n"
        let plan = try Self.plan(text)
        #expect(plan.log.sorted.map(\.formatted) == [
            "catatan.csv:2:1: error: there is no session 9 in the Jadwal JDW-1/KLIP/2026 (it has sessions 1 to 5) (sesi)",
            "catatan.csv:3:16: error: session 1 is for Dewi Lestari (NIP 198012302010012005), not NIP 199001152015022001 (nip)",
            "catatan.csv:3:45: error: session 1 was held but nothing is written on what was discussed (pembahasan)",
            "catatan.csv:3:46: error: session 1 was held but the coachee's commitments are empty (komitmen)",
            "catatan.csv:4:3: error: session 3 was scheduled for 27 November 2026, not 28 November 2026 (tanggal)",
            "catatan.csv:5:3: error: session 4 is dated 16 December 2026, after the deadline of the 14 working days (15 December 2026) (tanggal)",
            "catatan.csv:6:42: error: 'mungkin' is not an answer to attendance; write ya or tidak (empty while the session is pending) (hadir)",
            "catatan.csv:7:3: error: '31/11/2026' is not a date; write 27/11/2026 or 2026-11-27 (tanggal)",
            "catatan.csv:8:1: error: session 3 is filled in twice (first on line 4) (sesi)",
        ])
        #expect(plan.ready.isEmpty)
    }

    @Test func aCommitmentDueBeforeTheSessionIsRefused() throws {
        let text = Self.header + "\n1;27/11/2026;;;198012302010012005;;;;;;;;ya;dibahas;janji;26/11/2026;;\n"
        let plan = try Self.plan(text)
        #expect(plan.log.sorted.map(\.formatted) == [
            "catatan.csv:2:59: error: the commitment 'janji' is due 26 November 2026, before the session itself (target_tanggal)",
        ])
    }

    /// A no-show's make-up is recorded by filling in its row again with the day: the day its
    /// record proposed is taken, with the proposal's time; any other day, or one after the
    /// deadline, is refused.
    @Test func aMakeUpHeldOnItsProposedDayIsTakenAndOtherDaysAreNot() throws {
        let (record, _) = try Self.jadwal()
        func plan(_ date: String) -> MinutesPlan {
            let text = Self.makeUpHeld.replacingOccurrences(of: "3;30/11/2026;", with: "3;\(date);")
            let (rows, log) = NotesReader(jadwal: record, language: .en).read(InputFile(name: "catatan.csv", source: MemoryByteSource(text)))
            return MinutesPlan(jadwal: record, notes: rows, log: log, calendar: WorkingDayCalendar(), makeUps: [3: [Self.makeUpDay]], language: .en)
        }
        let held = plan("30/11/2026")
        #expect(held.log.diagnostics.isEmpty)
        let item = try #require(held.ready.first)
        #expect(item.isMakeUp && item.notes.heldOn == Self.day(11, 30) && item.entry.date == Self.day(11, 27))
        #expect(item.entry.timeText == "07.30–08.15 WIB", "the make-up's time, not the Jadwal's 09.15–10.00")
        #expect(plan("01/12/2026").log.sorted.map(\.formatted) == [
            "catatan.csv:2:3: error: session 3 was scheduled for 27 November 2026 and its make-up is proposed for 30 November 2026, not 1 December 2026 (tanggal)",
        ])
        #expect(plan("16/12/2026").log.sorted.map(\.formatted) == [
            "catatan.csv:2:3: error: session 3 is dated 16 December 2026, after the deadline of the 14 working days (15 December 2026) (tanggal)",
        ])
        // Without a make-up proposed, the scheduled day only.
        let (rows, log) = NotesReader(jadwal: record, language: .en).read(InputFile(name: "catatan.csv", source: MemoryByteSource(Self.makeUpHeld)))
        #expect(MinutesPlan(jadwal: record, notes: rows, log: log, language: .en).log.sorted.map(\.formatted) == [
            "catatan.csv:2:3: error: session 3 was scheduled for 27 November 2026, not 30 November 2026 (tanggal)",
        ])
    }

    private func golden(_ name: String, _ rendered: String) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try rendered.write(to: url, atomically: true, encoding: .utf8) }
        #expect(rendered == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }

    static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// The example's notes with each no-show given its make-up as if recorded `today`.
    static func settled(today: CivilDate) throws -> [MinutesPlan.Item] {
        let (record, configuration) = try jadwal()
        return try MakeUpSlot(configuration: configuration, calendar: WorkingDayCalendar()).settle(try plan(notes).ready, jadwal: record, today: today, standing: [:])
    }

    /// Session 3 (missed on 27 November) held on its make-up day, Monday 30 November at 07.30.
    static let makeUpHeld = [
        header,
        "3;30/11/2026;09.15;10.00;199001152015022001;Ani Wulan;Agen Informasi;Tim 1;Ratna;Dewi;Ruang;x;ya;Efisiensi dibahas dengan contoh rekaman.;Menyelesaikan catatan setelah panggilan dalam 60 detik;18/12/2026;;",
    ].joined(separator: "\r\n") + "\r\n"
    static let makeUpDay = MakeUp.Slot(date: day(11, 30), start: 7 * 60 + 30, end: 8 * 60 + 15)

    /// Every kind of Berita Acara: held; a no-show with its make-up proposed; a no-show with no
    /// room left (recorded on the last session day); a make-up held on the day proposed.
    static func everyKind() throws -> [(MinutesPlan.Item, String)] {
        let (record, _) = try jadwal()
        let proposed = try settled(today: day(11, 27))
        let noRoom = try settled(today: day(12, 10))
        let (rows, log) = NotesReader(jadwal: record, language: .en).read(InputFile(name: "catatan.csv", source: MemoryByteSource(makeUpHeld)))
        let madeUp = MinutesPlan(jadwal: record, notes: rows, log: log, makeUps: [3: [makeUpDay]], language: .en)
        #expect(madeUp.log.diagnostics.isEmpty && madeUp.ready.count == 1)
        return [(proposed[0], "berita-acara-hadir"), (proposed[1], "berita-acara-tidak-hadir"),
                (noRoom[1], "berita-acara-tidak-hadir-tanpa-pengganti"), (madeUp.ready[0], "berita-acara-pengganti")]
    }

    @Test func theMinutesMatchTheirGoldenFiles() throws {
        let plan = try Self.plan(Self.notes)
        let (record, configuration) = try Self.jadwal()
        let folder = TemplateFolder()
        for (item, name) in try Self.everyKind() {
            let value = BeritaAcaraDocument(item: item, jadwalNumber: record.number, number: "BA-\(item.entry.number)/KLIP/2026",
                                            configuration: configuration).value
            #expect(BeritaAcaraDocument.schema.emptyRequiredValues(in: value) == [])
            try golden("\(name).html", try folder.load("berita-acara-coaching.html", schema: BeritaAcaraDocument.schema).renderString(value))
            try golden("\(name).xml", try folder.load("berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema).renderString(value))
        }
        let rekap = RekapDocument(jadwal: record, plan: plan, numbers: [1: "BA-1/KLIP/2026", 3: "BA-3/KLIP/2026"],
                                  states: [1: "disetujui", 3: "konsep"], configuration: configuration, drawnOn: CivilDate(year: 2026, month: 12, day: 2)!)
        try golden("rekap-coaching.html", try folder.load("rekap-coaching.html", schema: RekapDocument.schema).renderString(rekap.value))
    }

    @Test func theOpeningSentenceSpellsTheDateOut() throws {
        let words = BeritaAcaraDocument.dateInWords(CivilDate(year: 2026, month: 11, day: 25)!)
        #expect("Pada hari ini \(words.day) tanggal \(words.date) bulan \(words.month) tahun \(words.year)"
            == "Pada hari ini Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam")
    }

    /// The approval draws the final document from the draft's XML: nothing may be lost on the way.
    @Test func aDraftReadsBackToTheSameDocument() throws {
        let (record, configuration) = try Self.jadwal()
        let xml = try TemplateFolder().load("berita-acara-coaching.xml", schema: BeritaAcaraDocument.schema)
        for (item, _) in try Self.everyKind() {
            let draft = BeritaAcaraDocument(item: item, jadwalNumber: record.number, number: "BA-7/KLIP/2026", configuration: configuration,
                                            revision: 2, revisionReason: "Tanggal target diperbaiki")
            let bytes = try xml.render(draft.value)
            var log = DiagnosticLog()
            let back = try #require(BeritaAcaraReader.read(InputFile(name: "ba.xml", source: MemoryByteSource(bytes)), language: .en, log: &log))
            #expect(log.diagnostics.isEmpty)
            let again = BeritaAcaraDocument(item: back.item, jadwalNumber: back.jadwalNumber, number: back.number, configuration: configuration,
                                            revision: back.revision, revisionReason: back.revisionReason)
            #expect(try xml.render(again.value) == bytes)
            #expect(back.revision == 2 && back.revisionReason == "Tanggal target diperbaiki")
            #expect(back.item.makeUp == item.makeUp && back.item.entry.date == item.entry.date && back.item.entry.start == item.entry.start)
        }
    }

    @Test func theNotesAsXMLFollowTheirSchema() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <catatanCoaching xmlns="urn:x-klip-djp:coaching:1" jadwal="JDW-1/KLIP/2026">
          <sesi no="1" nip="198012302010012005" tanggal="2026-11-27" hadir="ya">
            <pembahasan>Intonasi dibahas dengan contoh rekaman.</pembahasan>
            <komitmen target="2026-12-11">Latihan intonasi harian</komitmen>
            <komitmen target="2026-12-18">Memakai skrip salam</komitmen>
            <tindakLanjut>QA menilai 5 rekaman</tindakLanjut>
          </sesi>
          <sesi no="3" nip="199001152015022001" hadir="tidak"><catatan>Sakit</catatan></sesi>
          <sesi no="4" nip="199103222014021003" hadir="kadang"/>
        </catatanCoaching>
        """
        let (record, _) = try Self.jadwal()
        let (rows, log) = NotesReader(language: .en).read(InputFile(name: "catatan.xml", source: MemoryByteSource(xml)))
        #expect(log.sorted.map(\.formatted) == [
            "catatan.xml:10: error: does not follow the schema: Element 'sesi', attribute 'hadir': [facet 'enumeration'] The value 'kadang' is not an element of the set {'ya', 'tidak', ''}.",
        ])
        #expect(rows.isEmpty)
        let fixed = xml.replacingOccurrences(of: "hadir=\"kadang\"", with: "hadir=\"\"")
        let (good, goodLog) = NotesReader(language: .en).read(InputFile(name: "catatan.xml", source: MemoryByteSource(fixed)))
        let plan = MinutesPlan(jadwal: record, notes: good, log: goodLog, language: .en)
        #expect(plan.log.diagnostics.isEmpty)
        #expect(plan.ready.map(\.entry.number) == [1, 3])
        #expect(plan.ready[0].notes.commitments.count == 2)
    }
}

@Suite("Names on documents")
struct NameCaseTests {
    /// The rule in words: a word typed all in capitals or all in small letters gets one capital;
    /// a word with a case of its own or a dot is kept.
    static func generalRule(_ word: Substring) -> String {
        let letters = word.filter(\.isLetter)
        if word.contains(".") || !(letters.allSatisfy(\.isUppercase) || letters.allSatisfy(\.isLowercase)) { return String(word) }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// Degrees and names with a case of their own used to be flattened ("S.kom., M.m.", "Mcdonald").
    @Test(arguments: [("BAMBANG SURYADI, S.Kom., M.M.", "Bambang Suryadi, S.Kom., M.M."), ("ratna  mcdonald", "Ratna Mcdonald"),
                      ("Ronald McDonald", "Ronald McDonald"), ("dr. DEWI", "dr. Dewi"), ("ÉLODIE ÑAÑEZ", "Élodie Ñañez"), ("Ñañez", "Ñañez")])
    func namesAreCasedAsTheOfficeWritesThem(written: String, shown: String) {
        #expect(JadwalDocument.cased(written, .title) == shown)
    }

    /// The ASCII fast path agrees with the general rule on every name it takes.
    @Test func titleCaseAgreesWithTheGeneralRule() async {
        let letters: [Character] = ["a", "B", "c", "D", " ", " ", "'", "-", "z", "Q"]
        await propertyCheck(count: 2000, input: Gen.int(in: 0...(1 << 40))) { seed in
            var state = UInt64(seed), text = ""
            for _ in 0..<Int(state % 17) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(letters[Int(state >> 33) % letters.count])
            }
            let general = text.split(separator: " ").map(Self.generalRule).joined(separator: " ")
            var c = Configuration()
            c.office.nameCase = .title
            let person = Configuration.Person(name: text, nip: nil, position: "Agen Informasi")
            let entry = JadwalRecord.Entry(number: 1, date: CivilDate(year: 2026, month: 11, day: 27)!, start: 480, end: 525, place: "R",
                                           nip: nip("198012302010012005"), nama: text, jabatan: "Agen Informasi", tim: "T",
                                           coach: person, assessor: person, agenda: "", focus: [])
            let notes = SessionNotes(session: 1, location: SourceLocation(file: "n"), heldOn: nil, nip: nil, attendance: .absent)
            let value = BeritaAcaraDocument(item: .init(entry: entry, notes: notes), jadwalNumber: "J", number: "B", configuration: c).value
            let rendered = (try? Template(name: "t.txt", source: "{{ba.peserta.nama}}") { _ in nil }.renderString(value)) ?? "?"
            #expect(rendered == general, "\(text)")
        }
    }
}

@Suite("Berita Acara settings")
struct BeritaAcaraSettingsTests {
    @Test func missingSignersAreNamedWithTheirSetting() throws {
        var c = Configuration()
        c.people.kepalaKantor = .init(name: "Bambang Suryadi", nip: nip("197205141998031002"), position: "Kepala Kantor")
        #expect(BeritaAcaraDocument.missingSettings(c) == [
            "the Kepala Seksi PKL has no name: fill in people.kepala_seksi_pkl.name in the batch's coaching.toml",
            "the Kepala Seksi PKL has no NIP: fill in people.kepala_seksi_pkl.nip in the batch's coaching.toml",
        ])
        c.people.kepalaSeksiPKL = .init(name: "Ratna Kusumawardani", nip: nip("198012302010012005"), position: "Kepala Seksi PKL")
        #expect(BeritaAcaraDocument.missingSettings(c).isEmpty)
    }
}
