/// A Mustache template compiled once: parsed, names split and interned, partials and
/// parents loaded and compiled with it. Rendering walks the compiled nodes and appends
/// into one buffer; it is thread-safe, so a batch renders on all cores.
///
/// Supports variables, `{{{raw}}}`/`{{&raw}}`, sections, inverted sections, comments,
/// partials, set delimiters and inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`).
public final class Template: Sendable {
    public let name: String
    public let escaping: Escaping
    let nodes: [Node]
    /// Every partial and parent reachable from this template, parsed (for schema checks).
    let partials: [String: [Node]]
    /// The main body and every partial, flattened for rendering; partials by index.
    let main: Program
    let programs: [Program]

    /// Compiles `source`; `partial` returns the source of a named partial (nil when there is
    /// none, which renders as empty, as the spec says). Partials are compiled here, once.
    public init(name: String, source: String, escaping: Escaping? = nil,
                partial: (String) throws -> (file: String, source: String)?) throws {
        self.name = name
        self.escaping = escaping ?? Escaping(fileName: name)
        nodes = try Parser(file: name, source: source).parse()
        var compiled: [String: [Node]] = [:]
        var pending = Self.references(nodes)
        while let next = pending.popLast() {
            guard compiled[next] == nil, let found = try partial(next) else { continue }
            let body = try Parser(file: found.file, source: found.source).parse()
            compiled[next] = body
            pending += Self.references(body).filter { compiled[$0] == nil }
        }
        partials = compiled
        let names = compiled.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        programs = names.map { Program(compiled[$0]!, programIndex: index) }
        main = Program(nodes, programIndex: index)
    }

    /// Names of the partials and parents a node list uses.
    static func references(_ nodes: [Node]) -> [String] {
        var names: [String] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _, _): names.append(name)
                case .parent(let name, _, let overrides, _):
                    names.append(name)
                    for block in overrides.values { walk(block.nodes) }
                case .section(_, let body, _): walk(body)
                case .block(_, let block): walk(block.nodes)
                case .text, .variable: break
                }
            }
        }
        walk(nodes)
        return names
    }

    /// Renders `value` into bytes (UTF-8).
    public func render(_ value: TemplateValue, sizeHint: Int = 4096) throws(TemplateError) -> [UInt8] {
        var renderer = Renderer(template: self, capacity: sizeHint)
        renderer.stack.append(value)
        try renderer.run(main, 0..<main.code.count)
        return renderer.out
    }

    /// Renders `value` into a String.
    public func renderString(_ value: TemplateValue) throws(TemplateError) -> String {
        String(decoding: try render(value), as: UTF8.self)
    }
}
