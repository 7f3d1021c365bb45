import CompiledMustache
import Foundation
import Testing
import TestSupport

/// JSON as the spec files write it.
private indirect enum JSONValue: Decodable {
    case bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var template: TemplateValue {
        switch self {
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .array(let a): .list(a.map(\.template))
        case .object(let o): .object(o.mapValues(\.template))
        case .null: .null
        }
    }
}

private struct SpecFile: Decodable {
    struct Case: Decodable {
        var name: String
        var data: JSONValue
        var template: String
        var partials: [String: String]?
        var expected: String
    }
    var tests: [Case]
}

/// The official Mustache conformance suite, read from `../shared/mustache-spec/`.
@Suite("Mustache specification")
struct MustacheSpecTests {
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    /// `../shared/mustache-spec` beside the checkout (or above it, for a clone placed deeper),
    /// or where `MUSTACHE_SPEC_DIR` points.
    static let specFolder: URL? = {
        if let dir = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"] { return URL(fileURLWithPath: dir) }
        var folder = repositoryRoot
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/mustache-spec")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("sections.json").path) { return candidate }
        }
        return nil
    }()

    /// Shown in the test report instead of passing silently when the suite is absent, as in a user's clone.
    static let absent: Comment = """
        NOT RUN: the official Mustache conformance suite is not on this machine. Put the JSON files of \
        https://github.com/mustache/spec (specs/*.json) into ../shared/mustache-spec beside the checkout, \
        or point MUSTACHE_SPEC_DIR at them, and run the tests again.
        """

    @Test(.enabled(if: specFolder != nil, absent), arguments: files)
    func everyCaseOfTheSpecPasses(file: String) throws {
        let url = try #require(Self.specFolder).appendingPathComponent("\(file).json")
        let spec = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        var failures: [String] = []
        for test in spec.tests {
            do {
                let partials = test.partials ?? [:]
                let template = try Template(name: "\(file):\(test.name).html", source: test.template, escaping: .html) { name in
                    partials[name].map { (file: name, source: $0) }
                }
                let output = try template.renderString(test.data.template)
                if output != test.expected {
                    failures.append("\(test.name): expected \(test.expected.debugDescription), got \(output.debugDescription)")
                }
            } catch {
                failures.append("\(test.name): \(error)")
            }
        }
        print("Mustache spec \(file): \(spec.tests.count - failures.count) of \(spec.tests.count) cases pass")
        #expect(failures == [], "\(file)")
        #expect(spec.tests.count > 0)
    }
}
