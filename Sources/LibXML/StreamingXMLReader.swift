import CLibXML2

/// Where a ``StreamingXMLReader`` gets its bytes. Bytes are handed over raw, so libxml2
/// never gets the chance to gunzip a file or open a URL on its own.
public protocol XMLByteSource: AnyObject {
    /// Fills `buffer` with up to `buffer.count` bytes; returns how many, 0 at the end, -1 on error.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
}

/// A forward-only, streaming reader (libxml2's `xmlTextReader`) hardened for untrusted
/// input: no network, no entity substitution, no DTD, a DOCTYPE is refused, and the
/// document is validated against an XSD while it streams.
///
/// Memory stays bounded by the depth of the document, not its size. Use one reader per
/// thread at a time: libxml2 reports errors through a per-thread handler.
public final class StreamingXMLReader {
    /// The kind of node the reader is on.
    public enum NodeKind: Equatable, Sendable {
        case element, endElement, text, whitespace, comment, processingInstruction, documentType, other
    }

    private let reader: xmlTextReaderPtr
    private let source: SourceBox
    private let sink: XMLIssueSink
    private let schema: XMLSchema?
    private var sawDocumentType = false
    private var checkedDocumentType = false

    /// Creates a reader over `source`; `name` is used in messages only.
    public init?(source: XMLByteSource, name: String, schema: XMLSchema?, issueLimit: Int = 100) {
        LibXML.prepare()
        let box = SourceBox(source)
        let context = Unmanaged.passUnretained(box).toOpaque()
        let read: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return -1 }
            let box = Unmanaged<SourceBox>.fromOpaque(context).takeUnretainedValue()
            return Int32(box.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
        }
        guard let reader = xmlReaderForIO(read, nil, context, name, nil, LibXML.safeParserOptions) else {
            return nil
        }
        self.reader = reader
        self.source = box
        self.schema = schema
        self.sink = XMLIssueSink(limit: issueLimit)
        if let schema {
            xmlTextReaderSetSchema(reader, schema.pointer)
        }
        // Errors go to libxml2's per-thread structured handler rather than the reader's own:
        // once an XSD is plugged into the parser, the reader's handler is called with the
        // validator's context in place of the parser's and crashes (libxml2 2.9).
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), XMLIssueSink.callback)
    }

    deinit {
        xmlFreeTextReader(reader)
        xmlSetStructuredErrorFunc(nil, nil)
    }

    /// Problems found so far (well-formedness and schema), in document order.
    public var issues: [XMLIssue] { sink.issues }
    /// How many issues were not kept because of the limit.
    public var droppedIssueCount: Int { sink.dropped }

    /// Moves to the next node. Returns false at the end of the document or after a fatal error
    /// (see ``issues``). A DOCTYPE ends reading with an issue: our documents never have one.
    public func next() -> Bool {
        let result = xmlTextReaderRead(reader)
        guard result == 1 else {
            // An entity in the root's attributes fails before the first node is returned;
            // the DOCTYPE behind it is the problem to name.
            if !checkedDocumentType, let (l, c) = source.position(of: Array("<!DOCTYPE".utf8)) {
                refuseDocumentType(line: l, column: c)
            }
            checkedDocumentType = true
            return false
        }
        if !checkedDocumentType {
            // A DOCTYPE precedes the root, so it is known once the first node is read.
            checkedDocumentType = true
            // The document through the current node, not `xmlTextReaderCurrentDoc`: that call
            // tells the reader the caller now owns the document, so freeing the reader left the
            // document and its dictionary behind, about 5 KB per file read: 113 MB over the
            // 20,000 Berita Acara XML files one `verify` of a large batch reads.
            let document = xmlTextReaderCurrentNode(reader)?.pointee.doc
            let hasDTD = document.map { $0.pointee.intSubset != nil || $0.pointee.extSubset != nil } ?? false
            if hasDTD || xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                let (l, c) = source.position(of: Array("<!DOCTYPE".utf8)) ?? (line, column)
                refuseDocumentType(line: l, column: c)
                return false
            }
        }
        return true
    }

    private func refuseDocumentType(line: Int, column: Int) {
        sawDocumentType = true
        // Whatever libxml2 said about the entities is a consequence; the DOCTYPE is the cause.
        sink.issues.removeAll()
        sink.add(XMLIssue(level: .fatal, line: line, column: column,
                          message: "document type declarations (DOCTYPE) are not allowed", isSchemaViolation: false))
    }

    /// True when a DOCTYPE stopped the reader.
    public var refusedDocumentType: Bool { sawDocumentType }

    /// True when the whole document was well formed and, with a schema, valid.
    public var isValid: Bool {
        guard !sawDocumentType, !sink.issues.contains(where: { $0.level != .warning }) else { return false }
        if schema != nil { return xmlTextReaderIsValid(reader) == 1 }
        return true
    }

    /// The current node's kind.
    public var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue): .text
        case Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue),
             Int32(XML_READER_TYPE_WHITESPACE.rawValue): .whitespace
        case Int32(XML_READER_TYPE_COMMENT.rawValue): .comment
        case Int32(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue): .processingInstruction
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue): .documentType
        default: .other
        }
    }

    /// Nesting depth of the current node, 0 for the root element.
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }
    /// True for `<a/>`.
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    /// 1-based line where the current node starts.
    public var nodeLine: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return line }
        return Int(xmlGetLineNo(node))
    }
    /// 1-based line as far as libxml2 has parsed (may be ahead of the current node).
    public var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    /// 1-based column as far as libxml2 has parsed (may be ahead of the current node).
    public var column: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    /// The current node's local name, without copying; valid until the next move.
    public var localNameBytes: UnsafeRawBufferPointer { Self.bytes(xmlTextReaderConstLocalName(reader)) }
    /// The current node's local name.
    public var localName: String { String(decoding: localNameBytes, as: UTF8.self) }
    /// The current node's namespace URI, empty when none.
    public var namespaceURI: String { String(decoding: Self.bytes(xmlTextReaderConstNamespaceUri(reader)), as: UTF8.self) }
    /// The current text node's value, without copying; valid until the next move.
    public var valueBytes: UnsafeRawBufferPointer { Self.bytes(xmlTextReaderConstValue(reader)) }

    /// Calls `body` with each attribute's local name and value (no copies; valid inside `body`).
    public func forEachAttribute(_ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Void) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        repeat {
            body(Self.bytes(xmlTextReaderConstLocalName(reader)), Self.bytes(xmlTextReaderConstValue(reader)))
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
    }

    private static func bytes(_ pointer: UnsafePointer<xmlChar>?) -> UnsafeRawBufferPointer {
        guard let pointer else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
    }
}

/// Holds the source for the C read callback, which gets an unretained pointer to it.
/// It also keeps the first bytes, to point at a refused DOCTYPE by line and column.
private final class SourceBox {
    let source: XMLByteSource
    private(set) var head: [UInt8] = []
    init(_ source: XMLByteSource) { self.source = source }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = source.read(into: buffer)
        if n > 0 && head.count < 65_536 { head += UnsafeRawBufferPointer(rebasing: buffer[0..<n]) }
        return n
    }

    /// 1-based line and column of the first occurrence of `needle` in the first bytes.
    func position(of needle: [UInt8]) -> (Int, Int)? {
        guard head.count >= needle.count else { return nil }
        var line = 1, column = 1
        for i in 0...(head.count - needle.count) {
            if head[i..<(i + needle.count)].elementsEqual(needle) { return (line, column) }
            if head[i] == 0x0A { line += 1; column = 1 } else if head[i] & 0xC0 != 0x80 { column += 1 }
        }
        return nil
    }
}

/// `strlen` for libxml2's unsigned chars.
@inline(__always)
private func strlen(_ p: UnsafePointer<xmlChar>) -> Int {
    var n = 0
    while p[n] != 0 { n += 1 }
    return n
}
