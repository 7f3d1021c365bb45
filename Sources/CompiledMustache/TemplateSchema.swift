/// The shape of the data a document provides, for strict templates: every name a template
/// uses must exist here, checked when the template is loaded, before anything is rendered.
public indirect enum TemplateSchema: Sendable, Equatable {
    /// Text or a number; `required` ones must not be empty when a document is rendered.
    case value(required: Bool)
    /// A true/false switch, for sections.
    case flag
    case object([String: TemplateSchema])
    case list(TemplateSchema)

    /// A value that may be empty.
    public static let text = TemplateSchema.value(required: false)
    /// A value that must not be empty (a signer's name or NIP).
    public static let required = TemplateSchema.value(required: true)

    /// Paths of required values that are empty or missing in `value`, like `penandatangan.nip`
    /// or `peserta[3].nama`.
    public func emptyRequiredValues(in value: TemplateValue, path: String = "") -> [String] {
        var found: [String] = []
        collectEmpty(in: value, path: { path }, into: &found)
        return found
    }

    /// Paths are made only for what is reported, and an object's keys are sorted and interned
    /// once per list, not per item: a Jadwal of 5,000 sessions has 100,000 values to look at.
    private func collectEmpty(in value: TemplateValue, path: () -> String, into found: inout [String]) {
        switch (self, value) {
        case (.value(true), .string(let s)) where Self.isBlank(s): found.append(path())
        case (.value(true), .null): found.append(path())
        case (.object(let fields), _):
            Self.collectEmpty(Self.entries(fields), in: value, path: path, into: &found)
        case (.list(let element), .list(let items)):
            if case .object(let fields) = element {
                let entries = Self.entries(fields)
                for (offset, item) in items.enumerated() {
                    Self.collectEmpty(entries, in: item, path: { "\(path())[\(offset)]" }, into: &found)
                }
            } else {
                for (offset, item) in items.enumerated() {
                    element.collectEmpty(in: item, path: { "\(path())[\(offset)]" }, into: &found)
                }
            }
        default:
            break
        }
    }

    private typealias Entry = (key: String, symbol: Symbol, schema: TemplateSchema)

    private static func entries(_ fields: [String: TemplateSchema]) -> [Entry] {
        fields.keys.sorted().map { ($0, Symbol($0), fields[$0]!) }
    }

    /// An object's fields (all of them missing when `value` is not an object).
    private static func collectEmpty(_ entries: [Entry], in value: TemplateValue, path: () -> String, into found: inout [String]) {
        var object: TemplateObject?
        switch value {
        case .object(let o): object = o
        case .null: object = nil
        default: return
        }
        for entry in entries {
            let child = { () -> String in let p = path(); return p.isEmpty ? entry.key : "\(p).\(entry.key)" }
            entry.schema.collectEmpty(in: object?.value(entry.symbol) ?? .null, path: child, into: &found)
        }
    }

    /// Empty or only white space; the usual answer, a printable ASCII first byte, without
    /// walking the whole text.
    private static func isBlank(_ s: String) -> Bool {
        if let first = s.utf8.first, first > 0x20, first < 0x80 { return false }
        return s.allSatisfy(\.isWhitespace)
    }
}

extension Template {
    /// Checks every name the template and its partials use against `schema`, and that
    /// partials exist and do not include themselves. Returns every problem found.
    public func problems(against schema: TemplateSchema) -> [TemplateError] {
        var checker = SchemaChecker(template: self)
        checker.check(nodes, [schema], chain: [])
        return checker.problems
    }
}

/// Walks compiled nodes with a stack of schemas, as rendering would with values.
private struct SchemaChecker {
    let template: Template
    var problems: [TemplateError] = []
    private var seen: Set<String> = []

    init(template: Template) { self.template = template }

    mutating func check(_ nodes: [Node], _ stack: [TemplateSchema], chain: [String]) {
        for node in nodes {
            switch node {
            case .text: break
            case .variable(let path, _):
                _ = resolve(path, stack)
            case .section(let path, let body, let inverted):
                guard let schema = resolve(path, stack) else { continue }
                if inverted { check(body, stack, chain: chain); continue }
                switch schema {
                case .list(let element): check(body, stack + [element], chain: chain)
                default: check(body, stack + [schema], chain: chain)
                }
            case .partial(let name, _, let at), .parent(let name, _, _, let at):
                if chain.contains(name) {
                    report(at.error(.partialIncludesItself(name: name, chain: chain + [name])))
                    continue
                }
                guard let body = template.partials[name] else {
                    report(at.error(.noPartial(name)))
                    continue
                }
                if case .parent(_, _, let overrides, _) = node {
                    for block in overrides.values { check(block.nodes, stack, chain: chain) }
                }
                check(body, stack, chain: chain + [name])
            case .block(_, let block):
                check(block.nodes, stack, chain: chain)
            }
        }
    }

    /// The schema a name refers to, or nil after reporting it unknown.
    private mutating func resolve(_ path: Path, _ stack: [TemplateSchema]) -> TemplateSchema? {
        guard !path.symbols.isEmpty else { return stack.last }
        let parts = path.text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var current: TemplateSchema?
        for schema in stack.reversed() {
            if case .object(let fields) = schema, let found = fields[parts[0]] {
                current = found
                break
            }
        }
        for part in parts.dropFirst() {
            guard case .object(let fields)? = current, let found = fields[part] else { current = nil; break }
            current = found
        }
        if current == nil { report(path.position.error(.unknownName(path.text))) }
        return current
    }

    private mutating func report(_ error: TemplateError) {
        // A partial used in several places reports each problem once.
        if seen.insert(error.description).inserted { problems.append(error) }
    }
}
