@testable import CoachingCore
import CompiledMustache
import PropertyBased
import Testing
import TestSupport

@Suite("Parsers under random input")
struct ParserPropertyTests {
    @Test func decimalsReadBackAsWritten() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...100_000), Gen.int(in: 0...3), Gen.bool) { tenths, decimals, comma in
            let value = Double(tenths) / 10
            let integer = tenths / 10
            let text = decimals == 0 ? "\(integer)" : "\(integer)\(comma ? "," : ".")\(tenths % 10)" + String(repeating: "0", count: decimals - 1)
            let result = Array(text.utf8).withUnsafeBytes { FieldParsing.number($0, decimalComma: comma) }
            // With ',' as the decimal mark (';' files) or '.' (',' files), the value reads back.
            #expect(result == .value(decimals == 0 ? Double(integer) : value), "\(text)")
        }
    }

    @Test func aDotWithThreeDigitsIsRefusedAsUnclearWhereCommaIsTheDecimalMark() {
        let read = { (text: String) in Array(text.utf8).withUnsafeBytes { FieldParsing.number($0, decimalComma: true) } }
        #expect(read("1.234") == .ambiguousThousands)
        #expect(read("78,5") == .value(78.5))
        #expect(read("78.5") == .value(78.5))
        #expect(read("7 8") == .invalid)
        #expect(read("") == .empty)
    }

    @Test func periodsRoundTripInEveryForm() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1990...2100), Gen.int(in: 1...12), Gen.int(in: 1...28)) { year, month, day in
            let expected = Periode(year: year, month: month)!
            let m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
            for text in ["\(year)-\(m)", "\(d)/\(m)/\(year)", "\(m)/\(year)", "\(year)-\(m)-\(d)"] {
                #expect(Periode(parsing: text) == expected, "\(text)")
                #expect(Array(text.utf8).withUnsafeBytes { FieldParsing.periode($0) } == expected, "\(text)")
            }
        }
    }

    @Test func theFirstLineTableAnswersAsADictionaryWould() async {
        // Thousands of keys, so the table grows several times, with repeats among them.
        await propertyCheck(count: 30, input: Gen.int(in: 0...(1 << 30)), Gen.int(in: 1...5_000)) { seed, count in
            var state = UInt64(seed) | 1
            var table = FirstLineTable(), reference: [String: Int] = [:]
            for line in 1...count {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                let key = "RPK-\(state % UInt64(count))"
                let expected = reference[key]
                if expected == nil { reference[key] = line }
                #expect(table.insert(key, line: line) == expected, "\(key) at \(line)")
            }
        }
    }

    @Test func byteSearchFindsWhatANaiveSearchFinds() async {
        // A small alphabet, so needles occur, overlap and almost occur.
        await propertyCheck(count: 500, input: Gen.int(in: 0...(1 << 30)), Gen.int(in: 0...300), Gen.int(in: 1...9), Gen.int(in: 0...40)) {
            seed, length, needleLength, from in
            var state = UInt64(seed) | 1
            func next() -> UInt8 {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                return UInt8(ascii: "a") + UInt8(state % 3)
            }
            let haystack = (0..<length).map { _ in next() }
            let needle = (0..<needleLength).map { _ in next() }
            let naive = from + needleLength > length ? nil
                : (from...(length - needleLength)).first { Array(haystack[$0..<($0 + needleLength)]) == needle }
            #expect(ByteSearch.find(needle, in: haystack, from: from) == naive)
        }
        #expect(ByteSearch.find(Array("BEGIN".utf8), in: Array("BERITA BEGIN".utf8)) == 7)
        #expect(ByteSearch.find([], in: [1, 2]) == nil)
    }

    @Test func datesRoundTripAndTheFastPathAgreesWithTheGeneralOne() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1...9999), Gen.int(in: 0...13), Gen.int(in: 0...32)) { year, month, day in
            let y = String(repeating: "0", count: 4 - String(year).count) + String(year)
            let m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
            let expected = CivilDate(year: year, month: month, day: day)
            // The ISO form (read byte by byte), the Indonesian one and unpadded ISO (read by splitting) agree.
            #expect(CivilDate(parsing: "\(y)-\(m)-\(d)") == expected, "\(y)-\(m)-\(d)")
            #expect(CivilDate(parsing: "\(d)/\(m)/\(y)") == expected, "\(d)/\(m)/\(y)")
            #expect(CivilDate(parsing: "\(y)-\(month)-\(day)") == expected, "\(y)-\(month)-\(day)")
            if let expected { #expect(CivilDate(parsing: expected.description) == expected) }
        }
        for text in ["2026-11-2x", "2026-11-250", "2026/11/25", "+026-11-25", "2026-11-25 ", "", "2026-1x-05"] {
            #expect(CivilDate(parsing: text) == nil, "\(text)")
        }
    }

    /// Random template text made of Mustache's own punctuation: loading either works or fails
    /// with a positioned error; rendering either works or fails with one. Never a crash or hang.
    @Test func randomTemplatesNeverCrashTheEngine() async {
        let pieces = ["{{", "}}", "{{{", "}}}", "#", "^", "/", ">", "<", "$", "=", "&", "!", "a", "b", ".", " ", "\n", "\r\n", "x", "{{=| |=}}", "|"]
        let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 1000, input: generator) { source in
            do {
                let template = try Template(name: "random.html", source: source) { name in
                    name == "a" ? (file: "a", source: "[{{b}}{{> a}}]") : nil
                }
                _ = template.problems(against: .object(["a": .text]))
                _ = try? template.render(.object(["a": .list([.object(["b": .string("<x>")])]), "b": .bool(true)]))
            } catch let error as TemplateError {
                #expect(error.line >= 1 && error.column >= 1, "\(error)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
