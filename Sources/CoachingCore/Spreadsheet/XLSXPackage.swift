/// The parts of an xlsx package (a ZIP of XML files), read within fixed bounds: a workbook
/// is a dozen small parts, and a file that claims more is refused before anything is inflated.
///
/// The only place the spreadsheet code touches the ZIP reader (``open(_:)``), so that a
/// change in how packages are read is made here alone.
struct XLSXPackage {
    /// How much of a workbook is read at most. Named, with the reason for each number, so a
    /// hostile file (a ZIP bomb, a million parts) is refused before it costs memory.
    struct Limits: Sendable {
        /// The largest workbook file read. The worksheet of a batch of 24,000 sessions (the
        /// largest office the project plans for) is about 3 MB; 64 MB leaves room for pictures
        /// or other sheets a person may add, and keeps the whole file in memory affordable.
        var fileBytes = 64 << 20
        /// A workbook has a dozen parts; Excel and LibreOffice add themes, printer settings or
        /// a thumbnail. More than a thousand is not a workbook a person saved.
        var entries = 1_000
        /// The largest part inflated, by the size its ZIP entry declares (checked before
        /// inflating, and the inflated size must then be exactly that): the sheet of 24,000
        /// sessions is about 40 MB of XML.
        var partBytes = 96 << 20
        /// All parts read, inflated together: many parts each under the limit above stop here.
        var inflatedBytes = 160 << 20
        /// The most cells read: the worksheet of 24,000 sessions has 432,000; a sheet of
        /// millions of cells is not a worksheet, and each cell read costs memory.
        var cells = 4_000_000
        /// The most shared texts kept (each costs memory even when no cell uses it).
        var sharedStrings = 4_000_000

        static let standard = Limits()
    }

    static var maximumFileBytes: Int { Limits.standard.fileBytes }

    /// Why a file cannot be read as a workbook, for the person who saved it: a message put into
    /// words by ``XLSXReader`` in the reader's language.
    struct Refusal: Error, Equatable {
        var message: Message

        init(_ key: MessageKey, _ arguments: [String: String] = [:], parts: [String: Message] = [:]) {
            message = Message(key, arguments, parts: parts)
        }
    }

    let limits: Limits
    private let entries: [String: ZipReader.Entry]
    private let contents: (ZipReader.Entry) -> Result<[UInt8], ZipReader.Damaged>
    private var inflated = 0

    init(_ bytes: [UInt8], limits: Limits = .standard) throws(Refusal) {
        self.limits = limits
        guard bytes.count <= limits.fileBytes else {
            throw Refusal(.xlsxTooLarge, parts: ["size": Self.megabytes(bytes.count), "limit": Self.megabytes(limits.fileBytes)])
        }
        let (list, contents) = try Self.open(bytes)
        guard list.count <= limits.entries else {
            throw Refusal(.xlsxTooManyFiles, ["count": "\(list.count)", "limit": "\(limits.entries)"])
        }
        // Names are compared without a leading slash and case-blind, as Office itself does.
        var entries: [String: ZipReader.Entry] = [:]
        for entry in list { entries[Self.key(entry.path)] = entries[Self.key(entry.path)] ?? entry }
        self.entries = entries
        self.contents = contents
    }

    /// The ZIP reader, and nothing else of it: the entries and a way to read one.
    private static func open(_ bytes: [UInt8]) throws(Refusal) -> ([ZipReader.Entry], (ZipReader.Entry) -> Result<[UInt8], ZipReader.Damaged>) {
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw Refusal(.xlsxNotZip)
        }
        do {
            let reader = try ZipReader(bytes: bytes)
            return (reader.entries, { reader.contents(of: $0) })
        } catch {
            throw Refusal(.xlsxDamaged, ["detail": error.description])
        }
    }

    /// `96 MB`; below a megabyte, in bytes (`byte` in Indonesian, `bytes` in English).
    static func megabytes(_ bytes: Int) -> Message {
        bytes >= 1 << 20 ? Message(.sizeMegabytes, ["count": "\(bytes >> 20)"]) : Message(.sizeBytes, ["count": "\(bytes)"])
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }

    /// The part at `path` inflated, or nil when the package has none.
    mutating func part(_ path: String) throws(Refusal) -> [UInt8]? {
        guard let entry = entries[Self.key(path)] else { return nil }
        guard entry.size <= limits.partBytes else {
            throw Refusal(.xlsxPartTooLarge, ["part": entry.path], parts: ["size": Self.megabytes(entry.size), "limit": Self.megabytes(limits.partBytes)])
        }
        guard inflated + entry.size <= limits.inflatedBytes else {
            throw Refusal(.xlsxPartsTooLarge, parts: ["limit": Self.megabytes(limits.inflatedBytes)])
        }
        inflated += entry.size
        switch contents(entry) {
        case .success(let bytes): return bytes
        case .failure(let damage): throw Refusal(.xlsxDamaged, ["detail": damage.description])
        }
    }
}
