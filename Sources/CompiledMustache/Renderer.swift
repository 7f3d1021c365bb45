/// Renders compiled nodes against a context stack into one byte buffer.
struct Renderer {
    let template: Template
    var out: [UInt8]
    var stack: [TemplateValue] = []
    /// Indentation of standalone partials, parents and blocks, added at each template line start.
    private var indent: [UInt8] = []
    private var atLineStart = true
    /// Block overrides in force, outermost first (the outermost wins).
    private var overrides: [[String: Block]] = []
    private var depth = 0

    /// Partials may recurse through data (the spec's "Recursion"); a cycle that data does not
    /// end must stop with an error, not a crash.
    static let maximumDepth = 200

    init(template: Template, capacity: Int) {
        self.template = template
        out = []
        out.reserveCapacity(capacity)
        stack.reserveCapacity(16)
    }

    mutating func render(_ nodes: [Node]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                bytes.withUnsafeBufferPointer { emitText($0) }
            case .variable(let path, let escaped):
                let value = lookup(path)
                emitValue(value, escaping: escaped ? template.escaping : .none)
            case .section(let path, let body, let inverted):
                let value = lookup(path)
                if inverted {
                    if !value.isTruthy { try render(body) }
                } else if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        try render(body)
                        stack.removeLast()
                    }
                } else if value.isTruthy {
                    stack.append(value)
                    try render(body)
                    stack.removeLast()
                }
            case .partial(let name, let partialIndent, let at):
                guard let body = template.partials[name] else { continue }
                try include(body, indent: partialIndent, at: at, overrides: nil)
            case .parent(let name, let parentIndent, let blocks, let at):
                guard let body = template.partials[name] else { continue }
                try include(body, indent: parentIndent, at: at, overrides: blocks)
            case .block(let name, let block):
                // The outermost override of this name wins; else the default body.
                let chosen = overrides.first { $0[name] != nil }?[name]
                let saved = indent
                indent += block.indent
                if let chosen { try render(chosen.nodes) } else { try render(block.nodes) }
                indent = saved
            }
        }
    }

    private mutating func include(_ body: [Node], indent extra: [UInt8], at: SourcePosition,
                                  overrides blocks: [String: Block]?) throws(TemplateError) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw at.error("partials nest more than \(Self.maximumDepth) deep; a partial includes itself without end")
        }
        let saved = indent
        indent += extra
        if let blocks { overrides.append(blocks) }
        try render(body)
        if blocks != nil { overrides.removeLast() }
        indent = saved
    }

    // MARK: - Lookup

    /// Resolves a dotted name: the first part up the context stack, the rest inside it.
    @inline(__always)
    private func lookup(_ path: Path) -> TemplateValue {
        guard let first = path.symbols.first else { return stack.last ?? .null }
        var found: TemplateValue?
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let object) = stack[level], let value = object.value(first) {
                found = value
                break
            }
            level -= 1
        }
        guard var current = found else { return .null }
        for symbol in path.symbols.dropFirst() {
            guard case .object(let object) = current, let value = object.value(symbol) else { return .null }
            current = value
        }
        return current
    }

    // MARK: - Output

    /// Template text: indentation goes before each line that starts here.
    private mutating func emitText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if indent.isEmpty {
            out.append(contentsOf: bytes)
            if let last = bytes.last { atLineStart = last == 0x0A }
            return
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end < bytes.count { end += 1 }
            if atLineStart { out.append(contentsOf: indent) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            atLineStart = bytes[end - 1] == 0x0A
            start = end
        }
    }

    private mutating func emitValue(_ value: TemplateValue, escaping: Escaping) {
        switch value {
        case .string(let string):
            var s = string
            s.withUTF8 { emitData($0, escaping: escaping) }
        case .int(let n):
            var s = String(n)
            s.withUTF8 { emitData($0, escaping: .none) }
        case .double(let d):
            var s = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
            s.withUTF8 { emitData($0, escaping: .none) }
        case .bool(let b):
            var s = b ? "true" : "false"
            s.withUTF8 { emitData($0, escaping: .none) }
        case .null, .list, .object:
            break
        }
    }

    /// Data: indented at a line start like text, but its own line breaks are left alone.
    @inline(__always)
    private mutating func emitData(_ bytes: UnsafeBufferPointer<UInt8>, escaping: Escaping) {
        guard !bytes.isEmpty else { return }
        if atLineStart && !indent.isEmpty { out.append(contentsOf: indent) }
        escaping.append(bytes, to: &out)
        atLineStart = bytes.last == 0x0A
    }
}
