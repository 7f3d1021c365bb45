import CompiledMustache

/// Where templates come from: the defaults carried in the binary, replaced file by file by
/// an office's own folder (`--templates DIR`). A partial not in the office's folder falls
/// back to the default of that name.
public struct TemplateFolder: Sendable {
    /// Reads a file of the office's folder by name; nil when it has none.
    public typealias Reader = @Sendable (String) -> String?

    /// How the office's folder is named in messages (`Templates/`), nil for defaults only.
    public let folder: String?
    private let read: Reader?

    /// The built-in templates only.
    public init() {
        folder = nil
        read = nil
    }

    /// The office's folder `folder` over the built-in templates.
    public init(folder: String, read: @escaping Reader) {
        self.folder = folder
        self.read = read
    }

    /// The source of `name` and the file name to show in messages.
    public func source(_ name: String) -> (file: String, source: String)? {
        if let folder, let text = read?(name) {
            return (folder.hasSuffix("/") ? folder + name : folder + "/" + name, text)
        }
        return EmbeddedTemplates.files[name].map { ("(built-in) \(name)", $0) }
    }

    /// Compiles `name` with its partials. A partial named without an extension takes the
    /// including template's (`{{> kop}}` in an `.html` template is `kop.html`).
    /// With a schema, every name the templates use is checked against it first.
    public func load(_ name: String, schema: TemplateSchema?) throws -> Template {
        let template = try compile(name)
        if let schema, let first = template.problems(against: schema).first { throw first }
        return template
    }

    private func compile(_ name: String) throws -> Template {
        guard let main = source(name) else {
            throw TemplateError(file: name, line: 0, column: 0, problem: .noTemplate(name))
        }
        let fileExtension = name.split(separator: ".").last.map { "." + $0 } ?? ""
        return try Template(name: main.file, source: main.source, escaping: Escaping(fileName: name)) { partial in
            source(partial.contains(".") ? partial : partial + fileExtension)
        }
    }

    /// Every problem of `name` against `schema`, for `coaching templates check`.
    public func problems(_ name: String, schema: TemplateSchema) -> [TemplateError] {
        do {
            return try compile(name).problems(against: schema)
        } catch let error as TemplateError {
            return [error]
        } catch {
            return [TemplateError(file: name, line: 0, column: 0, message: "\(error)")]
        }
    }
}
