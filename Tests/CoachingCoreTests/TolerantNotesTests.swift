@testable import CoachingCore
import Testing
import TestSupport

/// The worksheet after a spreadsheet: tolerant where a spreadsheet is known to damage values,
/// strict everywhere else, every message with its file, row, column and field.
@Suite("Notes a spreadsheet has been through")
struct TolerantNotesTests {
    /// Three sessions on days that read two ways (5 December is 12/05 month first).
    static let jadwal: JadwalRecord = {
        let person = Configuration.Person(name: "Ratna", nip: nip("197904212005012003"), position: "Kepala Seksi")
        let sessions = [(1, "2026-12-05", "198012302010012005", "Dewi Lestari"), (2, "2026-11-27", "198609262015051001", "Rizki Pratama"),
                        (3, "2026-12-01", "199001152015022001", "Ani Wulan")]
        return JadwalRecord(number: "JDW-1/KLIP/2026", assignedOn: CivilDate(year: 2026, month: 11, day: 25)!, deadline: CivilDate(year: 2026, month: 12, day: 15)!,
                            entries: sessions.map { n, date, id, name in
                                JadwalRecord.Entry(number: n, date: CivilDate(parsing: date)!, start: 450, end: 495, place: "Ruang", nip: nip(id), nama: name,
                                                   jabatan: "Agen Informasi", tim: "Tim 1", coach: person, assessor: person, agenda: "efisiensi", focus: [])
                            })
    }()

    static let header = "sesi;tanggal;mulai;selesai;nip;nama;jabatan;tim;pelatih;pendamping;tempat;agenda;hadir;pembahasan;komitmen;target_tanggal;tindak_lanjut;catatan"

    static func plan(_ rows: [String], file: String = "lembar-kerja.csv") -> MinutesPlan {
        let text = ([header] + rows).joined(separator: "\n") + "\n"
        let (notes, log) = NotesReader(jadwal: jadwal, language: .en).read(InputFile(name: file, source: MemoryByteSource(text)))
        return MinutesPlan(jadwal: jadwal, notes: notes, log: log, language: .en)
    }

    /// As LibreOffice saves the CSV again in an Indonesian locale: NIPs in scientific notation,
    /// dates month first with two-digit years; the same minutes, a warning per NIP.
    @Test func theCSVALibreOfficeSavedGivesTheSameNotesWithWarnings() {
        let plan = Self.plan([
            "1;12/05/26;07.30;08.15;1.98012302010012E+017;Dewi Lestari;;;;;;;ya;dibahas;janji;12/11/26;;",
            "2;11/27/26;07.30;08.15;1.98609262015051E+017;Rizki Pratama;;;;;;;tidak;;;;;sakit",
            "3;12/01/26;07.30;08.15;1.99001152015022E+017;Ani Wulan;;;;;;;;;;;;",
        ])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:2:24: warning: a spreadsheet turned the NIP into the number 1.98012302010012E+017, keeping 15 of its 18 digits; it matches the NIP of session 1, 198012302010012005 (Dewi Lestari), which is used (nip)",
            "lembar-kerja.csv:3:24: warning: a spreadsheet turned the NIP into the number 1.98609262015051E+017, keeping 15 of its 18 digits; it matches the NIP of session 2, 198609262015051001 (Rizki Pratama), which is used (nip)",
            "lembar-kerja.csv:4:24: warning: a spreadsheet turned the NIP into the number 1.99001152015022E+017, keeping 15 of its 18 digits; it matches the NIP of session 3, 199001152015022001 (Ani Wulan), which is used (nip)",
        ])
        #expect(plan.ready.map(\.entry.number) == [1, 2])
        #expect(plan.ready[0].notes.heldOn == CivilDate(year: 2026, month: 12, day: 5))
        #expect(plan.ready[0].notes.commitments == [.init(text: "janji", target: CivilDate(year: 2026, month: 12, day: 11)!)])
        #expect(plan.ready[0].notes.nip == nip("198012302010012005"))
    }

    @Test func aNumberThatIsNotTheScheduledNIPIsRefused() {
        let plan = Self.plan(["1;2026-12-05;;;1.98012302010013E+017;;;;;;;;tidak;;;;;"])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:2:16: error: a spreadsheet turned the NIP into the number 1.98012302010013E+017, keeping 15 of its 18 digits, and it does not match the NIP of session 1, 198012302010012005 (Dewi Lestari), which would have become 1.98012302010012E+017; check that this row is session 1, and type the NIP as text (nip)",
        ])
        #expect(plan.ready.isEmpty)
        #expect(plan.pending.map(\.why) == ["its row has errors", "no row in the notes", "no row in the notes"])
    }

    /// Day first with a four-digit year, as a person types: the scheduled day settles 05/12/2026,
    /// and that shows the order for the target date 11/12/2026.
    @Test func theScheduledDaySettlesADateThatReadsTwoWays() {
        let plan = Self.plan(["1;05/12/2026;;;198012302010012005;;;;;;;;ya;dibahas;janji;11/12/2026;;"])
        #expect(plan.log.diagnostics.isEmpty)
        #expect(plan.ready.first?.notes.heldOn == CivilDate(year: 2026, month: 12, day: 5))
        #expect(plan.ready.first?.notes.commitments.first?.target == CivilDate(year: 2026, month: 12, day: 11))
    }

    @Test func aDateThatReadsTwoWaysNeitherTheScheduledDayIsRefusedAsAmbiguous() {
        let plan = Self.plan(["3;02/12/2026;;;199001152015022001;;;;;;;;tidak;;;;;"])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:2:3: error: '02/12/2026' can be read as 2 December 2026 or 12 February 2026, and neither is the day session 3 was scheduled for (1 December 2026); write the date as 2026-12-02 or 2026-02-12 (tanggal)",
        ])
    }

    /// When the file's other dates show the order, the wrong day is named as wrong, not as ambiguous.
    @Test func theFilesOtherDatesShowTheOrderOfAWrongDay() {
        let plan = Self.plan(["1;05/12/2026;;;198012302010012005;;;;;;;;tidak;;;;;", "3;02/12/2026;;;199001152015022001;;;;;;;;tidak;;;;;"])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:3:3: error: session 3 was scheduled for 1 December 2026, not 2 December 2026 (tanggal)",
        ])
    }

    @Test func aTargetDateNothingInTheFileSettlesIsRefused() {
        let plan = Self.plan(["2;2026-11-27;;;198609262015051001;;;;;;;;ya;dibahas;janji;11/12/2026;;"])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:2:59: error: '11/12/2026' can be read as 11 December 2026 or 12 November 2026, and no other date in this file shows which comes first, day or month; write it as 2026-12-11 or 2026-11-12 (target_tanggal)",
        ])
    }

    /// A day taken because it was scheduled, though the file's dates of that form are written
    /// the other way round, is taken with a warning.
    @Test func aScheduledDayAgainstTheFilesOrderIsTakenWithAWarning() {
        let plan = Self.plan([
            "1;05/12/2026;;;198012302010012005;;;;;;;;ya;dibahas;janji;12/25/2026;;",
        ])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:2:3: warning: '05/12/2026' can be read as 5 December 2026 or 12 May 2026; it is taken as 5 December 2026, the day session 1 was scheduled for (tanggal)",
        ])
        #expect(plan.ready.count == 1)
    }

    @Test func timesOtherThanTheJadwalsAreWarnedAboutAndKept() {
        let plan = Self.plan(["2;2026-11-27;08.00;pagi;198609262015051001;;;;;;;;tidak;;;;;", "3;2026-12-01;0,3125;0.34375;199001152015022001;;;;;;;;tidak;;;;;"])
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.csv:2:14: warning: session 2 was scheduled to start at 07.30, not 08.00; the Berita Acara keeps the Jadwal's time (mulai)",
            "lembar-kerja.csv:2:20: warning: 'pagi' is not a time of day; the Berita Acara keeps the Jadwal's 08.15 (selesai)",
        ])
        #expect(plan.ready.count == 2)
    }

    // MARK: - The workbook

    /// The notes of a workbook: the first sheet's cells as a spreadsheet stores them.
    static func workbookPlan(_ rows: String, styles: String? = nil, workbookPr: String = "<workbookPr/>") throws -> MinutesPlan {
        let header = "<row r=\"1\">" + header.split(separator: ";").enumerated().map {
            "<c r=\"\(CellReference.columnName($0.offset + 1))1\" t=\"inlineStr\"><is><t>\($0.element)</t></is></c>"
        }.joined() + "</row>"
        let bytes = try HandMadeWorkbook.bytes(sheet: header + rows, styles: styles, workbookPr: workbookPr)
        let (notes, log) = NotesReader(jadwal: jadwal, language: .en).read(InputFile(name: "lembar-kerja.xlsx", source: MemoryByteSource(bytes)))
        return MinutesPlan(jadwal: jadwal, notes: notes, log: log, language: .en)
    }

    /// Numbers where text was meant: a NIP cell, date serials in the workbook's date system,
    /// a time as a fraction of a day, hadir as TRUE; cells left out are empty.
    @Test func aWorkbooksNumbersAndDatesAreSettledAsTheCSVs() throws {
        let plan = try Self.workbookPlan("""
            <row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>46361</v></c><c r="C2"><v>0.3125</v></c><c r="E2"><v>1.98012302010012E+17</v></c><c r="M2" t="b"><v>1</v></c><c r="N2" t="inlineStr"><is><t>dibahas</t></is></c><c r="O2" t="inlineStr"><is><t>janji</t></is></c><c r="P2"><v>46367</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>3</t></is></c><c r="B4" t="inlineStr"><is><t>01/12/2026</t></is></c><c r="E4"><v>1.99001152015023E+17</v></c><c r="M4" t="inlineStr"><is><t>tidak</t></is></c></row>
            """)
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.xlsx: cell E2: warning: a spreadsheet turned the NIP into the number 1.98012302010012E+17, keeping 15 of its 18 digits; it matches the NIP of session 1, 198012302010012005 (Dewi Lestari), which is used (nip)",
            "lembar-kerja.xlsx: cell E4: error: a spreadsheet turned the NIP into the number 1.99001152015023E+17, keeping 15 of its 18 digits, and it does not match the NIP of session 3, 199001152015022001 (Ani Wulan), which would have become 1.99001152015022E+17; check that this row is session 3, and type the NIP as text (nip)",
        ])
        #expect(plan.ready.map(\.entry.number) == [1])
        #expect(plan.ready.first?.notes.commitments == [.init(text: "janji", target: CivilDate(year: 2026, month: 12, day: 11)!)])
        let old = try Self.workbookPlan("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>44899</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>198012302010012005</t></is></c><c r=\"M2\" t=\"inlineStr\"><is><t>tidak</t></is></c></row>",
                                        workbookPr: "<workbookPr date1904=\"true\"/>")
        #expect(old.log.diagnostics.isEmpty)
        #expect(old.ready.first?.notes.heldOn == CivilDate(year: 2026, month: 12, day: 5))
    }

    @Test func problemsInAWorkbookArePlacedByCellAndRow() throws {
        let plan = try Self.workbookPlan("""
            <row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>
            <row r="3"><c r="A3"><v>2</v></c><c r="B3"><v>60</v></c><c r="E3" t="inlineStr"><is><t>198609262015051001</t></is></c><c r="M3" t="inlineStr"><is><t>ya</t></is></c></row>
            <row r="5"><c r="A5"><v>2</v></c><c r="E5" t="inlineStr"><is><t>198609262015051001</t></is></c></row>
            """)
        #expect(plan.log.sorted.map(\.formatted) == [
            "lembar-kerja.xlsx: cell A2: error: 'x' is not a session number (the first column of the worksheet) (sesi)",
            "lembar-kerja.xlsx: cell B3: error: 60 is not a day a spreadsheet can show; write the date as 27/11/2026 (tanggal)",
            "lembar-kerja.xlsx: cell A5: error: session 2 is filled in twice (first on row 3) (sesi)",
        ])
        let empty = try Self.workbookPlan("", workbookPr: "<workbookPr/>")
        #expect(empty.log.diagnostics.isEmpty && empty.ready.isEmpty)
    }
}
