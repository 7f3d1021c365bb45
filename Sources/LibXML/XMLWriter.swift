import CLibXML2

/// Writes well-formed XML through libxml2's `xmlTextWriter`, so escaping and nesting are
/// correct by construction. Output accumulates in memory; ``takeOutput()`` drains it, which
/// lets a caller stream a large document to disk in pieces.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a document (`<?xml version="1.0" encoding="UTF-8"?>`), indented when `indent` is true.
    public init(indent: Bool = true) {
        LibXML.prepare()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; with `namespace`, declares it as the default namespace.
    public func startElement(_ name: String, namespace: String? = nil) {
        if let namespace {
            xmlTextWriterStartElementNS(writer, nil, name, namespace)
        } else {
            xmlTextWriterStartElement(writer, name)
        }
    }

    /// Writes an attribute of the element just opened.
    public func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, value)
    }

    /// Writes escaped text content.
    public func text(_ value: String) {
        xmlTextWriterWriteString(writer, value)
    }

    /// Writes `<name>value</name>`.
    public func element(_ name: String, text value: String) {
        xmlTextWriterWriteElement(writer, name, value)
    }

    /// Closes the innermost open element.
    public func endElement() {
        xmlTextWriterEndElement(writer)
    }

    /// Closes every open element and ends the document.
    public func endDocument() {
        xmlTextWriterEndDocument(writer)
    }

    /// Returns the bytes written since the last call and empties the buffer.
    public func takeOutput() -> [UInt8] {
        xmlTextWriterFlush(writer)
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
        return bytes
    }
}
