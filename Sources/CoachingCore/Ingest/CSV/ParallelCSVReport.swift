import Dispatch

/// Reads a large Laporan Kinerja Agen on all cores: the data rows are cut into one byte
/// range per core at line ends, each range is read by its own ``CSVReader`` into its own
/// ``ReportRowSink``, and the parts are joined in file order (line numbers moved into place,
/// duplicates across parts found when joining).
///
/// A cut is a guess: a line end inside a quoted field looks like any other. The guess is
/// checked afterwards (a range that ends inside quotes reports an unterminated quote), and
/// when it was wrong, or the parts disagree about the text encoding, ``read(startLine:log:)``
/// returns nil and the caller reads the file sequentially.
struct ParallelCSVReport {
    /// Below this size one core is as fast as the set-up of several.
    static let minimumBytes = 8 << 20

    let ingest: CSVIngest
    let rows: ReportRows
    let file: RandomAccessByteSource
    let delimiter: UInt8
    let ranges: [Range<Int>]

    /// What the parts found, joined (the rows went to the caller's sink).
    struct Result {
        var log: DiagnosticLog
        var counter: SummaryCounter
        var encoding: InputEncoding?
        var stoppedEarly: Bool
    }

    /// Nil when the file is small, the machine has one core, or the data cannot be cut.
    init?(ingest: CSVIngest, rows: ReportRows, file: RandomAccessByteSource, head: [UInt8], delimiter: UInt8,
          cores: Int = ProcessInfoCores.active, minimumBytes: Int = Self.minimumBytes) {
        guard cores > 1, file.byteCount >= minimumBytes,
              let dataStart = Self.endOfFirstRecord(head) else { return nil }
        var cuts = [dataStart]
        for i in 1..<cores {
            let target = dataStart + (file.byteCount - dataStart) * i / cores
            guard let cut = Self.lineEnd(after: target, in: file), cut > cuts.last! else { continue }
            cuts.append(cut)
        }
        cuts.append(file.byteCount)
        guard cuts.count > 2 else { return nil }
        self.ingest = ingest
        self.rows = rows
        self.file = file
        self.delimiter = delimiter
        self.ranges = zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    /// Reads the parts in parallel and joins them into `consistency` and `sink`; `log` holds
    /// what the header produced. Nil (and `consistency` and `sink` untouched) when the file
    /// must be read in sequence.
    func read<Sink: ReportRowSink>(startLine: Int, log: DiagnosticLog, consistency: inout ReportConsistency,
                                   into sink: inout Sink) -> Result? {
        let parts = PartResults<Sink>(count: ranges.count)
        let sinks = PartSinks((0..<ranges.count).map { _ in sink.emptyPart() })
        let configuration = ingest.configuration
        // Part 0 adds straight into the caller's table (a copy, so a fallback leaves the
        // original untouched); later parts fill their own and are joined after.
        let head = FirstPart(consistency)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            let reader = CSVReader(source: RangeByteSource(file, ranges[index]), file: ingest.file, delimiter: delimiter,
                                   encoding: configuration.input.encoding,
                                   log: DiagnosticLog(limit: configuration.input.maxProblemsPerFile),
                                   startLine: index == 0 ? startLine : 1, language: configuration.language)
            var consistency = index == 0 ? head.take() : ReportConsistency(language: configuration.language)
            if index > 0 { consistency.defersMessages = true }
            var counter = SummaryCounter()
            var rowSink = sinks.take(index)
            rows.read(reader, consistency: &consistency, counter: &counter, into: &rowSink)
            if index == 0 { head.value = consistency; consistency = ReportConsistency(language: configuration.language) }
            parts.store(index, Part(log: reader.log, consistency: consistency, counter: counter, sink: rowSink,
                                    encoding: reader.encodingDecision, stoppedEarly: reader.stoppedEarly,
                                    nextLine: reader.nextLine))
        }
        let all = parts.all
        // A part that is not the last one and stopped early may have been cut inside quotes.
        if all.dropLast().contains(where: \.stoppedEarly) { return nil }
        let encodings = Set(all.compactMap(\.encoding))
        if encodings.count > 1 { return nil }

        var result = Result(log: log, counter: SummaryCounter(),
                            encoding: encodings.first, stoppedEarly: all.last!.stoppedEarly)
        var joined = head.value
        // Part 0 counts lines from `startLine`; each later part from 1, moved down by the
        // lines the parts before it held.
        var offset = 0
        for (index, part) in all.enumerated() {
            result.log.append(part.log, lineOffset: offset)
            if index > 0 {
                let locator = LineLocator(file: file, range: ranges[index], firstLine: offset + 1, ingest: ingest, delimiter: delimiter)
                joined.absorb(part.consistency, lineOffset: offset, log: &result.log) { line in
                    locator.location(line: line, field: rows.header.fieldIndex[rows.layout.slot(.nip)])
                }
            }
            result.counter.merge(part.counter)
            // Part 0 numbered its lines from `startLine`, the others from 1: their rows move too.
            sink.append(part: part.sink, lineOffset: offset)
            offset += part.nextLine - 1
        }
        consistency = joined
        return result
    }

    /// Hands part 0 the caller's table and takes it back.
    private final class FirstPart: @unchecked Sendable {
        var value: ReportConsistency
        init(_ value: ReportConsistency) { self.value = value }
        /// Moves the table out, so the worker's changes do not copy it.
        func take() -> ReportConsistency {
            defer { value = ReportConsistency(language: value.language) }
            return value
        }
    }

    /// Finds the column of a field on a given line of a part, by reading the part again up to
    /// that line. Only needed for the rare repeat found when joining, so it may be slow.
    private struct LineLocator {
        let file: RandomAccessByteSource
        let range: Range<Int>
        let firstLine: Int
        let ingest: CSVIngest
        let delimiter: UInt8

        func location(line: Int, field: Int) -> SourceLocation {
            let reader = CSVReader(source: RangeByteSource(file, range), file: ingest.file, delimiter: delimiter,
                                   encoding: ingest.configuration.input.encoding, startLine: firstLine)
            while reader.nextRecord() {
                if reader.recordLine == line && field < reader.fieldCount { return reader.location(ofField: field) }
                if reader.recordLine > line { break }
            }
            return SourceLocation(file: ingest.file, line: line)
        }
    }

    // MARK: - Cutting

    /// The offset just past the header line (after a byte-order mark), quote-aware.
    static func endOfFirstRecord(_ head: [UInt8]) -> Int? {
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var inQuotes = false
        while i < head.count {
            let b = head[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            else if !inQuotes && b == 0x0A { return i + 1 }
            else if !inQuotes && b == 0x0D { return i + 1 < head.count && head[i + 1] == 0x0A ? i + 2 : i + 1 }
            i += 1
        }
        return nil
    }

    /// The offset just past the first line end at or after `target`.
    static func lineEnd(after target: Int, in file: RandomAccessByteSource) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = (try? buffer.withUnsafeMutableBytes { try file.read(at: target, into: $0) }) ?? 0
        for i in 0..<n {
            if buffer[i] == 0x0A { return target + i + 1 }
            if buffer[i] == 0x0D {
                if i + 1 < n && buffer[i + 1] == 0x0A { return target + i + 2 }
                if i + 1 < n { return target + i + 1 }
            }
        }
        return nil
    }

    private struct Part<Sink> {
        var log: DiagnosticLog
        var consistency: ReportConsistency
        var counter: SummaryCounter
        var sink: Sink
        var encoding: InputEncoding?
        var stoppedEarly: Bool
        var nextLine: Int
    }

    /// One slot per part, each written by exactly one worker before the join (separate
    /// memory per slot, so the workers never touch shared state).
    private final class PartResults<Sink>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<Part<Sink>?>
        private let count: Int
        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }
        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        func store(_ index: Int, _ part: Part<Sink>) { slots[index] = part }
        var all: [Part<Sink>] { (0..<count).map { slots[$0]! } }
    }

    /// The empty sink of each part, made before the workers start and each taken by one of them.
    /// (Separate memory per slot, as in ``PartResults``.)
    private final class PartSinks<Sink>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<Sink?>
        private let count: Int
        init(_ sinks: [Sink]) {
            count = sinks.count
            slots = .allocate(capacity: count)
            for (i, sink) in sinks.enumerated() { (slots + i).initialize(to: sink) }
        }
        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        func take(_ index: Int) -> Sink {
            defer { slots[index] = nil }
            return slots[index]!
        }
    }
}

/// The number of cores to use.
enum ProcessInfoCores {
    static var active: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
