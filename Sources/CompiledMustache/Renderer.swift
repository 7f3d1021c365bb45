/// Renders compiled programs against a context stack into one byte buffer.
struct Renderer {
    let template: Template
    var out: [UInt8]
    var stack: [TemplateValue] = []
    /// Indentation of standalone partials, parents and blocks, added at each template line start.
    private var indent: [UInt8] = []
    private var atLineStart = true
    /// Block overrides in force, outermost first (the outermost wins).
    private var overrides: [(program: Program, table: [String: Program.BlockBody])] = []
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

    /// Runs instructions `range` of `program`.
    mutating func run(_ program: Program, _ range: Range<Int>) throws(TemplateError) {
        var pc = range.lowerBound
        while pc < range.upperBound {
            let instruction = program.code[pc]
            switch instruction.op {
            case .text:
                emitText(program, Int(instruction.a), Int(instruction.b))
                pc += 1
            case .variable:
                emitValue(lookup(program, Int(instruction.a)), escaping: instruction.b == 1 ? template.escaping : .none)
                pc += 1
            case .section:
                let end = Int(instruction.b)
                if instruction.a >= 0 {
                    let value = lookup(program, Int(instruction.a))
                    if instruction.c == 1 {
                        if !value.isTruthy { try run(program, (pc + 1)..<end) }
                    } else if case .list(let items) = value {
                        for item in items {
                            stack.append(item)
                            try run(program, (pc + 1)..<end)
                            stack.removeLast()
                        }
                    } else if value.isTruthy {
                        stack.append(value)
                        try run(program, (pc + 1)..<end)
                        stack.removeLast()
                    }
                }
                pc = end
            case .include:
                if instruction.a >= 0 {
                    try include(Int(instruction.a), program, at: pc, indentStart: Int(instruction.b), indentCount: Int(instruction.c),
                                overrides: instruction.d >= 0 ? program.overrideTables[Int(instruction.d)] : nil)
                }
                pc += 1
            case .block:
                let end = Int(instruction.b)
                let name = program.names[Int(instruction.a)]
                let saved = indent
                indent += program.text[Int(instruction.c)..<Int(instruction.c + instruction.d)]
                if let chosen = overrides.first(where: { $0.table[name] != nil }) {
                    let body = chosen.table[name]!
                    try run(chosen.program, Int(body.start)..<Int(body.end))
                } else {
                    try run(program, (pc + 1)..<end)
                }
                indent = saved
                pc = end
            }
        }
    }

    private mutating func include(_ index: Int, _ caller: Program, at pc: Int, indentStart: Int, indentCount: Int,
                                  overrides table: [String: Program.BlockBody]?) throws(TemplateError) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            let at = caller.includePositions[pc] ?? SourcePosition(file: template.name, line: 0, column: 0)
            throw at.error(.partialsTooDeep(Self.maximumDepth))
        }
        let saved = indent
        indent += caller.text[indentStart..<(indentStart + indentCount)]
        if let table { overrides.append((caller, table)) }
        let program = template.programs[index]
        try run(program, 0..<program.code.count)
        if table != nil { overrides.removeLast() }
        indent = saved
    }

    // MARK: - Lookup

    /// Resolves a dotted name: the first part up the context stack, the rest inside it.
    @inline(__always)
    private func lookup(_ program: Program, _ pathIndex: Int) -> TemplateValue {
        let path = program.paths[pathIndex]
        guard path.count > 0 else { return stack.last ?? .null }
        let first = program.symbols[Int(path.start)]
        var level = stack.count - 1
        var current: TemplateValue = .null
        while level >= 0 {
            if case .object(let object) = stack[level], let value = object.value(first) {
                current = value
                break
            }
            level -= 1
        }
        guard level >= 0 else { return .null }
        var k = Int(path.start) + 1
        let end = Int(path.start + path.count)
        while k < end {
            guard case .object(let object) = current, let value = object.value(program.symbols[k]) else { return .null }
            current = value
            k += 1
        }
        return current
    }

    // MARK: - Output

    /// Template text: indentation goes before each line that starts here.
    private mutating func emitText(_ program: Program, _ start: Int, _ count: Int) {
        guard count > 0 else { return }
        program.text.withUnsafeBufferPointer { text in
            let bytes = UnsafeBufferPointer(rebasing: text[start..<(start + count)])
            if indent.isEmpty {
                out.append(contentsOf: bytes)
                atLineStart = bytes[count - 1] == 0x0A
                return
            }
            var from = 0
            while from < count {
                var to = from
                while to < count && bytes[to] != 0x0A { to += 1 }
                if to < count { to += 1 }
                if atLineStart { out.append(contentsOf: indent) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
                atLineStart = bytes[to - 1] == 0x0A
                from = to
            }
        }
    }

    private mutating func emitValue(_ value: TemplateValue, escaping: Escaping) {
        switch value {
        case .string(var string):
            string.withUTF8 { emitData($0, escaping: escaping) }
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
