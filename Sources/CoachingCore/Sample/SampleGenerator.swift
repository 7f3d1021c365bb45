import LibXML

/// Makes realistic synthetic inputs, deterministic for a seed: Indonesian names, valid
/// NIPs, teams of 8–15 agents with their team leader, plausible scores with some people
/// clearly below the thresholds, and the recommendations that follow from them.
/// Writes both inputs in both formats in one pass.
public struct SampleGenerator {
    public struct Options: Sendable {
        public var agents = 60
        public var periods = 1
        public var seed: UInt64 = 1
        /// The most recent period generated; earlier periods precede it.
        public var lastPeriod = Periode(year: 2026, month: 10)!
        /// Points added to an aspect's score (code without `aspek_`) in every period after the
        /// period a person was coached on it: the known truth an analysis must recover.
        public var effects: [String: Double] = [:]
        /// The share of the people put forward who are coached (the office's capacity).
        public var coachingShare = 0.7
        public init() {}
    }

    /// Where the four files go.
    public struct Sinks {
        public var reportCSV: ByteSink
        public var reportXML: ByteSink
        public var recommendationsCSV: ByteSink
        public var recommendationsXML: ByteSink
        /// `riwayat-coaching.csv` (``SessionHistoryFile``): the sessions held, simulated; nil: none.
        public var history: ByteSink?
        public init(reportCSV: ByteSink, reportXML: ByteSink, recommendationsCSV: ByteSink, recommendationsXML: ByteSink, history: ByteSink? = nil) {
            self.reportCSV = reportCSV
            self.reportXML = reportXML
            self.recommendationsCSV = recommendationsCSV
            self.recommendationsXML = recommendationsXML
            self.history = history
        }
    }

    /// What was generated.
    public struct Summary: Sendable, Equatable {
        public var people = 0
        public var teams = 0
        public var reportRows = 0
        public var recommendations = 0
        public var sessions = 0
    }

    private struct Person {
        var nip: NIP
        var name: String
        var team: Int
        var leader: NIP?
        var skill: Double
        var aspectBias: [Double]
    }

    public let options: Options
    public let rules: Configuration.Rules

    public init(options: Options, rules: Configuration.Rules = .init()) {
        self.options = options
        self.rules = rules
    }

    /// Generates the files; `progress` is called with rows written so far.
    public func generate(into sinks: Sinks, progress: (Int) -> Void = { _ in }) throws -> Summary {
        var random = SeededRandom(seed: options.seed)
        let people = makePeople(&random)
        let periods = (0..<options.periods).reduce(into: [options.lastPeriod]) { list, _ in list.insert(list[0].previous, at: 0) }
            .suffix(options.periods)
        var summary = Summary(people: people.count, teams: Set(people.map(\.team)).count)
        let files = SampleFiles(sinks)
        try files.start()
        // Sessions have their own generator, so the report of a seed is the same with or without them.
        var coaching = sinks.history.map { SessionSimulator(sink: $0, rules: rules, effects: options.effects, share: options.coachingShare, seed: options.seed, people: people.count) }
        for periode in periods {
            var sequence = 0
            var drawn: [(scores: [Double], evaluations: Int)] = []
            for (index, person) in people.enumerated() {
                let bonus = coaching?.bonus(person: index, periode: periode) ?? []
                let (scores, evaluations) = try writeReportRow(person, periode, bonus: bonus, to: files, &random)
                if coaching != nil { drawn.append((scores, evaluations)) }
                summary.reportRows += 1
                summary.recommendations += try writeRecommendations(person, periode, scores: scores, sequence: &sequence, to: files, &random)
                if summary.reportRows % 4096 == 0 {
                    try files.passXML()
                    progress(summary.reportRows)
                }
            }
            try coaching?.coach(after: periode, people: people.map(\.nip), drawn: drawn)
        }
        if let coaching {
            try coaching.finish()
            summary.sessions = coaching.sessions
        }
        try files.finish()
        progress(summary.reportRows)
        return summary
    }

    // MARK: - Rows

    /// One person's report row for `periode`, in CSV and XML, with `bonus` (per aspect, a
    /// planted coaching effect) added to the drawn scores; returns the scores and evaluations.
    private func writeReportRow(_ person: Person, _ periode: Periode, bonus: [Double], to files: SampleFiles,
                                _ random: inout SeededRandom) throws -> ([Double], Int) {
        let aspects = SampleTexts.aspects
        let isLeader = person.leader == nil
        let evaluations = random.next() % 40 == 0 ? Int.random(in: 2...4, using: &random) : Int.random(in: 5...10, using: &random)
        let quality = clamp(random.normal(mean: person.skill, deviation: 2.5))
        let scores = aspects.indices.map {
            clamp(random.normal(mean: quality + person.aspectBias[$0] + aspects[$0].offset, deviation: 2.5) + ($0 < bonus.count ? bonus[$0] : 0), 0, 100)
        }
        let kpis = [
            Double(Int(clamp(random.normal(mean: 330 + (85 - quality) * 8, deviation: 35), 120, 900))),
            one(clamp(random.normal(mean: 75 + (quality - 80) * 0.8, deviation: 2.5))),
            one(clamp(random.normal(mean: 86 + (quality - 85) * 0.5, deviation: 2))),
            one(clamp(random.normal(mean: 95, deviation: 1.5))),
        ]
        let fields = [periode.description, person.nip.description, person.name,
                      isLeader ? Jabatan.teamLeaderInformasi.rawValue : Jabatan.agenInformasi.rawValue,
                      "Tim \(person.team)", person.leader?.description ?? "", String(evaluations), text(quality)]
        try files.reportCSV.append(files.csv.line(fields + scores.map(text) + kpis.map(text)))
        let xml = files.reportXML
        xml.startElement("pegawai")
        for (name, value) in zip(["periode", "nip", "nama", "jabatan", "tim"], fields) { xml.attribute(name, value) }
        if let leader = person.leader { xml.attribute("nipTeamLeader", leader.description) }
        xml.attribute("jumlahPenilaian", String(evaluations))
        xml.attribute("nilaiKualitas", text(quality))
        for (aspect, score) in zip(aspects, scores) {
            xml.startElement("aspek"); xml.attribute("kode", aspect.code); xml.attribute("nilai", text(score)); xml.endElement()
        }
        for (kpi, value) in zip(SampleTexts.kpis, kpis) {
            xml.startElement("kpi"); xml.attribute("kode", kpi); xml.attribute("nilai", text(value)); xml.endElement()
        }
        xml.endElement()
        return (scores, evaluations)
    }

    /// Recommendations for the (at most two) weakest aspects below their minimum; returns how many.
    private func writeRecommendations(_ person: Person, _ periode: Periode, scores: [Double], sequence: inout Int,
                                      to files: SampleFiles, _ random: inout SeededRandom) throws -> Int {
        let aspects = SampleTexts.aspects
        let weak = aspects.indices.filter { scores[$0] < (rules.aspectMinimum[aspects[$0].code] ?? 75) }
            .sorted { scores[$0] - (rules.aspectMinimum[aspects[$0].code] ?? 75) < scores[$1] - (rules.aspectMinimum[aspects[$1].code] ?? 75) }
            .prefix(2)
        for index in weak {
            let aspect = aspects[index]
            let gap = (rules.aspectMinimum[aspect.code] ?? 75) - scores[index]
            let priority: Prioritas = gap >= 8 ? .tinggi : gap >= 4 ? .sedang : .rendah
            let pick = Int(random.next() % UInt64(aspect.findings.count))
            sequence += 1
            let id = "RPK-\(periode.year)\(periode.month < 10 ? "0" : "")\(periode.month)-\(sequence)"
            let row = [id, periode.description, person.nip.description, aspect.code, aspect.findings[pick],
                       aspect.recommendations[pick], priority.rawValue]
            try files.recommendationsCSV.append(files.csv.line(row))
            let xml = files.recommendationsXML
            xml.startElement("butir")
            for (name, value) in zip(["id", "periode", "nip", "aspek"], row) { xml.attribute(name, value) }
            xml.attribute("prioritas", priority.rawValue)
            xml.element("temuan", text: row[4])
            xml.element("rekomendasi", text: row[5])
            xml.endElement()
        }
        return weak.count
    }

    // MARK: - People

    /// Teams of 8–15 agents, each with a team leader; NIPs unique and structurally valid.
    private func makePeople(_ random: inout SeededRandom) -> [Person] {
        var people: [Person] = []
        var used: Set<NIP> = []
        var remaining = max(options.agents, 1)
        var team = 0
        func newPerson(team: Int, leader: NIP?) -> Person {
            let female = Bool.random(using: &random)
            let given = (female ? IndonesianNames.female : IndonesianNames.male).randomElement(using: &random)!
            let family = IndonesianNames.family.randomElement(using: &random)!
            var nip: NIP
            repeat {
                let year = Int.random(in: 1975...2001, using: &random)
                let birth = CivilDate(year: year, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
                let serviceYear = min(year + Int.random(in: 21...30, using: &random), 2025)
                nip = NIP.make(birth: birth, serviceYear: serviceYear, serviceMonth: Int.random(in: 1...12, using: &random),
                               sex: female ? 2 : 1, sequence: Int.random(in: 1...999, using: &random))
            } while !used.insert(nip).inserted
            let weak = random.next() % 100 < (leader == nil ? 15 : 12)
            let skill = weak ? Double.random(in: 68...78, using: &random) : random.normal(mean: 87, deviation: 3)
            let bias = SampleTexts.aspects.map { _ in random.normal(mean: 0, deviation: 2) }
            return Person(nip: nip, name: "\(given) \(family)", team: team, leader: leader, skill: skill, aspectBias: bias)
        }
        while remaining > 0 {
            team += 1
            var size = Int.random(in: 8...15, using: &random)
            if remaining - size < 8 && remaining <= 15 { size = remaining }
            size = min(size, remaining)
            let leader = newPerson(team: team, leader: nil)
            people.append(leader)
            for _ in 0..<size { people.append(newPerson(team: team, leader: leader.nip)) }
            remaining -= size
        }
        return people
    }

    private func clamp(_ x: Double, _ lo: Double = 0, _ hi: Double = 100) -> Double { min(hi, max(lo, x)) }
    private func one(_ x: Double) -> Double { (x * 10).rounded() / 10 }

    /// `78.5`, `80` — one decimal at most, never a locale's comma.
    private func text(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}

// MARK: - Files

/// The four files being written: CSV lines go straight to their buffered sinks, XML is built
/// in writers whose output is passed on every few thousand rows.
private final class SampleFiles {
    let csv = CSVWriter()
    let reportCSV: BufferedSink, recommendationsCSV: BufferedSink
    let reportXML = XMLWriter(), recommendationsXML = XMLWriter()
    private let reportXMLSink: BufferedSink, recommendationsXMLSink: BufferedSink

    init(_ sinks: SampleGenerator.Sinks) {
        reportCSV = BufferedSink(sinks.reportCSV)
        recommendationsCSV = BufferedSink(sinks.recommendationsCSV)
        reportXMLSink = BufferedSink(sinks.reportXML)
        recommendationsXMLSink = BufferedSink(sinks.recommendationsXML)
    }

    /// The CSV header lines, and the XML root elements with the report's `<kolom>` declarations.
    func start() throws {
        let aspects = SampleTexts.aspects
        try reportCSV.append(csv.line(["periode", "nip", "nama", "jabatan", "tim", "nip_team_leader", "jumlah_penilaian", "nilai_kualitas"]
            + aspects.map { "aspek_" + $0.code } + SampleTexts.kpis.map { "kpi_" + $0 }))
        try recommendationsCSV.append(csv.line(["id", "periode", "nip", "aspek", "temuan", "rekomendasi", "prioritas"]))
        reportXML.startElement("laporanKinerja", namespace: InputSchemas.namespace)
        reportXML.startElement("kolom")
        for aspect in aspects { reportXML.startElement("aspek"); reportXML.attribute("kode", aspect.code); reportXML.endElement() }
        for kpi in SampleTexts.kpis { reportXML.startElement("kpi"); reportXML.attribute("kode", kpi); reportXML.endElement() }
        reportXML.endElement()
        recommendationsXML.startElement("rekomendasiPerbaikan", namespace: InputSchemas.namespace)
    }

    /// Moves the XML built so far to its sinks.
    func passXML() throws {
        try reportXMLSink.append(reportXML.takeOutput())
        try recommendationsXMLSink.append(recommendationsXML.takeOutput())
    }

    /// Closes the XML documents and flushes all four files.
    func finish() throws {
        reportXML.endDocument()
        recommendationsXML.endDocument()
        try passXML()
        for sink in [reportCSV, recommendationsCSV, reportXMLSink, recommendationsXMLSink] { try sink.flush() }
    }
}
