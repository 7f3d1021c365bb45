import CoachingCore
import Foundation
import Testing
import TestSupport

/// Characters a document cannot hold are refused where they enter, with their place: they
/// used to pass `check` and `schedule`, then lock the batch when `minutes` read its Jadwal.
/// A string of one scalar that a literal may not spell.
private func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }

@Suite("Characters no document may hold")
struct TextHygieneTests {
    @Test func aReportRowIsRefusedWithItsPlaceAndField() {
        let rows = [
            Fixture.header,
            Fixture.leader,
            "2026-10,198012302010012005,Dewi\u{FFFF} Lestari,Agen Informasi,Tim 1,198609262015051001,7,76,70.5,410",
            "2026-10,199001152015022001,\u{200B},Agen Informasi,Tim\u{202E}1,198609262015051001,7,76,70.5,410",
        ]
        let found = messages(checkFiles([("lap.csv", rows.joined(separator: "\n") + "\n")]))
        #expect(found.contains("lap.csv:3:28: error: the name holds U+FFFF, which is not a character; type the value again without it (nama)"))
        #expect(found.contains("lap.csv:4:28: error: the name has no visible letter (only spaces, marks or invisible characters); type the name again (nama)"))
        #expect(found.contains { $0.hasPrefix("lap.csv:4:") && $0.hasSuffix("error: the team's name holds a direction control (U+202E) that makes the text read otherwise than it is stored; type the value again without it (tim)") })
    }

    @Test func aSettingsValueIsRefusedWithItsLine() {
        let (configuration, diagnostics) = ConfigurationLoader(language: .en).load(text: "[office]\ncity = \"Jakarta\\u0007\"\n", file: "coaching.toml")
        #expect(configuration == nil)
        #expect(diagnostics.map(\.formatted) == ["coaching.toml:2: error: 'office.city' holds a control character (U+0007) that a document cannot carry; type the value again without it (office.city)"])
    }

    @Test(arguments: [("Dewi", nil), ("Ni Luh Putu Ayu", nil), ("O'Neil-Ginting", nil), ("Dewi\u{301}", nil), ("\u{200B}\u{200B}", "no visible letter"),
                      ("a\u{0}b", "U+0000"), ("a" + scalar(0xFDD0), "U+FDD0"), ("a" + scalar(0x1FFFE), "U+1FFFE"), ("\u{2066}a", "U+2066"),
                      ("tab\there", nil)])
    func eachKindOfCharacter(text: String, problem: String?) {
        let found = TextHygiene.problem(in: text, isName: true)?.text(.en)
        if let problem { #expect(found?.contains(problem) == true, "\(found ?? "nil")") } else { #expect(found == nil) }
    }

    @Test func aWorksheetCellIsRefusedWithItsPlace() {
        let notes = """
            sesi;tanggal;nip;hadir;pembahasan;komitmen;target_tanggal
            1;27/11/2026;198607282015091716;ya;Dibahas\u{202E} salam;Memakai skrip;11/12/2026

            """
        let (_, log) = NotesReader(language: .en).read(InputFile(name: "catatan.csv", source: MemoryByteSource(notes)))
        #expect(log.sorted.map(\.formatted) == ["catatan.csv:2:36: error: this cell holds a direction control (U+202E) that makes the text read otherwise than it is stored; type the value again without it (pembahasan)"])
    }
}
