/// The Laporan Kinerja over many periods, kept compact for the effectiveness analysis: per row
/// its period, place (file and line), position, team, number of evaluations and aspect scores;
/// per person the rows in period order. A million rows take about 80 MB, not the gigabyte
/// that a million ``PerformanceRecord`` values with their arrays and strings would.
public struct ReportHistory: Sendable {
    /// One report row.
    public struct Row: Sendable, Equatable {
        public var periode: Periode
        /// Index into ``ReportHistory/files``.
        public var file: Int32
        public var line: Int32
        public var jumlahPenilaian: Int32
        public var jabatan: Jabatan
        /// Index into ``ReportHistory/teams``.
        public var team: Int32
    }

    /// The report files, as the user named them.
    public private(set) var files: [String] = []
    /// ``qualityCode``, then the aspect codes (without `aspek_`) in the order of the first file that had them.
    public private(set) var aspectCodes: [String] = []
    public private(set) var teams: [String] = []
    public private(set) var rows: [Row] = []
    /// `rows.count × aspectCodes.count` scores, row by row; NaN where the cell was empty.
    private var scores: [Double] = []
    /// Per person, the indices of their rows in period order (after ``finish()``).
    public private(set) var rowsByPerson: [NIP: [Int32]] = [:]
    public private(set) var names: [NIP: String] = [:]
    private var teamIndex: [String: Int32] = [:]
    /// While adding, people by first appearance: one probe of a NIP table per row (the
    /// dictionaries above are filled once in ``finish()``). A million rows went through three
    /// hash lookups each before.
    private var personIndex = NIPIndex()
    private var personNIPs: [NIP] = []
    private var personNames: [String] = []
    private var personRows: [[Int32]] = []
    private var width = 0

    /// The overall quality score is kept as a column too, under this code: a commitment of a
    /// session without a focus aspect is judged on it.
    public static let qualityCode = "nilai_kualitas"

    public init() {
        _ = aspectIndex(Self.qualityCode)
    }

    // MARK: - Building

    /// Adds the rows of one more file, read by the strict ingest into ``FileRows``.
    mutating func add(_ file: FileRows, name: String, layout: ReportLayout) {
        let fileNumber = Int32(files.count)
        files.append(name)
        // Where each of the file's columns (quality score, then its aspects) goes in ``aspectCodes``.
        let slots = [0] + layout.aspectCodes.map { aspectIndex(AspectCode.bare($0)) }
        let teamMap = file.teams.map { team in
            if let known = teamIndex[team] { return known }
            let index = Int32(teams.count)
            teams.append(team)
            teamIndex[team] = index
            return index
        }
        let first = rows.count
        let width = self.width, stride = 1 + file.aspectCount
        if first == 0 && fileNumber == 0 && width == stride && slots == Array(0..<stride) {
            // The first file (often the only one): its rows and scores are the history's as they are.
            rows = file.rows
            scores = file.scores
        } else {
            rows.reserveCapacity(first + file.count)
            for var row in file.rows {
                row.file = fileNumber
                row.team = teamMap[Int(row.team)]
                rows.append(row)
            }
            var scores = [Double](repeating: .nan, count: file.count * width)
            file.scores.withUnsafeBufferPointer { given in
                scores.withUnsafeMutableBufferPointer { scores in
                    for r in 0..<file.count {
                        for column in 0..<min(stride, slots.count) { scores[r * width + slots[column]] = given[r * stride + column] }
                    }
                }
            }
            self.scores += scores
        }
        for (i, nip) in file.nips.enumerated() {
            let index = Int32(first + i)
            let person = personIndex.insertIfAbsent(nip, Int32(personNIPs.count))
            if Int(person) == personNIPs.count {
                personNIPs.append(nip)
                personNames.append(file.name(i))
                personRows.append([index])
            } else {
                personRows[Int(person)].append(index)
            }
        }
    }

    /// Puts every person's rows in period order and returns the rows that repeat a person and a
    /// period already given (in this file or another): `(repeat, first)` places.
    public mutating func finish() -> [(repeated: SourceLocation, first: SourceLocation)] {
        var repeats: [(SourceLocation, SourceLocation)] = []
        // The people added since the last call join the dictionaries (the first name given
        // counts; rows of an earlier call are joined with the new ones).
        rowsByPerson.reserveCapacity(rowsByPerson.count + personNIPs.count)
        names.reserveCapacity(names.count + personNIPs.count)
        for (i, nip) in personNIPs.enumerated() {
            let earlier = rowsByPerson[nip]
            rowsByPerson[nip] = inPeriodOrder(earlier.map { $0 + personRows[i] } ?? personRows[i], repeats: &repeats)
            if names[nip] == nil { names[nip] = personNames[i] }
        }
        personIndex = NIPIndex()
        personNIPs = []
        personNames = []
        personRows = []
        return repeats.sorted { ($0.0.file, $0.0.line) < ($1.0.file, $1.0.line) }
    }

    /// One person's rows in period order (then row order), each period once; the rows that
    /// repeat a period go to `repeats` with the row kept.
    private func inPeriodOrder(_ list: [Int32], repeats: inout [(SourceLocation, SourceLocation)]) -> [Int32] {
        let rows = self.rows
        // Rows are added in file order and files mostly run in period order: most lists are
        // in order already, and then hold no repeat.
        var inOrder = true
        for j in list.indices.dropFirst() where rows[Int(list[j - 1])].periode >= rows[Int(list[j])].periode {
            inOrder = false
            break
        }
        if inOrder { return list }
        var sorted = list
        sorted.sort { (rows[Int($0)].periode, $0) < (rows[Int($1)].periode, $1) }
        var kept: [Int32] = []
        kept.reserveCapacity(sorted.count)
        for index in sorted {
            if let last = kept.last, rows[Int(last)].periode == rows[Int(index)].periode {
                repeats.append((location(of: Int(index)), location(of: Int(last))))
            } else {
                kept.append(index)
            }
        }
        return kept
    }

    private mutating func aspectIndex(_ code: String) -> Int {
        if let i = aspectCodes.firstIndex(of: code) { return i }
        // A new column: widen every row already stored.
        if !rows.isEmpty {
            var wider = [Double](repeating: .nan, count: rows.count * (width + 1))
            for r in rows.indices { for a in 0..<width { wider[r * (width + 1) + a] = scores[r * width + a] } }
            scores = wider
        }
        aspectCodes.append(code)
        width += 1
        return width - 1
    }

    // MARK: - Reading

    /// The score of aspect `aspect` (index into ``aspectCodes``) in row `row`; nil when empty.
    public func score(row: Int, aspect: Int) -> Double? {
        let value = scores[row * width + aspect]
        return value.isNaN ? nil : value
    }

    /// Where row `row` is: file and line.
    public func location(of row: Int) -> SourceLocation {
        SourceLocation(file: files[Int(rows[row].file)], line: Int(rows[row].line))
    }

    /// The person's row of `periode`, if the reports have one.
    public func row(of nip: NIP, in periode: Periode) -> Int? {
        guard let list = rowsByPerson[nip] else { return nil }
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rows[Int(list[mid])].periode < periode { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && rows[Int(list[lo])].periode == periode ? Int(list[lo]) : nil
    }

    /// Every period the reports hold, in order.
    public var periods: [Periode] { Set(rows.map(\.periode)).sorted() }
}

/// NIP → index, open addressing (NIP 0 does not exist and marks an empty slot), as
/// ``NIPTable``: Swift's `Dictionary` hashes with seeded SipHash, a tenth of adding a row.
struct NIPIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size * 3 < capacity * 4 + 4 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The index of `nip`, inserting `value` for it when it is new.
    mutating func insertIfAbsent(_ nip: NIP, _ value: Int32) -> Int32 {
        if (count + 1) * 4 > (mask + 1) * 3 {
            var bigger = NIPIndex(capacity: count * 2 + 16)
            for (k, v) in zip(keys, values) where k != 0 { _ = bigger.insertIfAbsent(NIP(value: k), v) }
            self = bigger
        }
        let key = nip.value, mask = self.mask
        var i = Int(truncatingIfNeeded: (key &* 0xFF51_AFD7_ED55_8CCD) >> 29) & mask
        let found: Int32? = keys.withUnsafeMutableBufferPointer { keys in
            while keys[i] != 0 {
                if keys[i] == key { return nil }
                i = (i + 1) & mask
            }
            keys[i] = key
            return value
        }
        if let found {
            values[i] = found
            count += 1
            return found
        }
        return values[i]
    }
}
