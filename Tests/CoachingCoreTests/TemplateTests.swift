import CoachingCore
import CompiledMustache
import Foundation
import Testing
import TestSupport

/// A base document as the documents of the next stages will fill it.
func sampleDocumentData(signerName: String = "Ratna Kusumawardani", signerNIP: String = "198012302010012005") -> TemplateValue {
    let line = TemplateShape(["baris"])
    return .object([
        "kantor": .object([
            "kop": .list(["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PAJAK", "KANTOR LAYANAN INFORMASI DAN PENGADUAN"]
                .map { .object(TemplateObject(shape: line, values: [.string($0)])) }),
            "alamat": .list([.object(TemplateObject(shape: line, values: [.string("JALAN GATOT SUBROTO KAV. 40-42, JAKARTA 12190")]))]),
        ]),
        "dokumen": .object(["judul": .string("JADWAL COACHING"), "nomor": .string("JDW-1/KLIP/2026"), "konsep": .bool(true)]),
        "penandatangan": .object([
            "tempatTanggal": .string("Jakarta, 25 November 2026"), "atasNama": .null,
            "jabatan": .string("Kepala Seksi Penjaminan Kualitas Layanan"),
            "nama": .string(signerName), "nip": .string(signerNIP),
        ]),
    ])
}

@Suite("Templates")
struct TemplateTests {
    private func template(_ source: String, name: String = "t.html", partials: [String: String] = [:]) throws -> Template {
        try Template(name: name, source: source) { partial in partials[partial].map { (file: partial, source: $0) } }
    }

    @Test func theBaseDocumentRendersAsTheGoldenFile() throws {
        let rendered = try TemplateFolder().load("dokumen.html", schema: DocumentSchemas.base).renderString(sampleDocumentData())
        let golden = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/dokumen.html")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func escapesPerScalarSoAQuoteBeforeACombiningMarkIsStillEscaped() throws {
        let value = TemplateValue.object(["x": .string("\"\u{0301} onmouseover='a' <b>&")])
        #expect(try template("<a title=\"{{x}}\">").renderString(value) == "<a title=\"&quot;\u{0301} onmouseover=&#39;a&#39; &lt;b&gt;&amp;\">")
        #expect(try template("<a t=\"{{x}}\"/>", name: "t.xml").renderString(value) == "<a t=\"&quot;\u{0301} onmouseover=&apos;a&apos; &lt;b&gt;&amp;\"/>")
        #expect(try template("{{{x}}}|{{&x}}").renderString(value) == "\"\u{0301} onmouseover='a' <b>&|\"\u{0301} onmouseover='a' <b>&")
        #expect(try template("{{x}}", name: "t.txt").renderString(value) == "\"\u{0301} onmouseover='a' <b>&")
    }

    @Test func strictLoadingNamesTheUnknownNameAtItsPlace() throws {
        let folder = TemplateFolder(folder: "Templates") { name in
            name == "tanda-tangan.html" ? "<div>\n  <p>{{penandatangan.nama}}</p>\n  <p>NIP {{penerima.nip}}</p>\n</div>\n" : nil
        }
        #expect(throws: TemplateError(file: "Templates/tanda-tangan.html", line: 3, column: 10, problem: .unknownName("penerima.nip"))) {
            try folder.load("dokumen.html", schema: DocumentSchemas.base)
        }
    }

    @Test func anOfficeFolderReplacesFilesOneByOne() throws {
        let folder = TemplateFolder(folder: "kantor") { name in
            name == "kop.html" ? "<header>KOP KANTOR</header>\n" : nil
        }
        let html = try folder.load("dokumen.html", schema: DocumentSchemas.base).renderString(sampleDocumentData())
        #expect(html.contains("<header>KOP KANTOR</header>"))
        #expect(html.contains("<p class=\"nip\">NIP 198012302010012005</p>"))  // tanda-tangan.html: the built-in one
    }

    @Test func partialsCannotLeaveTheirFolderAndCyclesAreErrors() throws {
        #expect(throws: TemplateError(file: "t.html", line: 1, column: 3, problem: .partialOutsideFolder("../rahasia"))) {
            try template("x {{> ../rahasia}}")
        }
        let cyclic = try template("{{> a}}", partials: ["a": "[{{> b}}]", "b": "({{> a}})"])
        #expect(cyclic.problems(against: .object([:])).map(\.description) == ["b:1:2: partial 'a' includes itself (a → b → a)"])
        #expect(throws: TemplateError.self) { try cyclic.render(.object([:])) }
    }

    @Test func twoSectionTagsOnALineKeepTheClassicRule() throws {
        let source = "<s>\n  {{#a}}\n  yes\n  {{/a}}{{^a}}\n  no\n  {{/a}}\n</s>\n"
        #expect(try template(source).renderString(.object(["a": .bool(true)])) == "<s>\n  yes\n  </s>\n")
        #expect(try template(source).renderString(.object(["a": .bool(false)])) == "<s>\n\n  no\n</s>\n")
    }

    @Test func requiredValuesThatAreEmptyAreNamed() {
        let data = sampleDocumentData(signerName: " ", signerNIP: "")
        #expect(DocumentSchemas.base.emptyRequiredValues(in: data) == ["penandatangan.nama", "penandatangan.nip"])
        #expect(DocumentSchemas.base.emptyRequiredValues(in: sampleDocumentData()) == [])
    }

    @Test func theEmbeddedTemplatesAreTheFilesInTemplates() throws {
        for (name, text) in EmbeddedTemplates.files {
            let file = try String(contentsOf: repositoryRoot.appendingPathComponent("Templates").appendingPathComponent(name), encoding: .utf8)
            #expect(file == text, "run Scripts/embed-resources after editing Templates/\(name)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Templates").path)
        #expect(Set(files.filter { !$0.hasSuffix(".md") }) == Set(EmbeddedTemplates.files.keys))
    }

    @Test func rendersTheSameOnManyThreads() async throws {
        let compiled = try TemplateFolder().load("dokumen.html", schema: DocumentSchemas.base)
        let expected = try compiled.renderString(sampleDocumentData())
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<32 {
                group.addTask { try compiled.renderString(sampleDocumentData(signerName: "Nama \(i)")) }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outputs.count == 32)
        #expect(outputs.allSatisfy { $0.replacingOccurrences(of: #"Nama \d+"#, with: "Ratna Kusumawardani", options: .regularExpression) == expected })
    }
}
