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
    /// While adding, people by first appearance: one hash of the NIP per row (the dictionaries
    /// above are filled once in ``finish()``), and rows come grouped by team, so the team of the
    /// row before is tried first. A million rows went through three hash lookups each before.
    private var personIndex: [NIP: Int32] = [:]
    private var personNIPs: [NIP] = []
    private var personNames: [String] = []
    private var personRows: [[Int32]] = []
    private var lastTeam: (name: String, index: Int32)?
    /// Per file, where each of its aspect columns goes in ``aspectCodes``.
    private var columnMaps: [[Int]] = []
    private var width = 0

    /// The overall quality score is kept as a column too, under this code: a commitment of a
    /// session without a focus aspect is judged on it.
    public static let qualityCode = "nilai_kualitas"

    public init() {
        _ = aspectIndex(Self.qualityCode)
    }

    // MARK: - Building

    /// Starts a new file; its rows are then given with ``add(_:)``.
    public mutating func startFile(_ name: String, layout: ReportLayout) {
        files.append(name)
        columnMaps.append(layout.aspectCodes.map { aspectIndex(AspectCode.bare($0)) })
    }

    /// Adds one row of the file started last.
    public mutating func add(_ record: PerformanceRecord) {
        let file = files.count - 1
        let team: Int32
        if let last = lastTeam, last.name == record.tim { team = last.index }
        else if let known = teamIndex[record.tim] { team = known } else {
            team = Int32(teams.count)
            teams.append(record.tim)
            teamIndex[record.tim] = team
        }
        lastTeam = (record.tim, team)
        let index = Int32(rows.count)
        rows.append(Row(periode: record.periode, file: Int32(file), line: Int32(record.line), jumlahPenilaian: Int32(record.jumlahPenilaian),
                        jabatan: record.jabatan, team: team))
        let start = scores.count
        scores.append(contentsOf: repeatElement(.nan, count: width))
        scores[start] = record.nilaiKualitas
        for (column, slot) in columnMaps[file].enumerated() where column < record.aspectScores.count {
            if let score = record.aspectScores[column] { scores[start + slot] = score }
        }
        if let person = personIndex[record.nip] {
            personRows[Int(person)].append(index)
        } else {
            personIndex[record.nip] = Int32(personNIPs.count)
            personNIPs.append(record.nip)
            personNames.append(record.nama)
            personRows.append([index])
        }
    }

    /// Puts every person's rows in period order and returns the rows that repeat a person and a
    /// period already given (in this file or another): `(repeat, first)` places.
    public mutating func finish() -> [(repeated: SourceLocation, first: SourceLocation)] {
        var repeats: [(SourceLocation, SourceLocation)] = []
        let rows = self.rows
        // The people added since the last call join the dictionaries (the first name given counts).
        for (i, nip) in personNIPs.enumerated() {
            rowsByPerson[nip, default: []] += personRows[i]
            if names[nip] == nil { names[nip] = personNames[i] }
        }
        personIndex = [:]
        personNIPs = []
        personNames = []
        personRows = []
        for (nip, list) in rowsByPerson {
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
            rowsByPerson[nip] = kept
        }
        return repeats.sorted { ($0.0.file, $0.0.line) < ($1.0.file, $1.0.line) }
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
