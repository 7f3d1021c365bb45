import CoachingCore
import Testing
import TestSupport

/// Reads every record of `text` as arrays of strings.
private func records(_ text: String, delimiter: UInt8? = nil, language: Language = .en) -> (rows: [[String]], log: DiagnosticLog) {
    let reader = CSVReader(source: MemoryByteSource(text), file: "t.csv", delimiter: delimiter, language: language)
    var rows: [[String]] = []
    while reader.nextRecord() { rows.append((0..<reader.fieldCount).map(reader.string)) }
    return (rows, reader.log)
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        let (rows, log) = records("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end")
        #expect(rows == [["a", "b", "c"], ["x,1", "say \"hi\"", "two\nlines"], ["plain", "", "end"]])
        #expect(log.errorCount == 0)
    }

    @Test func acceptsLFCRLFAndBareCRLineEnds() {
        #expect(records("a,b\nc,d\r\ne,f\rg,h\r").rows == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
    }

    @Test func detectsTheDelimiterFromTheHeaderLine() {
        #expect(records("a;b;c\n1;2,5;3\n").rows == [["a", "b", "c"], ["1", "2,5", "3"]])
        #expect(records("a\tb\n1\t2\n").rows == [["a", "b"], ["1", "2"]])
        #expect(records("\"x;y\",b,c\n").rows == [["x;y", "b", "c"]])
    }

    @Test func stripsAUTF8ByteOrderMark() {
        let reader = CSVReader(source: MemoryByteSource([0xEF, 0xBB, 0xBF] + Array("nip,nama\n".utf8)), file: "t.csv", language: .en)
        #expect(reader.nextRecord())
        #expect(reader.string(0) == "nip")
    }

    @Test func skipsBlankLinesAndRowsOfOnlyDelimiters() {
        #expect(records("a;b\n\n;\n1;2\n").rows == [["a", "b"], ["1", "2"]])
    }

    @Test func reportsAnUnterminatedQuoteAtTheLineWhereItOpened() {
        let (rows, log) = records("a,b\n1,\"open\n2,3\n")
        #expect(rows == [["a", "b"]])
        #expect(log.sorted.map(\.formatted) == [
            "t.csv:2:3: error: a quoted field opened here is never closed; the rest of the file could not be read. Add the missing closing quote (\")",
        ])
        // The default, Indonesian.
        #expect(records("a,b\n1,\"open\n2,3\n", language: .id).log.sorted.map(\.formatted) == [
            "t.csv:2:3: error: tanda petik yang dibuka di sini tidak pernah ditutup; sisa berkas tidak dapat dibaca. Tambahkan tanda petik penutup (\")",
        ])
    }

    @Test func reportsTextAfterAClosingQuote() {
        let (_, log) = records("a,b\n\"x\"y,2\n")
        #expect(log.sorted.map(\.formatted) == [
            "t.csv:2:4: error: unexpected text after the closing quote of a field; a quoted field must end at the delimiter",
        ])
    }

    @Test func reportsAQuoteInsideAnUnquotedField() {
        let (_, log) = records("a,b\n1,ab\"c\n")
        #expect(log.sorted.map(\.formatted) == [
            "t.csv:2:5: error: a quote (\") inside a field that does not start with one; put the whole field in quotes and double the quote",
        ])
    }

    @Test func countsColumnsInCharactersNotBytes() {
        let reader = CSVReader(source: MemoryByteSource("nama,nip\nRé Ñ,1\n"), file: "t.csv", language: .en)
        _ = reader.nextRecord()
        _ = reader.nextRecord()
        #expect(reader.location(ofField: 1) == SourceLocation(file: "t.csv", line: 2, column: 6))
    }

    @Test func stopsOnAHugeLineWithBoundedMemory() {
        // 1 GB of 'x' without a line break, generated lazily: the reader must give up after
        // its record limit instead of buffering the gigabyte.
        let source = RepeatingSource(byte: UInt8(ascii: "x"), total: 1 << 30)
        let reader = CSVReader(source: source, file: "big.csv", language: .en)
        #expect(reader.nextRecord() == false)
        #expect(reader.stoppedEarly)
        #expect(source.delivered < 8 << 20)
        #expect(reader.log.sorted.map(\.formatted) == [
            "big.csv:1: error: line 1 is longer than 1024 KiB without ending; this does not look like a CSV file (or a quote is missing)",
        ])
    }

    @Test func readsRecordsThatStraddleChunkBoundaries() {
        var limits = CSVReader.Limits()
        limits.chunkBytes = 7
        var text = "a,b\n"
        var expected = [["a", "b"]]
        for i in 0..<200 {
            text += "\"v\(i),\"\"q\"\"\",Ré\(i)\r\n"
            expected.append(["v\(i),\"q\"", "Ré\(i)"])
        }
        let reader = CSVReader(source: MemoryByteSource(text), file: "t.csv", limits: limits, language: .en)
        var rows: [[String]] = []
        while reader.nextRecord() { rows.append((0..<reader.fieldCount).map(reader.string)) }
        #expect(rows == expected)
        #expect(reader.log.errorCount == 0)
    }
}

/// Delivers `total` copies of one byte, counting what was read.
final class RepeatingSource: ByteSource {
    let byte: UInt8
    let total: Int
    private(set) var delivered = 0

    init(byte: UInt8, total: Int) {
        self.byte = byte
        self.total = total
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, total - delivered)
        buffer.baseAddress?.initializeMemory(as: UInt8.self, repeating: byte, count: n)
        delivered += n
        return n
    }
}
