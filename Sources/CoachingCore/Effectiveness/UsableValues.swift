import Dispatch

/// Every person's usable value of every aspect in every period, as one dense table of
/// `Double`s (NaN where the period is not usable: no row, too few scored contacts, or no
/// score). Built once per analysis and shared read-only by the matchers of all periods.
struct UsableValues: Sendable {
    private let values: [Double]
    private let people: Int
    private let width: Int

    init(grid: PersonPeriodGrid, history: ReportHistory, minimumEvaluations: Int) {
        let people = grid.people.count, width = grid.width
        self.people = people
        self.width = width
        let aspects = history.aspectCodes.count
        var values = [Double](repeating: .nan, count: aspects * people * width)
        let rows = history.rows
        // On every core, each thread a run of people: the table is the analysis's largest
        // single-threaded step otherwise. Each thread writes only its own people's cells.
        let threads = max(1, min(Cores.available, people / 1024))
        values.withUnsafeMutableBufferPointer { buffer in
            let values = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: threads) { t in
            for p in (people * t / threads)..<(people * (t + 1) / threads) {
                for k in 0..<width {
                    let row = Int(grid.row(p, offset: k))
                    guard row >= 0, Int(rows[row].jumlahPenilaian) >= minimumEvaluations else { continue }
                    for a in 0..<aspects {
                        if let v = history.score(row: row, aspect: a) { values.value[(a * people + p) * width + k] = v }
                    }
                }
            }
            }
        }
        self.values = values
    }

    /// The value of aspect `aspect` (index into ``ReportHistory/aspectCodes``) of person
    /// `person` in the period `k` months after the grid's first; NaN outside the grid.
    subscript(aspect: Int, person: Int, k: Int) -> Double {
        guard k >= 0, k < width else { return .nan }
        return values[(aspect * people + person) * width + k]
    }
}
