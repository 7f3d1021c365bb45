/// The coaching that `coaching sample` pretends happened, for testing the effectiveness
/// analysis against a known truth. After each period's report, people with an aspect below
/// its minimum (and enough evaluations to judge) are coached in the next month on their
/// weakest one or two such aspects, as the candidate rules would pick them; capacity is
/// limited (``SampleGenerator/Options/coachingShare``, seven in ten by default), which leaves uncoached people of every level to compare with.
/// From the period after the coaching period on, ``SampleGenerator/Options/effects`` is added to the
/// coached aspects' scores. Selecting on low scores is what produces regression to the mean.
final class SessionSimulator {
    private let sink: BufferedSink
    private let rules: Configuration.Rules
    /// Effect per aspect index of ``SampleTexts/aspects``.
    private let effects: [Double]
    private var random: SeededRandom
    /// Per person, (first period with the effect, aspect index) of each coaching.
    private var coached: [[(Periode, Int)]]
    /// Per person, the last coaching period (people are not coached twice within four months, so an earlier effect is in every baseline period).
    private var lastCoached: [Periode?]
    private let coaches: [String]
    private let csv = CSVWriter()
    /// Out of 1,000,000: the share of the people put forward who are coached.
    private let share: UInt64
    private(set) var sessions = 0

    init(sink: ByteSink, rules: Configuration.Rules, effects: [String: Double], share: Double, seed: UInt64, people: Int) {
        self.share = UInt64(max(0, min(1, share)) * 1_000_000)
        self.sink = BufferedSink(sink)
        self.rules = rules
        self.effects = SampleTexts.aspects.map { effects[AspectCode.bare($0.code)] ?? 0 }
        random = SeededRandom(seed: seed ^ 0x5E55_1095_C0AC_4001)
        coached = Array(repeating: [], count: people)
        lastCoached = Array(repeating: nil, count: people)
        var names: [String] = []
        for _ in 0..<3 {
            names.append("\(IndonesianNames.male.randomElement(using: &random)!) \(IndonesianNames.family.randomElement(using: &random)!)")
        }
        coaches = names
        try? self.sink.append(csv.line(SessionHistoryFile.header))
    }

    /// Points to add to each aspect of `person` in `periode`.
    func bonus(person: Int, periode: Periode) -> [Double] {
        guard !coached[person].isEmpty else { return [] }
        var bonus = [Double](repeating: 0, count: effects.count)
        for (from, aspect) in coached[person] where periode >= from { bonus[aspect] += effects[aspect] }
        return bonus
    }

    /// Coaches, in the month after `periode`, the people its report puts forward.
    func coach(after periode: Periode, people: [NIP], drawn: [(scores: [Double], evaluations: Int)]) throws {
        let month = periode.advanced(by: 1)
        let aspects = SampleTexts.aspects
        for (p, row) in drawn.enumerated() {
            guard row.evaluations >= rules.minimumEvaluations else { continue }
            if let last = lastCoached[p], last.distance(to: month) < 4 { continue }
            let weak = aspects.indices.filter { row.scores[$0] < (rules.aspectMinimum[aspects[$0].code] ?? 75) }
                .sorted { row.scores[$0] - (rules.aspectMinimum[aspects[$0].code] ?? 75) < row.scores[$1] - (rules.aspectMinimum[aspects[$1].code] ?? 75) }
                .prefix(2)
            guard !weak.isEmpty, random.next() % 1_000_000 < share else { continue }
            sessions += 1
            lastCoached[p] = month
            for a in weak { coached[p].append((month.advanced(by: 1), a)) }
            let date = CivilDate(year: month.year, month: month.month, day: 3 + Int(random.next() % 20))!
            let first = aspects[weak.first!].code
            let session = CoachedSession(
                beritaAcara: "BA-\(sessions)/KLIP/\(month.year)", batch: "\(month.year)-\(month.month < 10 ? "00" : "0")\(month.month)",
                nip: people[p], date: date, coach: coaches[Int(random.next() % UInt64(coaches.count))], aspects: weak.map { aspects[$0].code },
                commitments: [.init(text: "Menaikkan nilai \(DisplayNames().name(first)) sampai batas \(IndonesianNumber.format(rules.aspectMinimum[first] ?? 75))",
                                    target: date.adding(days: 30))],
                source: SourceLocation(file: "riwayat-coaching.csv"))
            for line in SessionHistoryFile.lines(session) { try sink.append(csv.line(line)) }
        }
    }

    func finish() throws { try sink.flush() }
}
