/// The bounds of the signed-PDF reader. A signed Berita Acara is 30–60 KB; everything here is far
/// above what a real signed document needs and far below what would cost memory or time.
public enum PDFLimits {
    /// The largest signed file read at all: 256 MB (the file is read whole).
    public static let fileSize = 256 << 20
    /// Arrays and dictionaries inside each other.
    static let nesting = 32
    /// Objects (of any kind, nested ones included) parsed in all the revisions after the registered PDF.
    static let objects = 200_000
    /// Indirect objects in those revisions.
    static let indirectObjects = 10_000
    /// Revisions after the registered PDF (one is accepted; more are read to say what they are).
    static let revisions = 16
    /// Places that could end a revision (`%%EOF`) tried when no registered PDF is given.
    static let revisionEnds = 64
    /// Hex digits of a signature's `/Contents`: 1 MB of CMS, far above a signature with its chain
    /// and a timestamp (pyHanko reserves 16 KB; a B-T signature here is about 8 KB).
    public static let contentsHexDigits = 2 << 20
    /// A literal string, a name and a number's digits.
    static let literalString = 64 << 10
    static let name = 127
    static let digits = 18
}

/// Why a file cannot be read as a signed PDF, in words for the clerk who handed it in.
public struct SignedPDFReadError: Error, Equatable, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
