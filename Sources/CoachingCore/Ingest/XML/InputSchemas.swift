import LibXML

/// The XSDs of our XML inputs, compiled once per process and shared read-only.
public enum InputSchemas {
    /// Our XML namespace.
    public static let namespace = "urn:x-klip-djp:coaching:1"

    public static let report: XMLSchema = compile("laporan-kinerja.xsd")
    public static let recommendations: XMLSchema = compile("rekomendasi.xsd")

    private static func compile(_ name: String) -> XMLSchema {
        do {
            return try XMLSchema(xsd: EmbeddedSchemas.files[name]!, name: name)
        } catch {
            // The schemas ship inside the binary and are compiled in the tests.
            fatalError("\(error)")
        }
    }
}
