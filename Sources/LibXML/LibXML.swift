import CLibXML2

/// Process-wide set-up of libxml2 for untrusted input.
///
/// Call ``prepare()`` before any XML is read (every type in this module does it for you).
/// It initialises the parser once and installs an external-entity loader that refuses
/// everything, so neither a DTD nor an entity can make libxml2 open a file or a URL.
public enum LibXML {
    /// The libxml2 version this binary was compiled against, e.g. `2.9.14`.
    public static var version: String { String(cString: clibxml2_dotted_version()) }

    private static let prepared: Bool = {
        xmlInitParser()
        // Refuse every external resource (XXE, external DTDs, XInclude): no loader ever opens anything.
        xmlSetExternalEntityLoader { _, _, context in
            context?.pointee.wellFormed = 0
            return nil
        }
        return true
    }()

    /// Initialises libxml2 for untrusted input; cheap after the first call.
    public static func prepare() { _ = prepared }

    /// The only parser options we ever use: no network, no entity substitution, no DTD
    /// loading, no recovery, no "huge" limits. Measured with libxml2 2.9.14: with entity
    /// substitution (`NOENT`) a `file://` external entity is read even under `NONET` (XXE);
    /// with `HUGE` a billion-laughs file expanded to 600 MB, using 4.7 GB of memory.
    /// `BIG_LINES` keeps line numbers above 65,535 exact; `COMPACT` stores small text nodes
    /// inline (fewer allocations; xmllint does the same), neither loads anything.
    static let safeParserOptions: Int32 = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)
}
