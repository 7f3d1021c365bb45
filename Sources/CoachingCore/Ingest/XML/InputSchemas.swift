import LibXML

/// The XSDs of our XML files, compiled once per process and shared read-only.
public enum InputSchemas {
    /// Our XML namespace.
    public static let namespace = "urn:x-klip-djp:coaching:1"

    public static let report: XMLSchema = compile("laporan-kinerja.xsd")
    public static let recommendations: XMLSchema = compile("rekomendasi.xsd")
    public static let jadwal: XMLSchema = compile("jadwal-coaching.xsd")
    public static let beritaAcara: XMLSchema = compile("berita-acara-coaching.xsd")
    public static let notes: XMLSchema = compile("catatan-coaching.xsd")
    public static let manifest: XMLSchema = compile("manifest-arsip.xsd")
    public static let tandaTerima: XMLSchema = compile("tanda-terima-coaching.xsd")

    /// The compiled schema of `Schemas/<name>`; nil for a name that is not ours.
    public static func named(_ name: String) -> XMLSchema? {
        switch name {
        case "laporan-kinerja.xsd": report
        case "rekomendasi.xsd": recommendations
        case "jadwal-coaching.xsd": jadwal
        case "berita-acara-coaching.xsd": beritaAcara
        case "catatan-coaching.xsd": notes
        case "manifest-arsip.xsd": manifest
        case "tanda-terima-coaching.xsd": tandaTerima
        default: nil
        }
    }

    private static func compile(_ name: String) -> XMLSchema {
        do {
            return try XMLSchema(xsd: EmbeddedSchemas.files[name]!, name: name)
        } catch {
            // The schemas ship inside the binary and are compiled in the tests.
            fatalError("\(error)")
        }
    }
}
