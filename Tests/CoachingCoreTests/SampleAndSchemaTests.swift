import CoachingCore
import Foundation
import LibXML
import Testing
import TestSupport

@Suite("Sample data and schemas")
struct SampleAndSchemaTests {
    private func generate(_ options: SampleGenerator.Options) throws -> [MemoryByteSink] {
        let sinks = (0..<4).map { _ in MemoryByteSink() }
        _ = try SampleGenerator(options: options).generate(into: .init(reportCSV: sinks[0], reportXML: sinks[1],
                                                                      recommendationsCSV: sinks[2], recommendationsXML: sinks[3]))
        return sinks
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws {
        var options = SampleGenerator.Options()
        options.agents = 40
        let a = try generate(options), b = try generate(options)
        #expect(a.map(\.bytes) == b.map(\.bytes))
        options.seed = 2
        #expect(try generate(options)[0].bytes != a[0].bytes)
    }

    @Test func samplesPassTheChecksInBothFormats() throws {
        var options = SampleGenerator.Options()
        options.agents = 130
        options.periods = 3
        let sinks = try generate(options)
        for pair in [[0, 2], [1, 3]] {
            let results = checkFiles([("l", sinks[pair[0]].bytes), ("r", sinks[pair[1]].bytes)])
            #expect(messages(results) == [])
            #expect(results[0].summary.periods == ["2026-08", "2026-09", "2026-10"])
            #expect(results[0].summary.people > 130)
            #expect(results[1].summary.rows > 0)
            // Teams of 8–15 agents plus their leader.
            #expect((9...16).contains(results[0].summary.people / results[0].summary.teams))
        }
    }

    @Test func someoneIsClearlyBelowTheThreshold() throws {
        let report = try generate(SampleGenerator.Options())[0].text
        let scores = report.split(separator: "\r\n").dropFirst().compactMap { Double($0.split(separator: ",")[7]) }
        #expect(scores.count == 65)
        #expect(scores.contains { $0 < 75 })
        #expect(scores.contains { $0 > 85 })
    }

    @Test func theEmbeddedSchemasAreTheFilesInSchemas() throws {
        for (name, text) in EmbeddedSchemas.files {
            let file = try String(contentsOf: repositoryRoot.appendingPathComponent("Schemas").appendingPathComponent(name), encoding: .utf8)
            #expect(file == text, "run Scripts/embed-resources after editing Schemas/\(name)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Schemas").path)
        #expect(Set(files.filter { $0.hasSuffix(".xsd") }) == Set(EmbeddedSchemas.files.keys))
    }

    @Test func theExamplesAreTheDocumentedSample() throws {
        let sinks = try generate(SampleGenerator.Options())
        let names = ["laporan-kinerja.csv", "laporan-kinerja.xml", "rekomendasi-perbaikan.csv", "rekomendasi-perbaikan.xml"]
        for (sink, name) in zip(sinks, names) {
            let file = try Data(contentsOf: repositoryRoot.appendingPathComponent("Examples").appendingPathComponent(name))
            #expect(Array(file) == sink.bytes, "Examples/\(name) is `coaching sample --out Examples`")
        }
    }
}
