import CoachingCore
import Testing
import TestSupport

@Suite("Text encodings of CSV inputs")
struct EncodingTests {
    @Test func convertsWindows1252AndWarns() {
        // "Rekomendasi" file with é (0xE9) and an en dash (0x96) as older Excel writes them.
        var bytes = Array("periode,nip,aspek,temuan,rekomendasi,prioritas\n2026-10,198609262015051001,etika_bertelepon,Caf".utf8)
        bytes += [0xE9] + Array(" ".utf8) + [0x96] + Array(" salam,Latihan,tinggi\n".utf8)
        let results = checkFiles([("r.csv", bytes)])
        #expect(results[0].summary.encoding == "windows-1252")
        #expect(messages(results).contains(
            "r.csv: warning: the file is in Windows-1252 (older Excel), not UTF-8; it was converted. Saving as \"CSV UTF-8\" avoids this"))
        let reader = CSVReader(source: MemoryByteSource(bytes), file: "r.csv", language: .en)
        _ = reader.nextRecord()
        _ = reader.nextRecord()
        #expect(reader.string(3) == "Café – salam")
    }

    @Test func refusesBytesThatAreNeitherUTF8NorWindows1252() {
        let bytes = Array("a,b\n1,".utf8) + [0x81] + Array("\n".utf8)
        let reader = CSVReader(source: MemoryByteSource(bytes), file: "x.csv", language: .en)
        while reader.nextRecord() {}
        #expect(reader.log.sorted.map(\.formatted) == [
            "x.csv:2:3: error: the file is neither UTF-8 nor Windows-1252 (byte 0x81 has no meaning in either); save it again as \"CSV UTF-8\"",
        ])
    }

    @Test func refusesInvalidUTF8InAFileThatIsUTF8() {
        let bytes = Array("a,b\nRé,1\n".utf8) + [0xC3, 0x28] + Array(",2\n".utf8)
        let reader = CSVReader(source: MemoryByteSource(bytes), file: "x.csv", language: .en)
        var rows = 0
        while reader.nextRecord() { rows += 1 }
        #expect(rows == 2)
        #expect(reader.log.sorted.map(\.formatted) == [
            "x.csv:3:1: error: the file is UTF-8 but has bytes here that are not valid UTF-8; save it again as \"CSV UTF-8\"",
        ])
    }

    @Test func refusesBinaryGarbage() {
        var random = SeededRandom(seed: 7)
        let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        let results = checkFiles([("garbage.bin", garbage)])
        #expect(results[0].log.errorCount >= 1)
        #expect(results[0].log.sorted.contains { $0.message.contains("binary data") || $0.message.contains("neither UTF-8") || $0.message.contains("cannot tell") })
    }

    @Test func refusesNULBytes() {
        let reader = CSVReader(source: MemoryByteSource(Array("a,b\n1,".utf8) + [0, 0]), file: "n.csv", language: .en)
        while reader.nextRecord() {}
        #expect(reader.log.sorted.map(\.formatted) == [
            "n.csv:2:3: error: the file holds binary data (byte 0x0), not text; is it the right file?",
        ])
    }

    @Test func turnsAwayCompressedAndOfficeFiles() {
        let results = checkFiles([
            ("a.csv.gz", [0x1F, 0x8B, 0x08, 0x00, 1, 2, 3]),
            ("b.xlsx", [0x50, 0x4B, 0x03, 0x04, 0, 0]),
            ("c.csv", []),
        ])
        #expect(messages(results) == [
            "a.csv.gz: error: the file is compressed (gzip); unpack it first and give the .csv or .xml inside",
            "b.xlsx: error: this is a ZIP file or an Excel workbook (.xlsx), not CSV; in Excel choose File › Save As › \"CSV UTF-8\"",
            "c.csv: error: the file is empty; expected a header line and data rows",
        ])
    }
}
