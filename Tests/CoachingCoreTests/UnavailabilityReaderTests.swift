import CoachingCore
import Testing

@Suite("The unavailability file's problems in Bahasa Indonesia")
struct UnavailabilityReaderTests {
    @Test func wrongDatesTimesAndRowsAreSaidInIndonesian() {
        let text = "nip,tanggal,dari,sampai\n198012302010012005,32/13/2026,,\n198012302010012005,2026-11-27,08.00,\n198012302010012005,2026-11-27,jam 8,09.00\n1,2\n"
        let (entries, log) = UnavailabilityReader(language: .id).read(InputFile(name: "cuti.csv", source: MemoryByteSource(Array(text.utf8))))
        #expect(entries.isEmpty)
        #expect(log.sorted.map(\.formatted) == [
            "cuti.csv:2:20: error: '32/13/2026' bukan tanggal; tulis 2026-11-27 atau 27/11/2026 (tanggal)",
            "cuti.csv:3: error: isi dari dan sampai sekaligus, atau kosongkan keduanya untuk sehari penuh",
            "cuti.csv:4:31: error: 'jam 8' bukan jam; tulis 08.00 (dari)",
            "cuti.csv:5: error: baris ini berisi 2 kolom, sedangkan judul kolom berisi 4",
        ])
    }
}
