/// A strict, streaming RFC 4180 reader that works on bytes.
///
/// - Delimiter `,`, `;` or tab, detected from the header line unless given.
/// - Quoted fields may hold delimiters, doubled quotes and line breaks; lines end in LF, CRLF or CR.
/// - An unterminated quote, a character after a closing quote, a quote inside an unquoted
///   field, a line longer than ``Limits/maxRecordBytes`` or binary bytes are reported with
///   line and column into ``log``; a wrong field count is left to the caller, which knows
///   the columns it expects.
///
/// Memory is bounded: the buffer holds one chunk plus at most one record.
/// Fields are views into the buffer, valid until the next call to ``nextRecord()``.
/// (Why not a third-party library: on a 53 MB file of 630,000 rows, a byte-level parser like
/// this one took 0.20 s, yaslab/CSV.swift 3.6 s and SwiftCSV 4.4 s; yaslab accepts `1,"x"y`
/// and unterminated quotes silently, SwiftCSV drops a trailing empty field and strips
/// leading spaces.)
public final class CSVReader {
    /// Bounds that keep a hostile or broken file from exhausting memory.
    public struct Limits: Sendable {
        public var chunkBytes = 1 << 18
        public var maxRecordBytes = 1 << 20
        public init() {}
    }

    public let file: String
    public private(set) var delimiter: UInt8
    public var log: DiagnosticLog
    /// True once reading stopped before the end because of a fatal problem.
    public private(set) var stoppedEarly = false

    private let source: ByteSource
    private let limits: Limits
    private var normalizer: TextNormalizer
    private let raw: UnsafeMutableRawBufferPointer
    private let storage: UnsafeMutableRawBufferPointer
    private var start = 0          // first unconsumed byte in storage
    private var filled = 0         // end of valid bytes in storage
    private var sourceDone = false
    private var pendingFailure: TextNormalizer.Failure?
    private var delimiterKnown: Bool

    private var line = 1           // line of `start`
    private var lineStart = 0      // storage offset where that line begins

    /// Where one field of the current record lies in storage.
    /// 32-bit offsets (storage stays far below 2 GiB) keep it at 24 bytes: written ~17
    /// times per row, its size shows in the ingest time.
    struct Field {
        var origin: Int32      // first byte, the opening quote included
        var start: Int32       // first byte of the content
        var end: Int32
        var line: Int32
        var lineStart: Int32
        var escaped: Bool
    }
    /// The current record's fields. A manually managed buffer rather than an array property:
    /// field access happens ~15 times per row, and each access to a class's array property
    /// pays a dynamic exclusivity check (measured at ~8% of ingest).
    private var fieldBuffer: UnsafeMutablePointer<Field>
    private var fieldCapacity = 64
    /// 1 for the bytes that end or complicate an unquoted field: delimiter, quote, CR, LF.
    private let specialBytes: UnsafeMutableBufferPointer<UInt8>
    private(set) public var fieldCount = 0
    /// Line on which the current record starts.
    public private(set) var recordLine = 0

    /// The language of the messages.
    public let language: Language

    /// Creates a reader; `delimiter` nil means detect it from the header line.
    /// `startLine` numbers the first line read (a reader over part of a file starts mid-way).
    /// `language`: of the messages about the file's form (quotes, encoding, line length).
    public init(source: ByteSource, file: String, delimiter: UInt8? = nil, encoding: InputEncoding = .auto,
                limits: Limits = Limits(), log: DiagnosticLog = DiagnosticLog(), startLine: Int = 1, language: Language = .id) {
        self.language = language
        self.source = source
        self.line = startLine
        self.file = file
        self.limits = limits
        self.log = log
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        self.delimiterKnown = delimiter != nil
        switch encoding {
        case .auto: normalizer = TextNormalizer()
        case .utf8: normalizer = TextNormalizer(forced: .utf8)
        case .windows1252: normalizer = TextNormalizer(forced: .windows1252)
        }
        raw = .allocate(byteCount: limits.chunkBytes, alignment: 8)
        fieldBuffer = .allocate(capacity: fieldCapacity)
        specialBytes = .allocate(capacity: 256)
        specialBytes.initialize(repeating: 0)
        storage = .allocate(byteCount: limits.maxRecordBytes + 3 * limits.chunkBytes + 16, alignment: 8)
    }

    deinit {
        specialBytes.deallocate()
        fieldBuffer.deallocate()
        raw.deallocate()
        storage.deallocate()
    }

    /// The line the next record starts on.
    var nextLine: Int { line }

    /// What the text turned out to be: nil while it has been plain ASCII.
    var encodingDecision: InputEncoding? {
        switch normalizer.encoding {
        case .undecided: nil
        case .utf8: .utf8
        case .windows1252: .windows1252
        }
    }

    /// The encoding the reader settled on (Windows-1252 gets a warning from the caller).
    public var detectedEncoding: InputEncoding {
        normalizer.encoding == .windows1252 ? .windows1252 : .utf8
    }

    // MARK: - Fields of the current record

    /// The current record as a value: reading fields through it costs no access checks on
    /// the reader (a class), which matters at ~15 fields per row and a million rows.
    var current: CSVRecordView {
        CSVRecordView(storage: UnsafeRawPointer(storage.baseAddress!), fields: UnsafePointer(fieldBuffer), count: fieldCount)
    }


    /// The bytes of field `index` (quotes removed, doubled quotes undone).
    @inline(__always)
    package func field(_ index: Int) -> UnsafeRawBufferPointer {
        let field = fieldBuffer[index]
        return UnsafeRawBufferPointer(start: storage.baseAddress! + Int(field.start), count: Int(field.end - field.start))
    }

    /// Field `index` as a string.
    public func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

    /// Where field `index` starts, with the column counted in characters.
    public func location(ofField index: Int) -> SourceLocation {
        let field = fieldBuffer[index]
        return SourceLocation(file: file, line: Int(field.line), column: characterColumn(from: Int(field.lineStart), to: Int(field.origin)))
    }

    /// The location of the record as a whole.
    public var recordLocation: SourceLocation { SourceLocation(file: file, line: recordLine) }


    // MARK: - Reading

    /// Moves to the next non-blank record. Returns false at the end of the input or after a
    /// fatal problem (then ``stoppedEarly`` is true and the problem is in ``log``).
    public func nextRecord() -> Bool {
        while true {
            switch scanRecord() {
            case .record:
                if isBlankRecord { continue }
                return true
            case .needMore:
                if !refill() { return finishAtEnd() }
            case .end:
                return false
            }
        }
    }

    private var isBlankRecord: Bool {
        for i in 0..<fieldCount where fieldBuffer[i].end > fieldBuffer[i].start { return false }
        return true
    }

    private enum ScanResult { case record, needMore, end }

    /// Where a scan stands: the next byte in storage, and the line it is on.
    private struct Cursor {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    /// A problem inside a record, reported once the whole record is there.
    private typealias Problem = (line: Int, lineStart: Int, offset: Int, message: MessageKey)

    // The scan's hot path (plain bytes, field and record ends) is inlined into `scanRecord()`;
    // the rare paths (problems, unclosed quotes) are kept out of it, never inlined, and take
    // and return values: with the cursor passed `inout` to one of them, the scan of a fully
    // quoted file ran 6% more instructions (the cursor then lives in memory, not registers).

    /// Tries to read one record starting at `start` from the bytes in storage.
    private func scanRecord() -> ScanResult {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let end = filled
        let atEOF = sourceDone && pendingFailure == nil
        if start >= end {
            return atEOF || pendingFailure != nil ? (pendingFailure != nil ? .needMore : .end) : .needMore
        }
        guard settleDelimiter() else { return .needMore }
        let delimiter = self.delimiter
        let p = storage.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var at = Cursor(offset: start, line: line, lineStart: lineStart)
        fieldCount = 0
        var problems: [Problem] = []

        while true {
            let fieldStart = at
            var contentStart = at.offset, contentEnd = at.offset, escaped = false
            if at.offset < end && p[at.offset] == UInt8(ascii: "\"") {
                if let answer = scanQuotedField(p, end: end, atEOF: atEOF, at: &at,
                                                contentStart: &contentStart, contentEnd: &contentEnd, escaped: &escaped) {
                    return answer
                }
                // After a closing quote only a delimiter or the end of the line may follow.
                if at.offset < end, p[at.offset] != delimiter, p[at.offset] != lf, p[at.offset] != cr {
                    problems.append(Self.textAfterClosingQuote(at))
                    at.offset = Self.fieldEnd(p, from: at.offset, end: end, delimiter: delimiter)
                }
            } else {
                contentEnd = scanUnquotedField(p, end: end, at: &at, problems: &problems)
            }
            if at.offset == end && !atEOF { return tooLong(from: start, to: at.offset) ? .end : .needMore }
            appendField(Field(origin: Int32(truncatingIfNeeded: fieldStart.offset), start: Int32(truncatingIfNeeded: contentStart),
                              end: Int32(truncatingIfNeeded: contentEnd), line: Int32(truncatingIfNeeded: fieldStart.line),
                              lineStart: Int32(truncatingIfNeeded: fieldStart.lineStart), escaped: escaped))
            if at.offset < end && p[at.offset] == delimiter {
                at.offset += 1
                continue
            }
            // End of line or end of input ends the record.
            if at.offset < end {
                if p[at.offset] == cr {
                    if at.offset + 1 == end && !atEOF { return .needMore }
                    if at.offset + 1 < end && p[at.offset + 1] == lf { at.offset += 1 }
                }
                at.offset += 1
                at.line += 1
                at.lineStart = at.offset
            }
            break
        }
        finishRecord(at: at, problems: problems)
        return .record
    }

    /// Settles the delimiter (detected from the header line unless given) and marks the bytes
    /// that end or complicate an unquoted field. False asks for more bytes.
    @inline(__always)
    private func settleDelimiter() -> Bool {
        if !delimiterKnown {
            guard detectDelimiter() else { return false }
        }
        if specialBytes[Int(delimiter)] == 0 {
            for b in [delimiter, UInt8(ascii: "\""), 0x0A, 0x0D] { specialBytes[Int(b)] = 1 }
        }
        return true
    }

    /// Scans an unquoted field from `at` to its delimiter or line end; returns where it ends.
    @inline(__always)
    private func scanUnquotedField(_ p: UnsafeMutablePointer<UInt8>, end: Int, at: inout Cursor, problems: inout [Problem]) -> Int {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let delimiter = self.delimiter
        let special = specialBytes.baseAddress!
        var i = at.offset
        var sawQuote = false
        while i < end {
            let b = p[i]
            // One table lookup per byte instead of four comparisons: most bytes are plain.
            if special[Int(b)] == 0 { i += 1; continue }
            if b == delimiter || b == lf || b == cr { break }
            if b == quote && !sawQuote {
                sawQuote = true
                problems.append(Self.quoteInsideField(at, offset: i))
            }
            i += 1
        }
        at.offset = i
        return i
    }

    /// Scans a quoted field from its opening quote at `at` to just past its closing quote,
    /// following the line breaks inside it. Returns nil once the field is complete, or what
    /// ``scanRecord()`` answers when it is not: more bytes needed, or the end.
    @inline(__always)
    private func scanQuotedField(_ p: UnsafeMutablePointer<UInt8>, end: Int, atEOF: Bool, at: inout Cursor,
                                 contentStart: inout Int, contentEnd: inout Int, escaped: inout Bool) -> ScanResult? {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let opening = at
        var i = at.offset + 1
        contentStart = i
        while i < end {
            let b = p[i]
            if b == quote {
                if i + 1 < end && p[i + 1] == quote { escaped = true; i += 2; continue }
                if i + 1 == end && !atEOF { return .needMore }
                contentEnd = i
                at.offset = i + 1
                return nil
            } else if b == lf {
                at.line += 1; at.lineStart = i + 1
            } else if b == cr {
                if i + 1 == end && !atEOF { return .needMore }
                if i + 1 < end && p[i + 1] == lf { i += 1 }
                at.line += 1; at.lineStart = i + 1
            }
            i += 1
        }
        if !atEOF { return tooLong(from: start, to: i) ? .end : .needMore }
        return unclosedQuote(opening)
    }

    /// Makes the scanned record current: reports its problems, undoes doubled quotes, moves past it.
    @inline(__always)
    private func finishRecord(at: Cursor, problems: [Problem]) {
        recordLine = line
        if !problems.isEmpty { report(problems) }
        for index in 0..<fieldCount where fieldBuffer[index].escaped { unescape(index) }
        start = at.offset
        line = at.line
        lineStart = at.lineStart
    }

    // MARK: - Rare paths of the scan

    /// The problem of a quote inside a field that does not start with one.
    @inline(never)
    private static func quoteInsideField(_ at: Cursor, offset: Int) -> Problem {
        (at.line, at.lineStart, offset,
         .csvQuoteInside)
    }

    /// The problem of text after the closing quote of a field.
    @inline(never)
    private static func textAfterClosingQuote(_ at: Cursor) -> Problem {
        (at.line, at.lineStart, at.offset,
         .csvTextAfterQuote)
    }

    /// The offset of the next delimiter or line end from `offset`, to skip text after a closing quote.
    @inline(never)
    private static func fieldEnd(_ p: UnsafeMutablePointer<UInt8>, from offset: Int, end: Int, delimiter: UInt8) -> Int {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var i = offset
        while i < end, p[i] != delimiter, p[i] != lf, p[i] != cr { i += 1 }
        return i
    }

    /// A quote still open at the end of the input: reading stops there.
    @inline(never)
    private func unclosedQuote(_ opening: Cursor) -> ScanResult {
        let column = characterColumn(from: opening.lineStart, to: opening.offset)
        log.error(SourceLocation(file: file, line: opening.line, column: column),
                  language.text(.csvUnclosedQuote))
        stoppedEarly = true
        return .end
    }

    /// Logs a record's problems, each at its line and column.
    @inline(never)
    private func report(_ problems: [Problem]) {
        for (l, ls, offset, message) in problems {
            log.error(SourceLocation(file: file, line: l, column: characterColumn(from: ls, to: offset)), language.text(message))
        }
    }

    @inline(__always)
    private func appendField(_ field: Field) {
        if fieldCount == fieldCapacity {
            let bigger = UnsafeMutablePointer<Field>.allocate(capacity: fieldCapacity * 2)
            bigger.moveInitialize(from: fieldBuffer, count: fieldCount)
            fieldBuffer.deallocate()
            fieldBuffer = bigger
            fieldCapacity *= 2
        }
        (fieldBuffer + fieldCount).initialize(to: field)
        fieldCount += 1
    }

    /// Records longer than the limit end the file: a 1 GB "line" is not a record.
    private func tooLong(from: Int, to: Int) -> Bool {
        guard to - from >= limits.maxRecordBytes else { return false }
        log.error(SourceLocation(file: file, line: line),
                  language.text(.csvLineTooLong, ["line": "\(line)", "kib": "\(limits.maxRecordBytes / 1024)"]))
        stoppedEarly = true
        return true
    }

    /// Undoes `""` → `"` in place; the field only gets shorter.
    private func unescape(_ index: Int) {
        var read = Int(fieldBuffer[index].start), write = Int(fieldBuffer[index].start)
        while read < Int(fieldBuffer[index].end) {
            storage[write] = storage[read]
            read += storage[read] == UInt8(ascii: "\"") ? 2 : 1
            write += 1
        }
        fieldBuffer[index].end = Int32(write)
    }

    private func characterColumn(from lineBegin: Int, to offset: Int) -> Int {
        var column = 1
        for i in lineBegin..<offset where storage[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Picks the most frequent of `,` `;` tab outside quotes on the header line. Needs the
    /// whole first line in storage; returns false to ask for more bytes.
    private func detectDelimiter() -> Bool {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var inQuotes = false
        var i = start
        while i < filled {
            let b = storage[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            else if !inQuotes && (b == 0x0A || b == 0x0D) { break }
            else if !inQuotes, counts[b] != nil { counts[b]! += 1 }
            i += 1
        }
        if i == filled && !(sourceDone || pendingFailure != nil) && i - start < limits.maxRecordBytes { return false }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
        delimiter = best.value > 0 ? best.key : UInt8(ascii: ",")
        delimiterKnown = true
        return true
    }

    /// Moves the unread bytes to the front and appends the next normalised chunk.
    /// Returns false when nothing more can come.
    private func refill() -> Bool {
        if sourceDone || pendingFailure != nil { return false }
        if start > 0 {
            let remaining = filled - start
            if remaining > 0 {
                storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: remaining)
            }
            lineStart -= start
            filled = remaining
            start = 0
        }
        let count: Int
        do {
            count = try source.read(into: raw)
        } catch {
            log.error(SourceLocation(file: file, line: line), language.text(.csvReadFailed, ["reason": language.describe(error, path: file)]))
            stoppedEarly = true
            return false
        }
        if count == 0 { sourceDone = true }
        let (written, failure) = normalizer.normalize(UnsafeRawBufferPointer(rebasing: raw[0..<count]),
                                                      isLast: count == 0, into: storage.baseAddress! + filled)
        filled += written
        pendingFailure = failure
        return true
    }

    /// At the end of input: report a text-encoding failure at the line it happened, if any.
    private func finishAtEnd() -> Bool {
        guard let failure = pendingFailure else { return false }
        var failLine = line, failLineStart = lineStart
        var i = start
        while i < filled {
            if storage[i] == 0x0A || (storage[i] == 0x0D && (i + 1 == filled || storage[i + 1] != 0x0A)) {
                failLine += 1; failLineStart = i + 1
            }
            i += 1
        }
        let location = SourceLocation(file: file, line: failLine, column: characterColumn(from: failLineStart, to: filled))
        switch failure {
        case .invalidUTF8:
            log.error(location, language.text(.csvInvalidUTF8))
        case .undefinedWindows1252(let byte):
            log.error(location, language.text(.csvNotWindows1252, ["byte": String(byte, radix: 16, uppercase: true)]))
        case .binary(let byte):
            log.error(location, language.text(.csvBinary, ["byte": String(byte, radix: 16, uppercase: true)]))
        }
        stoppedEarly = true
        pendingFailure = nil
        sourceDone = true
        return false
    }
}

/// The text encoding of a CSV input.
public enum InputEncoding: String, Sendable, Codable, CaseIterable {
    case auto
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
}

/// The fields of the current record, valid until the reader moves on.
struct CSVRecordView {
    let storage: UnsafeRawPointer
    let fields: UnsafePointer<CSVReader.Field>
    let count: Int

    @inline(__always)
    func field(_ index: Int) -> UnsafeRawBufferPointer {
        let field = fields[index]
        return UnsafeRawBufferPointer(start: storage + Int(field.start), count: Int(field.end - field.start))
    }
}
