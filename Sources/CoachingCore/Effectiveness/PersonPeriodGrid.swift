/// Every person's report row per period as one dense table (person × period → row), so the
/// analysis looks a period up in constant time: it does so tens of millions of times.
struct PersonPeriodGrid: Sendable {
    /// People in NIP order; their position is their index everywhere in the analysis.
    let people: [NIP]
    let index: [NIP: Int]
    let first: Periode
    let last: Periode
    let width: Int
    /// `people.count × width` row indices; -1 where the person has no row.
    private let cells: [Int32]

    init(_ history: ReportHistory) {
        people = history.rowsByPerson.keys.sorted()
        index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })
        // One pass for the first and last period, without an array of a million periods.
        var lo = Int32.max, hi = Int32.min
        for row in history.rows {
            lo = min(lo, row.periode.monthCount)
            hi = max(hi, row.periode.monthCount)
        }
        first = history.rows.isEmpty ? Periode(year: 2000, month: 1)! : Periode(monthCount: lo)
        last = history.rows.isEmpty ? first : Periode(monthCount: hi)
        width = first.distance(to: last) + 1
        var cells = [Int32](repeating: -1, count: people.count * width)
        for (p, nip) in people.enumerated() {
            for row in history.rowsByPerson[nip] ?? [] {
                cells[p * width + first.distance(to: history.rows[Int(row)].periode)] = row
            }
        }
        self.cells = cells
    }

    /// The row of person `person` in `periode`, or nil.
    func row(_ person: Int, _ periode: Periode) -> Int? {
        let k = first.distance(to: periode)
        guard k >= 0, k < width else { return nil }
        let row = cells[person * width + k]
        return row < 0 ? nil : Int(row)
    }

    /// The row of person `person` in the period `k` months after ``first`` (`0..<width`), or -1.
    func row(_ person: Int, offset k: Int) -> Int32 { cells[person * width + k] }

    /// Whether the reports hold any row of `periode`.
    func covers(_ periode: Periode) -> Bool { periode >= first && periode <= last }
}
