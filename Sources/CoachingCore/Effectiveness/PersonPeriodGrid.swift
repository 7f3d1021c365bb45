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
        let periods = history.rows.map(\.periode)
        first = periods.min() ?? Periode(year: 2000, month: 1)!
        last = periods.max() ?? first
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

    /// Whether the reports hold any row of `periode`.
    func covers(_ periode: Periode) -> Bool { periode >= first && periode <= last }
}
