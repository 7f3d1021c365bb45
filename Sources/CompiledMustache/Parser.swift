/// Parses Mustache source into ``Node``s in three steps: scan tags (following set-delimiter
/// tags), settle standalone lines and block indentation, then build the tree.
struct Parser {
    let file: String
    let source: [UInt8]

    init(file: String, source: String) {
        self.file = file
        self.source = Array(source.utf8)
    }

    // MARK: - Tokens

    enum TagKind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters

        /// Tags that may stand alone on a line (and then take the line with them).
        var canStandAlone: Bool { self != .variable && self != .unescaped }
    }

    struct Token {
        enum Kind { case text, tag(TagKind) }
        var kind: Kind
        /// Text bytes, or the tag's name.
        var bytes: [UInt8]
        var position: SourcePosition
        var indent: [UInt8] = []
        /// A text token that ends a line (ends in LF).
        var endsLine: Bool { if case .text = kind { return bytes.last == 0x0A }; return false }
        var tagKind: TagKind? { if case .tag(let k) = kind { return k }; return nil }
        var name: String { String(decoding: bytes, as: UTF8.self) }
    }

    func parse() throws(TemplateError) -> [Node] {
        var tokens = try scan()
        settleLines(&tokens)
        var index = 0
        let nodes = try build(&tokens, &index, closing: nil)
        return nodes
    }

    /// Splits the source into text pieces (each ending at most one line) and tags.
    private func scan() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var i = 0
        var line = 1, lineStart = 0
        let n = source.count

        func position(_ offset: Int) -> SourcePosition {
            var column = 1
            for k in lineStart..<offset where source[k] & 0xC0 != 0x80 { column += 1 }
            return SourcePosition(file: file, line: line, column: column)
        }
        func addText(_ from: Int, _ to: Int) {
            var start = from
            for k in from..<to where source[k] == 0x0A {
                tokens.append(Token(kind: .text, bytes: Array(source[start...k]), position: position(start)))
                line += 1
                lineStart = k + 1
                start = k + 1
            }
            if start < to { tokens.append(Token(kind: .text, bytes: Array(source[start..<to]), position: position(start))) }
        }

        while i < n {
            guard let tagStart = find(open, from: i) else {
                addText(i, n)
                break
            }
            addText(i, tagStart)
            let at = position(tagStart)
            var contentStart = tagStart + open.count
            guard contentStart <= n else { throw at.error(.tagNeverClosed) }
            let (kind, closer) = tagKind(at: contentStart, close: close)
            if kind != .variable { contentStart += 1 }
            guard let tagEnd = find(closer, from: contentStart) else {
                throw at.error(.tagNotClosedWith(String(decoding: closer, as: UTF8.self)))
            }
            // Count lines inside the tag (comments may span lines).
            for k in tagStart..<tagEnd where source[k] == 0x0A { line += 1; lineStart = k + 1 }
            let content = Array(source[contentStart..<tagEnd]).trimmedASCIIWhitespace()
            i = tagEnd + closer.count
            if kind == .delimiters { (open, close) = try delimiters(content, at: at) }
            try checkName(content, of: kind, at: at)
            tokens.append(Token(kind: .tag(kind), bytes: content, position: at))
        }
        return tokens
    }

    /// The first offset at or after `start` where `needle` occurs.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        let n = source.count
        guard !needle.isEmpty, start + needle.count <= n else { return nil }
        var k = start
        while k + needle.count <= n {
            if source[k] == needle[0] && source[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k += 1
        }
        return nil
    }

    /// The kind of the tag whose content starts at `offset` (told by its sigil, if any) and
    /// the delimiter that closes it.
    private func tagKind(at offset: Int, close: [UInt8]) -> (TagKind, closer: [UInt8]) {
        guard offset < source.count else { return (.variable, close) }
        switch source[offset] {
        case UInt8(ascii: "#"): return (.section, close)
        case UInt8(ascii: "^"): return (.inverted, close)
        case UInt8(ascii: "/"): return (.close, close)
        case UInt8(ascii: "!"): return (.comment, close)
        case UInt8(ascii: ">"): return (.partial, close)
        case UInt8(ascii: "<"): return (.parent, close)
        case UInt8(ascii: "$"): return (.block, close)
        case UInt8(ascii: "="): return (.delimiters, Array("=".utf8) + close)
        case UInt8(ascii: "&"): return (.unescaped, close)
        case UInt8(ascii: "{"): return (.unescaped, Array("}".utf8) + close)
        default: return (.variable, close)
        }
    }

    /// The new opening and closing delimiters of a set-delimiter tag.
    private func delimiters(_ content: [UInt8], at: SourcePosition) throws(TemplateError) -> (open: [UInt8], close: [UInt8]) {
        let parts = content.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
        guard parts.count == 2, !parts[0].contains(UInt8(ascii: "=")), !parts[1].contains(UInt8(ascii: "=")) else {
            throw at.error(.setDelimiterMalformed)
        }
        return (Array(parts[0]), Array(parts[1]))
    }

    /// Refuses a tag without a name, and a partial or parent that points outside the template folder.
    private func checkName(_ content: [UInt8], of kind: TagKind, at: SourcePosition) throws(TemplateError) {
        if kind != .comment && kind != .delimiters && content.isEmpty {
            throw at.error(.tagHasNoName)
        }
        if kind == .partial || kind == .parent {
            // Partials come from the template's own folder and may not leave it.
            let name = String(decoding: content, as: UTF8.self)
            if name.hasPrefix("/") || name.contains("\\") || name.split(separator: "/").contains("..") {
                throw at.error(.partialOutsideFolder(name))
            }
        }
    }

    // MARK: - Lines

    /// Marks standalone lines (only whitespace and tags that may stand alone): their
    /// whitespace becomes the indentation of partials and parents and disappears with the
    /// line break. Block bodies are dedented by their intrinsic indentation first.
    private func settleLines(_ tokens: inout [Token]) {
        let lines = Lines(tokens)
        let opener = openers(tokens)
        let standalone = lines.ranges.map { isStandalone($0, tokens, opener: opener) }
        dedentBlocks(&tokens, lines, standalone: standalone)
        clearStandaloneLines(&tokens, lines, standalone: standalone)
    }

    /// Lines as token index ranges, and the line of each token.
    private struct Lines {
        var ranges: [Range<Int>] = []
        var lineOfToken: [Int]

        init(_ tokens: [Token]) {
            var start = 0
            for (k, token) in tokens.enumerated() where token.endsLine {
                ranges.append(start..<(k + 1))
                start = k + 1
            }
            if start < tokens.count { ranges.append(start..<tokens.count) }
            lineOfToken = [Int](repeating: 0, count: tokens.count)
            for (l, range) in ranges.enumerated() { for k in range { lineOfToken[k] = l } }
        }
    }

    /// What each close tag closes, for the inheritance rule of ``isStandalone(_:_:opener:)``.
    private func openers(_ tokens: [Token]) -> [TagKind?] {
        var opener = [TagKind?](repeating: nil, count: tokens.count)
        var open: [TagKind] = []
        for (k, token) in tokens.enumerated() {
            switch token.tagKind {
            case .section?, .inverted?, .parent?, .block?: open.append(token.tagKind!)
            case .close?: opener[k] = open.popLast()
            default: break
            }
        }
        return opener
    }

    /// A line of only whitespace and tags that may stand alone.
    private func isStandalone(_ range: Range<Int>, _ tokens: [Token], opener: [TagKind?]) -> Bool {
        var tags = 0
        for k in range {
            switch tokens[k].kind {
            case .tag(let kind):
                guard kind.canStandAlone else { return false }
                tags += 1
            case .text:
                guard tokens[k].bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return false }
            }
        }
        guard tags > 1 else { return tags == 1 }
        // Several tags make a standalone line only for inheritance, as in
        // `{{<parent}}{{$block}}` (the spec's "Standalone parent/block"); two section tags
        // on a line keep the classic rule, where the line is not standalone.
        return range.allSatisfy { k in
            switch tokens[k].tagKind {
            case nil: true
            case .parent?, .block?: true
            case .close?: opener[k] == .parent || opener[k] == .block
            default: false
            }
        }
    }

    /// The spaces and tabs `bytes` starts with.
    private func leadingWhitespace(_ bytes: [UInt8]) -> [UInt8] { Array(bytes.prefix { $0 == 0x20 || $0 == 0x09 }) }

    /// Blocks: intrinsic indentation and dedenting, outermost first.
    private func dedentBlocks(_ tokens: inout [Token], _ lines: Lines, standalone: [Bool]) {
        for k in tokens.indices where tokens[k].tagKind == .block && standalone[lines.lineOfToken[k]] {
            guard let closeIndex = matchingClose(tokens, k) else { continue }
            let line = lines.lineOfToken[k]
            let indent: [UInt8]
            if lines.lineOfToken[closeIndex] == line {
                let first = lines.ranges[line].lowerBound
                indent = tokens[first].tagKind == nil ? leadingWhitespace(tokens[first].bytes) : []
            } else {
                let next = line + 1 < lines.ranges.count ? lines.ranges[line + 1].lowerBound : tokens.count
                indent = next < tokens.count && tokens[next].tagKind == nil ? leadingWhitespace(tokens[next].bytes) : []
            }
            tokens[k].indent = indent
            guard !indent.isEmpty, lines.lineOfToken[closeIndex] != line else { continue }
            for t in (k + 1)..<closeIndex where tokens[t].tagKind == nil && (t == 0 || tokens[t - 1].endsLine) {
                if tokens[t].bytes.starts(with: indent) { tokens[t].bytes.removeFirst(indent.count) }
            }
        }
    }

    /// Standalone lines lose their whitespace and line break; their indentation goes to
    /// the partials, parents and one-line blocks on them.
    private func clearStandaloneLines(_ tokens: inout [Token], _ lines: Lines, standalone: [Bool]) {
        for (l, range) in lines.ranges.enumerated() where standalone[l] {
            let first = tokens[range.lowerBound]
            let indent = first.tagKind == nil ? leadingWhitespace(first.bytes) : []
            let tags = range.filter { tokens[$0].tagKind != nil }
            // A block opened and closed on one line keeps the line break (it stands for a line).
            let inlineBlock = tags.count == 2 && tokens[tags[0]].tagKind == .block && tokens[tags[1]].tagKind == .close
            for k in range {
                switch tokens[k].kind {
                case .text:
                    if inlineBlock && tokens[k].endsLine {
                        tokens[k].bytes = tokens[k].bytes.last == 0x0A && tokens[k].bytes.dropLast().last == 0x0D ? [0x0D, 0x0A] : [0x0A]
                    } else {
                        tokens[k].bytes = []
                    }
                case .tag(let kind):
                    if kind == .partial || kind == .parent { tokens[k].indent = indent }
                    if kind == .block && lines.lineOfToken[matchingClose(tokens, k) ?? k] == l { tokens[k].indent = indent }
                }
            }
        }
    }

    private func matchingClose(_ tokens: [Token], _ open: Int) -> Int? {
        var depth = 0
        for k in (open + 1)..<tokens.count {
            switch tokens[k].tagKind {
            case .section?, .inverted?, .parent?, .block?: depth += 1
            case .close?:
                if depth == 0 { return k }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    // MARK: - Tree

    private func build(_ tokens: inout [Token], _ index: inout Int, closing: Token?) throws(TemplateError) -> [Node] {
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                guard !token.bytes.isEmpty else { continue }
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + token.bytes)
                } else {
                    nodes.append(.text(token.bytes))
                }
            case .tag(let kind):
                let name = token.name
                switch kind {
                case .comment, .delimiters: continue
                case .variable: nodes.append(.variable(Path(name, at: token.position), escaped: true))
                case .unescaped: nodes.append(.variable(Path(name, at: token.position), escaped: false))
                case .partial: nodes.append(.partial(name: name, indent: token.indent, at: token.position))
                case .section, .inverted:
                    let body = try build(&tokens, &index, closing: token)
                    nodes.append(.section(Path(name, at: token.position), body, inverted: kind == .inverted))
                case .block:
                    let body = try build(&tokens, &index, closing: token)
                    nodes.append(.block(name: name, Block(nodes: body, indent: token.indent)))
                case .parent:
                    let body = try build(&tokens, &index, closing: token)
                    var overrides: [String: Block] = [:]
                    for case .block(let blockName, let block) in body where overrides[blockName] == nil {
                        overrides[blockName] = block
                    }
                    nodes.append(.parent(name: name, indent: token.indent, overrides: overrides, at: token.position))
                case .close:
                    guard let closing else {
                        throw token.position.error(.closesUnopened(name))
                    }
                    guard closing.name == name else {
                        throw token.position.error(.closesOther(name: name, open: closing.name, line: closing.position.line))
                    }
                    return nodes
                }
            }
        }
        if let closing {
            throw closing.position.error(.sectionNeverClosed(closing.name))
        }
        return nodes
    }
}

extension Array where Element == UInt8 {
    func trimmedASCIIWhitespace() -> [UInt8] {
        var lo = startIndex, hi = endIndex
        while lo < hi, self[lo] == 0x20 || self[lo] == 0x09 || self[lo] == 0x0A || self[lo] == 0x0D { lo += 1 }
        while hi > lo, self[hi - 1] == 0x20 || self[hi - 1] == 0x09 || self[hi - 1] == 0x0A || self[hi - 1] == 0x0D { hi -= 1 }
        return Array(self[lo..<hi])
    }
}
