extension ReportHistory {
    /// The rows of one report file as the strict ingest hands them over (a ``ReportRowSink``),
    /// before they join the history: only the columns the analysis reads, the scores in the
    /// file's own column order, the names as bytes. No String or array per row: at a million
    /// rows the ``PerformanceRecord`` values that stood here were most of reading the reports.
    public struct FileRows: Sendable {
        /// The file's aspect columns (known from the first row); each row holds the quality
        /// score and then these.
        private(set) var aspectCount = 0
        /// Team indices are into ``teams``, lines as in the file.
        private(set) var rows: [Row] = []
        private(set) var nips: [NIP] = []
        /// `rows.count × (1 + aspectCount)`: nilai_kualitas, then the aspects; NaN where empty.
        private(set) var scores: [Double] = []
        private(set) var teams: [String] = []
        /// Every row's name, one after the other; `nameEnds[i]` is where row i's ends.
        private(set) var nameBytes: [UInt8] = []
        private(set) var nameEnds: [Int32] = []
        private var teamIndex: [String: Int32] = [:]
        /// Rows come grouped by team: the team of the row before is tried first, byte for byte.
        private var lastTeam: [UInt8] = []
        private var lastTeamIndex: Int32 = -1

        init() {}

        var count: Int { rows.count }

        /// The name of row `i`.
        func name(_ i: Int) -> String {
            let start = i == 0 ? 0 : Int(nameEnds[i - 1])
            return String(decoding: nameBytes[start..<Int(nameEnds[i])], as: UTF8.self)
        }

        private mutating func team(_ name: UnsafeRawBufferPointer) -> Int32 {
            if lastTeamIndex >= 0, lastTeam.withUnsafeBytes({ FieldParsing.equals(name, $0) }) { return lastTeamIndex }
            let text = String(decoding: name, as: UTF8.self)
            let index = team(text)
            lastTeam = Array(name)
            lastTeamIndex = index
            return index
        }

        private mutating func team(_ text: String) -> Int32 {
            if let known = teamIndex[text] { return known }
            let index = Int32(teams.count)
            teams.append(text)
            teamIndex[text] = index
            return index
        }
    }
}

extension ReportHistory.FileRows: ReportRowSink {
    mutating func take(_ row: ReportRowView) {
        rows.append(ReportHistory.Row(periode: row.periode, file: 0, line: Int32(row.line), jumlahPenilaian: Int32(row.jumlahPenilaian),
                                      jabatan: row.jabatan, team: team(row.tim)))
        nips.append(row.nip)
        // Every row of a file has the same columns.
        if rows.count == 1 { aspectCount = row.aspectScores.count }
        scores.append(row.nilaiKualitas)
        scores.append(contentsOf: row.aspectScores)
        nameBytes.append(contentsOf: row.nama)
        nameEnds.append(Int32(nameBytes.count))
    }

    func emptyPart() -> Self { Self() }

    mutating func append(part: Self, lineOffset: Int) {
        if rows.isEmpty && lineOffset == 0 {
            self = part
            return
        }
        if rows.isEmpty { aspectCount = part.aspectCount }
        let teamMap = part.teams.map { team($0) }
        rows.reserveCapacity(rows.count + part.rows.count)
        for var row in part.rows {
            row.line += Int32(lineOffset)
            row.team = teamMap[Int(row.team)]
            rows.append(row)
        }
        nips += part.nips
        scores += part.scores
        let base = Int32(nameBytes.count)
        nameBytes += part.nameBytes
        nameEnds += part.nameEnds.map { $0 + base }
        lastTeamIndex = -1
    }
}

extension ReportHistory.FileRows {
    /// A row a command has already read as a record (the preparation sheets hold the report
    /// given to `schedule` as records and judge a few coachees' commitments on it).
    mutating func take(_ record: PerformanceRecord) {
        rows.append(ReportHistory.Row(periode: record.periode, file: 0, line: Int32(record.line), jumlahPenilaian: Int32(record.jumlahPenilaian),
                                      jabatan: record.jabatan, team: team(record.tim)))
        nips.append(record.nip)
        if rows.count == 1 { aspectCount = record.aspectScores.count }
        scores.append(record.nilaiKualitas)
        scores.append(contentsOf: record.aspectScores.map { $0 ?? .nan })
        nameBytes.append(contentsOf: record.nama.utf8)
        nameEnds.append(Int32(nameBytes.count))
    }
}

extension ReportHistory {
    /// Adds the rows of one more file from records already read (the strict ingest checked them).
    public mutating func add(_ records: some Sequence<PerformanceRecord>, name: String, layout: ReportLayout) {
        var file = FileRows()
        for record in records { file.take(record) }
        add(file, name: name, layout: layout)
    }
}
