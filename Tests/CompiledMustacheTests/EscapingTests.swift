import CompiledMustache
import Testing

@Suite("Escaping")
struct EscapingTests {
    /// A value that slipped past the input checks still gives a document XML can read.
    @Test(arguments: ["jadwal.xml", "jadwal.html"])
    func charactersNoDocumentMayHoldBecomeTheReplacementCharacter(file: String) throws {
        let template = try Template(name: file, source: "<p>{{nama}}</p>", escaping: Escaping(fileName: file)) { _ in nil }
        let value = TemplateValue.object(["nama": .string("De\u{7}wi\u{FFFF} \u{FFFE}Lestari\tA&B\u{FFFD}é")])
        let amp = "&amp;"
        #expect(try template.renderString(value) == "<p>De\u{FFFD}wi\u{FFFD} \u{FFFD}Lestari\tA\(amp)B\u{FFFD}é</p>")
    }

    @Test func plainTextIsLeftAsItIs() throws {
        let template = try Template(name: "a.txt", source: "{{nama}}", escaping: Escaping.none) { _ in nil }
        #expect(try template.renderString(.object(["nama": .string("a\u{7}b")])) == "a\u{7}b")
    }
}
