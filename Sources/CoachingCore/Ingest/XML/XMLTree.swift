import LibXML

/// A small XML document read whole into elements, for the files that are small by nature (a
/// batch's Jadwal, the Quality Assessors' notes). Read through the same secure, validating
/// reader as the large inputs; problems go to the log with line and column.
public struct XMLElementNode: Sendable {
    public var name: String
    /// In document order; elements have few, so a list beats a dictionary.
    public var attributes: [(name: String, value: String)]
    public var children: [XMLElementNode]
    /// The text directly inside the element.
    public var text: String
    public var line: Int

    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// Reads `file` against the schema named `xsd` (from `Schemas/`); nil when it is not
    /// well formed or not valid, with the reasons in `log`. Without `xsd` only well-formedness
    /// is checked: for files whose hash the register has already confirmed. Problems are said in `language`.
    public static func read(_ file: InputFile, xsd: String?, language: Language, log: inout DiagnosticLog) -> XMLElementNode? {
        // Compiled once per process: a schema costs a parse, and libxml2 keeps a little of
        // each compile for good (found by fuzzing with LeakSanitizer).
        var schema: XMLSchema?
        if let xsd {
            guard let compiled = InputSchemas.named(xsd) else {
                log.error(SourceLocation(file: file.name), language.text(.xmlNoSchema, ["schema": xsd]))
                return nil
            }
            schema = compiled
        }
        let adapter = XMLSourceAdapter(file.source)
        guard let reader = StreamingXMLReader(source: adapter, name: file.name, schema: schema, issueLimit: log.limit) else {
            log.error(SourceLocation(file: file.name), language.text(.xmlCannotStart))
            return nil
        }
        var stack: [XMLElementNode] = []
        var root: XMLElementNode?
        while reader.next() {
            switch reader.kind {
            case .element:
                var attributes: [(name: String, value: String)] = []
                reader.forEachAttribute { name, value in
                    attributes.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
                }
                let node = XMLElementNode(name: reader.localName, attributes: attributes, children: [], text: "", line: reader.nodeLine)
                if reader.isEmptyElement { close(node, into: &stack, root: &root) } else { stack.append(node) }
            case .text:
                if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: reader.valueBytes, as: UTF8.self) }
            case .endElement:
                if let node = stack.popLast() { close(node, into: &stack, root: &root) }
            default: break
            }
        }
        for issue in reader.issues { log.add(XMLIngest.diagnostic(issue, file: file.name, language: language)) }
        log.countUnlisted(errors: reader.droppedIssueCount)
        if let failure = adapter.failure { log.error(SourceLocation(file: file.name), language.text(.xmlReadToEndFailed, ["reason": language.describe(failure, path: file.name)])) }
        return reader.isValid && adapter.failure == nil ? root : nil
    }

    private static func close(_ node: XMLElementNode, into stack: inout [XMLElementNode], root: inout XMLElementNode?) {
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }
}
