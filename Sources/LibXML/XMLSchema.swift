import CLibXML2

/// A compiled XSD, parsed once and shared read-only between readers (libxml2 allows
/// that; each reader gets its own validation context).
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Compiles an XSD given as text. Throws with libxml2's messages when the schema is invalid.
    public init(xsd: String, name: String) throws(XMLSchemaError) {
        LibXML.prepare()
        let sink = XMLIssueSink(limit: 20)
        var bytes = Array(xsd.utf8)
        let parser: xmlSchemaParserCtxtPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
            }
        }
        guard let parser else { throw XMLSchemaError(name: name, issues: []) }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let context = Unmanaged.passUnretained(sink).toOpaque()
        xmlSchemaSetParserStructuredErrors(parser, XMLIssueSink.callback, context)
        guard let schema = xmlSchemaParse(parser) else {
            throw XMLSchemaError(name: name, issues: sink.issues)
        }
        pointer = schema
        withExtendedLifetime(sink) {}
    }

    deinit { xmlSchemaFree(pointer) }
}

/// An XSD that libxml2 could not compile: a defect of the program, not of the user's input.
public struct XMLSchemaError: Error, CustomStringConvertible {
    public var name: String
    public var issues: [XMLIssue]
    public var description: String {
        "schema \(name) does not compile: " + issues.map { "\($0.line): \($0.message)" }.joined(separator: "; ")
    }
}
