/// The revisions appended to a PDF from a given byte on, read strictly: each is a run of
/// indirect objects, a cross-reference section (a classic `xref` table or an `/XRef` stream, as
/// pyHanko appends in the style of the original), `startxref` pointing at that section, and
/// `%%EOF`. The first one's `/Prev` must point at the section the earlier bytes end with.
struct PDFRevisions {
    /// One appended revision (an incremental update, ISO 32000-1 § 7.5.6).
    struct Revision {
        var start: Int
        var end: Int
        var objects: [PDFIndirectObject]
        var crossReference: Int
        var trailer: PDFDictionary
    }

    var revisions: [Revision]

    typealias Failure = SignedPDFReadError

    /// Reads every revision from `start` (the end of the registered PDF) to the end of `bytes`.
    static func read(_ bytes: [UInt8], from start: Int) throws(Failure) -> PDFRevisions {
        var previous = try startxref(endingAt: start, in: bytes)
        var parser = PDFParser(bytes, at: start)
        var revisions: [Revision] = []
        var objectCount = 0
        while !parser.atEnd {
            guard revisions.count < PDFLimits.revisions else {
                throw Failure("more than \(PDFLimits.revisions) revisions were appended to the document")
            }
            let revisionStart = parser.position
            if bytes[revisionStart...].allSatisfy(PDFParser.isWhitespace) {
                throw Failure("stray bytes follow the last %%EOF (at byte \(revisionStart))")
            }
            var objects: [PDFIndirectObject] = []
            var numbers = Set<Int>()
            var crossReference = 0
            var trailer = PDFDictionary()
            var classicTable: [(number: Int, offset: Int)]?
            while true {
                parser.skipWhitespace()
                if parser.atEnd { throw parser.failure("the file ends before the revision's cross-reference section: it looks cut short") }
                if parser.isNext("xref") {
                    crossReference = parser.position
                    classicTable = try table(&parser)
                    parser.skipWhitespace()
                    try parser.expect("trailer", "the trailer after the cross-reference table")
                    guard let dictionary = try parser.object().dictionary else { throw parser.failure("the trailer is not a dictionary") }
                    trailer = dictionary
                    break
                }
                let object = try indirectObject(&parser)
                if object.hasStream, object.value.dictionary?["Type"]?.name == "XRef" {
                    crossReference = object.offset
                    trailer = object.value.dictionary ?? PDFDictionary()
                    break
                }
                // Two objects of one number in one revision: a reader would see only one of them.
                guard numbers.insert(object.number).inserted else {
                    throw Failure("object \(object.number) is written twice in the revision at byte \(revisionStart)")
                }
                objects.append(object)
                objectCount += 1
                guard objectCount <= PDFLimits.indirectObjects else {
                    throw Failure("more than \(PDFLimits.indirectObjects) objects were appended to the document")
                }
            }
            if let classicTable { try match(classicTable, objects) }
            guard case .integer(let prev)? = trailer["Prev"], prev == previous else {
                throw Failure("the revision at byte \(revisionStart) does not point back (/Prev) to the revision before it")
            }
            parser.skipWhitespace()
            try parser.expect("startxref", "startxref after the cross-reference section")
            parser.skipWhitespace(comments: false)
            guard try parser.unsignedInteger("the startxref offset") == crossReference else {
                throw parser.failure("startxref does not point at the revision's cross-reference section")
            }
            parser.skipWhitespace(comments: false)
            try parser.expect("%%EOF", "%%EOF at the end of the revision")
            parser.position = afterEndOfLine(bytes, parser.position)
            revisions.append(Revision(start: revisionStart, end: parser.position, objects: objects, crossReference: crossReference, trailer: trailer))
            previous = crossReference
        }
        return PDFRevisions(revisions: revisions)
    }

    /// Where a revision ending in `%%EOF` at `position` really ends: after one end of line, if any.
    static func afterEndOfLine(_ bytes: [UInt8], _ position: Int) -> Int {
        if bytes[safe: position] == 13 { return bytes[safe: position + 1] == 10 ? position + 2 : position + 1 }
        return bytes[safe: position] == 10 ? position + 1 : position
    }

    /// The `startxref` value of the revision that ends exactly at `end` (`startxref N %%EOF`,
    /// one end of line allowed after it).
    static func startxref(endingAt end: Int, in bytes: [UInt8]) throws(Failure) -> Int {
        let marker = Array("startxref".utf8)
        let earliest = max(0, end - 1024)
        var at = end - marker.count
        while at >= earliest && !bytes[at..<(at + marker.count)].elementsEqual(marker) { at -= 1 }
        guard at >= earliest else { throw Failure("the registered PDF does not end with startxref and %%EOF as a PDF does") }
        var parser = PDFParser(bytes, at: at + marker.count)
        parser.skipWhitespace(comments: false)
        let value = try parser.unsignedInteger("the startxref offset")
        parser.skipWhitespace(comments: false)
        guard parser.isNext("%%EOF"), afterEndOfLine(bytes, parser.position + 5) == end, value < end else {
            throw Failure("the registered PDF does not end with startxref and %%EOF as a PDF does")
        }
        return value
    }

    // MARK: - Objects and tables

    /// `N G obj … endobj`, a stream's data skipped by its direct `/Length`.
    static func indirectObject(_ parser: inout PDFParser) throws(Failure) -> PDFIndirectObject {
        let offset = parser.position
        guard let first = parser.bytes[safe: offset], first >= 0x30, first <= 0x39 else {
            throw parser.failure("something that is neither an object nor a cross-reference section was found")
        }
        let number = try parser.unsignedInteger("an object number")
        parser.skipWhitespace(comments: false)
        let generation = try parser.unsignedInteger("a generation number")
        parser.skipWhitespace(comments: false)
        try parser.expect("obj", "obj after an object number")
        let value = try parser.object()
        parser.skipWhitespace()
        var hasStream = false
        if parser.isNext("stream") {
            guard let dictionary = value.dictionary else { throw parser.failure("a stream has no dictionary") }
            if dictionary["Type"]?.name == "ObjStm" {
                throw parser.failure("the appended part holds compressed objects (an object stream), which this check does not read")
            }
            guard case .integer(let length)? = dictionary["Length"], length >= 0 else {
                throw parser.failure("a stream's /Length is not a whole number written in place")
            }
            parser.position += 6
            if parser.bytes[safe: parser.position] == 13 { parser.position += 1 }
            guard parser.bytes[safe: parser.position] == 10 else { throw parser.failure("stream is not followed by an end of line") }
            parser.position += 1
            guard length <= parser.bytes.count - parser.position else { throw parser.failure("the file ends inside a stream: it looks cut short") }
            parser.position += length
            parser.skipWhitespace(comments: false)
            try parser.expect("endstream", "endstream after the stream's /Length bytes")
            parser.skipWhitespace()
            hasStream = true
        }
        try parser.expect("endobj", "endobj after object \(number)")
        return PDFIndirectObject(number: number, generation: generation, value: value, offset: offset, hasStream: hasStream)
    }

    /// A classic cross-reference table: subsections of 20-byte entries. Returns the objects it
    /// lists as in use.
    static func table(_ parser: inout PDFParser) throws(Failure) -> [(number: Int, offset: Int)] {
        parser.position += 4
        var used: [(Int, Int)] = []
        while true {
            parser.skipWhitespace(comments: false)
            if parser.isNext("trailer") { return used }
            let first = try parser.unsignedInteger("the first object number of a cross-reference subsection")
            guard parser.bytes[safe: parser.position] == 32 else { throw parser.failure("a cross-reference subsection header is malformed") }
            parser.position += 1
            let count = try parser.unsignedInteger("the entry count of a cross-reference subsection")
            parser.skipWhitespace(comments: false)
            guard count <= (parser.bytes.count - parser.position) / 20 else {
                throw parser.failure("the cross-reference table lists more entries than the file can hold")
            }
            for i in 0..<count {
                let e = parser.position
                let entry = parser.bytes[e..<(e + 20)]
                let digitsOK = entry.prefix(10).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && entry[(e + 11)..<(e + 16)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                let kind = entry[e + 17]
                let ending = (entry[e + 18], entry[e + 19])
                guard digitsOK, entry[e + 10] == 32, entry[e + 16] == 32, kind == 0x6E || kind == 0x66,
                      ending == (32, 10) || ending == (32, 13) || ending == (13, 10) else {
                    throw parser.failure("a cross-reference entry is not in the 20-byte form")
                }
                if kind == 0x6E { used.append((first + i, Int(String(decoding: entry.prefix(10), as: UTF8.self)) ?? -1)) }
                parser.position += 20
            }
        }
    }

    /// Every object a classic table lists as in use is one of the revision's, at the offset the
    /// table gives, and every object of the revision is listed.
    static func match(_ table: [(number: Int, offset: Int)], _ objects: [PDFIndirectObject]) throws(Failure) {
        var offsets: [Int: Int] = [:]
        for object in objects { offsets[object.number] = object.offset }
        let listed = Set(table.map(\.number))
        guard table.allSatisfy({ offsets[$0.number] == $0.offset }), objects.allSatisfy({ listed.contains($0.number) }) else {
            throw Failure("the cross-reference table does not match the objects of the revision it ends")
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
