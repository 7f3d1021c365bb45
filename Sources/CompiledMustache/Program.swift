/// A template body flattened for rendering: plain instructions over shared tables, so
/// walking it costs no reference counting (the node tree cost a third of render time in
/// retains and releases, measured with perf).
final class Program: Sendable {
    enum Op: UInt8, Sendable {
        /// `text[a..<a+b]`
        case text
        /// Path `a`, escaped (`b` = 1) or raw.
        case variable
        /// Path `a`; the body runs to instruction `b`; inverted when `c` = 1.
        case section
        /// Program `a` (-1: missing), indentation `text[b..<b+c]`, overrides table `d` (-1: a plain partial).
        case include
        /// Block named `names[a]`; default body to `b`; indentation `text[c..<c+d]`.
        case block
    }

    struct Instruction: Sendable {
        var op: Op
        var a: Int32
        var b: Int32
        var c: Int32 = 0
        var d: Int32 = -1
    }

    /// A block body: instructions `start..<end`, rendered at `indent` more.
    struct BlockBody: Sendable {
        var start: Int32
        var end: Int32
        var indentStart: Int32
        var indentCount: Int32
    }

    struct PathEntry: Sendable {
        var start: Int32
        var count: Int32
    }

    let code: [Instruction]
    let text: [UInt8]
    let symbols: [Symbol]
    let paths: [PathEntry]
    let names: [String]
    let overrideTables: [[String: BlockBody]]
    /// Where each include instruction (by index) stands in its source, for errors.
    let includePositions: [Int: SourcePosition]

    /// Compiles `nodes`; `programIndex` maps partial names to their program's index.
    init(_ nodes: [Node], programIndex: [String: Int]) {
        var builder = Builder(programIndex: programIndex)
        builder.emit(nodes)
        code = builder.code
        text = builder.text
        symbols = builder.symbols
        paths = builder.paths
        names = builder.names
        overrideTables = builder.overrideTables
        includePositions = builder.includePositions
    }

    private struct Builder {
        let programIndex: [String: Int]
        var code: [Instruction] = []
        var text: [UInt8] = []
        var symbols: [Symbol] = []
        var paths: [PathEntry] = []
        var names: [String] = []
        var overrideTables: [[String: BlockBody]] = []
        var includePositions: [Int: SourcePosition] = [:]

        mutating func bytes(_ b: [UInt8]) -> (Int32, Int32) {
            let start = Int32(text.count)
            text += b
            return (start, Int32(b.count))
        }

        mutating func path(_ p: Path) -> Int32 {
            paths.append(PathEntry(start: Int32(symbols.count), count: Int32(p.symbols.count)))
            symbols += p.symbols
            return Int32(paths.count - 1)
        }

        mutating func emit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text(let b):
                    let (start, count) = bytes(b)
                    code.append(Instruction(op: .text, a: start, b: count))
                case .variable(let p, let escaped):
                    code.append(Instruction(op: .variable, a: path(p), b: escaped ? 1 : 0))
                case .section(let p, let body, let inverted):
                    let at = code.count
                    code.append(Instruction(op: .section, a: path(p), b: 0, c: inverted ? 1 : 0))
                    emit(body)
                    code[at].b = Int32(code.count)
                case .partial(let name, let indent, let at):
                    let (start, count) = bytes(indent)
                    includePositions[code.count] = at
                    code.append(Instruction(op: .include, a: Int32(programIndex[name] ?? -1), b: start, c: count, d: -1))
                case .parent(let name, let indent, let overrides, let at):
                    // Override bodies are compiled here, out of the way of the normal flow.
                    let (start, count) = bytes(indent)
                    let jump = code.count
                    code.append(Instruction(op: .section, a: -1, b: 0))   // skips the bodies below
                    var table: [String: BlockBody] = [:]
                    for (blockName, block) in overrides.sorted(by: { $0.key < $1.key }) {
                        let bodyStart = Int32(code.count)
                        emit(block.nodes)
                        let (indentStart, indentCount) = bytes(block.indent)
                        table[blockName] = BlockBody(start: bodyStart, end: Int32(code.count), indentStart: indentStart, indentCount: indentCount)
                    }
                    code[jump].b = Int32(code.count)
                    overrideTables.append(table)
                    includePositions[code.count] = at
                    code.append(Instruction(op: .include, a: Int32(programIndex[name] ?? -1), b: start, c: count,
                                            d: Int32(overrideTables.count - 1)))
                case .block(let name, let block):
                    names.append(name)
                    let at = code.count
                    let (indentStart, indentCount) = bytes(block.indent)
                    code.append(Instruction(op: .block, a: Int32(names.count - 1), b: 0, c: indentStart, d: indentCount))
                    emit(block.nodes)
                    code[at].b = Int32(code.count)
                }
            }
        }
    }
}
