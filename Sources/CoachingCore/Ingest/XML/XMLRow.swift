import LibXML

/// The fields of one XML element (attributes and child values) copied out of libxml2's
/// buffers, addressed by slot like a CSV row. A class owning its bytes, so the views it
/// hands out stay valid until the next ``reset(line:)``.
final class XMLRow: RowFieldSource {
    let file: String
    private(set) var line = 0
    private var storage: UnsafeMutableRawPointer
    private var capacity = 4096
    private var used = 0
    private var ranges: [Range<Int>?]

    init(file: String, slotCount: Int) {
        self.file = file
        self.ranges = Array(repeating: nil, count: slotCount)
        storage = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit { storage.deallocate() }

    func reset(line: Int) {
        self.line = line
        used = 0
        for i in ranges.indices { ranges[i] = nil }
    }

    private func reserve(_ extra: Int) {
        guard used + extra > capacity else { return }
        while used + extra > capacity { capacity *= 2 }
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        bigger.copyMemory(from: storage, byteCount: used)
        storage.deallocate()
        storage = bigger
    }

    /// Sets a slot; text content may arrive in several nodes, so a slot that was the last
    /// one written is extended instead.
    func append(slot: Int, _ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        if bytes.count > 0 { (storage + used).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
        if let range = ranges[slot], range.upperBound == used {
            ranges[slot] = range.lowerBound..<(used + bytes.count)
        } else {
            ranges[slot] = used..<(used + bytes.count)
        }
        used += bytes.count
    }

    func has(slot: Int) -> Bool { ranges[slot] != nil }

    func bytes(slot: Int) -> UnsafeRawBufferPointer? {
        guard let range = ranges[slot] else { return nil }
        return UnsafeRawBufferPointer(start: storage + range.lowerBound, count: range.count)
    }

    func location(slot: Int) -> SourceLocation {
        SourceLocation(file: file, line: line)
    }
}

/// Adapts a ``ByteSource`` to libxml2's reader.
final class XMLSourceAdapter: XMLByteSource {
    let source: ByteSource
    private(set) var failure: Error?

    init(_ source: ByteSource) { self.source = source }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        do { return try source.read(into: buffer) } catch {
            failure = error
            return -1
        }
    }
}
