/// A compiled template: literal bytes and tags with their names already split and interned.
indirect enum Node: Sendable {
    case text([UInt8])
    case variable(Path, escaped: Bool)
    case section(Path, [Node], inverted: Bool)
    case partial(name: String, indent: [UInt8], at: SourcePosition)
    case parent(name: String, indent: [UInt8], overrides: [String: Block], at: SourcePosition)
    case block(name: String, Block)
}

/// The body of a `{{$block}}`, dedented, with the indentation it is rendered at.
struct Block: Sendable {
    var nodes: [Node]
    var indent: [UInt8]
}

/// A dotted name (`penerima.nip`), split once when the template is compiled.
struct Path: Sendable {
    /// Empty for the implicit iterator `.`.
    var symbols: [Symbol]
    var text: String
    var position: SourcePosition

    init(_ text: String, at position: SourcePosition) {
        self.text = text
        self.position = position
        symbols = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map { Symbol(String($0)) }
    }
}
