import CoachingCore
import PropertyBased
import Testing
import TestSupport

/// A reference writer independent of the project's: quotes every field, doubles quotes,
/// and uses the given line end.
private func referenceCSV(_ rows: [[String]], delimiter: Character, lineEnd: String) -> String {
    rows.map { row in
        row.map { "\"" + $0.doublingQuotes() + "\"" }.joined(separator: String(delimiter))
    }.joined(separator: lineEnd) + lineEnd
}

private extension String {
    /// Per scalar: a quote followed by a combining mark is one Character but still a quote.
    func doublingQuotes() -> String {
        var out = String.UnicodeScalarView()
        for c in unicodeScalars {
            out.append(c)
            if c == "\"" { out.append(c) }
        }
        return String(out)
    }
}

/// Field text mixing letters, delimiters, quotes, line breaks and combining marks.
private let fieldAlphabet: [Character] = ["a", "Z", "7", " ", ",", ";", "\t", "\"", "\n", "\r\n", "é", "\u{0301}", "ñ", "€", "😀"]
private let fieldGenerator = Gen.int(in: 0...(fieldAlphabet.count - 1)).array(of: 0...12).map { indices in
    String(indices.map { fieldAlphabet[$0] })
}

@Suite("CSV round trip")
struct CSVRoundTripPropertyTests {
    @Test func fieldsWrittenByAReferenceWriterReadBackUnchanged() async {
        await propertyCheck(count: 300, input: fieldGenerator.array(of: 3...3).array(of: 1...6),
                            Gen.int(in: 0...2), Gen.int(in: 0...2)) { rows, d, e in
            let delimiter: Character = [",", ";", "\t"][d]
            let text = referenceCSV(rows, delimiter: delimiter, lineEnd: ["\n", "\r\n", "\r"][e])
            let reader = CSVReader(source: MemoryByteSource(text), file: "p.csv", delimiter: delimiter.asciiValue, language: .en)
            var read: [[String]] = []
            while reader.nextRecord() { read.append((0..<reader.fieldCount).map(reader.string)) }
            // The reader skips records whose fields are all empty, by design.
            #expect(read == rows.filter { $0.contains { !$0.isEmpty } })
            #expect(reader.log.errorCount == 0)
        }
    }

    @Test func theProjectsWriterRoundTripsToo() async {
        await propertyCheck(count: 300, input: fieldGenerator.array(of: 1...5).array(of: 1...6)) { rows in
            let writer = CSVWriter()
            let text = rows.map(writer.line).joined()
            let reader = CSVReader(source: MemoryByteSource(text), file: "p.csv", delimiter: UInt8(ascii: ","), language: .en)
            var read: [[String]] = []
            while reader.nextRecord() { read.append((0..<reader.fieldCount).map(reader.string)) }
            #expect(read == rows.filter { $0.contains { !$0.isEmpty } })
        }
    }

    /// Cells a spreadsheet would take for a formula (OWASP's CSV injection list) get a leading `'`;
    /// reading back takes exactly that off, so every value returns as it was, apostrophes included.
    @Test func formulasAreNeutralisedForSpreadsheetsAndReadBackExactly() async {
        let writer = CSVWriter(forSpreadsheet: true)
        #expect(writer.line(["=1+1", "+62 21", "-5", "@SUM(A1)", "\tx", "Dewi", "'=x", "'kutip"])
            == "'=1+1,'+62 21,'-5,'@SUM(A1),'\tx,Dewi,''=x,'kutip\r\n")
        #expect(CSVWriter().line(["=1+1"]) == "=1+1\r\n", "files not meant for a spreadsheet are left as they are")
        let alphabet: [Character] = ["'", "=", "+", "-", "@", "\t", "a", " "]
        let values = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...6).map { String($0.map { alphabet[$0] }) }
        await propertyCheck(count: 500, input: values) { value in
            let written = writer.line([value, "x"])
            let reader = CSVReader(source: MemoryByteSource(written), file: "w.csv", delimiter: UInt8(ascii: ","), language: .en)
            #expect(reader.nextRecord())
            let cell = reader.string(0)
            #expect(CSVWriter.restoringFormulaText(cell) == value)
            if let first = cell.unicodeScalars.first { #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first)) }
        }
    }
}
