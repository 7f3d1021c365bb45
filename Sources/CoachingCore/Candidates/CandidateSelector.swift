/// Derives the coaching candidates of a period from the report and the recommendations,
/// following the rules of coaching.toml. Deterministic: the same inputs give the same list
/// in the same order.
///
/// Order: more reasons first, then the lower quality score, then the NIP.
public struct CandidateSelector: Sendable {
    public let rules: Configuration.Rules
    /// What the reasons call each aspect and KPI.
    public let names: DisplayNames
    /// When a person was last coached (from earlier batches), for the cool-down rule.
    public let lastCoached: @Sendable (NIP) -> CivilDate?
    /// Counts working days between two dates, for the cool-down rule.
    public let calendar: WorkingDayCalendar
    /// The assignment date the cool-down counts back from.
    public let today: CivilDate?
    /// Reasons from earlier coaching (``FollowUpReasons``): unmet commitments, no improvement.
    public let followUp: [NIP: [CandidateReason]]

    public init(rules: Configuration.Rules, names: DisplayNames = DisplayNames(), calendar: WorkingDayCalendar = WorkingDayCalendar(),
                today: CivilDate? = nil, followUp: [NIP: [CandidateReason]] = [:], lastCoached: @escaping @Sendable (NIP) -> CivilDate? = { _ in nil }) {
        self.rules = rules
        self.names = names
        self.calendar = calendar
        self.today = today
        self.followUp = followUp
        self.lastCoached = lastCoached
    }

    /// The candidates of `periode` (default: the latest period in the report).
    public func select(_ inputs: LoadedInputs, periode wanted: Periode? = nil) -> CandidateList? {
        guard let periode = wanted ?? inputs.records.map(\.periode).max() else { return nil }
        let rows = inputs.records.filter { $0.periode == periode }
        let recommendations = Dictionary(grouping: inputs.recommendations.filter { $0.periode == periode }, by: \.nip)
        var skipped: [SkippedPerson] = []
        var individual: [NIP: [CandidateReason]] = [:]
        var judged: [PerformanceRecord] = []

        for row in rows {
            let at = SourceLocation(file: inputs.reportFile, line: row.line)
            if row.jumlahPenilaian < rules.minimumEvaluations {
                skipped.append(SkippedPerson(nip: row.nip, nama: row.nama,
                                             reason: "baru \(row.jumlahPenilaian) penilaian (paling sedikit \(rules.minimumEvaluations) untuk dapat dinilai)", source: at))
                continue
            }
            judged.append(row)
            let reasons = individualReasons(row, at: at, layout: inputs.layout, recommendations: recommendations[row.nip] ?? [],
                                            recommendationsFile: inputs.recommendationsFile ?? "")
            if !reasons.isEmpty { individual[row.nip] = reasons }
        }

        var reasonsByPerson = individual
        for (nip, reasons) in teamLeaderReasons(judged, individual: individual, file: inputs.reportFile) {
            reasonsByPerson[nip, default: []] += reasons
        }
        // After the team rules: a team's share of candidates counts the report's findings only.
        for row in judged {
            if let reasons = followUp[row.nip], !reasons.isEmpty { reasonsByPerson[row.nip, default: []] += reasons }
        }

        var candidates: [Candidate] = []
        for row in judged {
            guard let reasons = reasonsByPerson[row.nip] else { continue }
            if let reason = coolDownReason(row.nip) {
                skipped.append(SkippedPerson(nip: row.nip, nama: row.nama, reason: reason,
                                             source: SourceLocation(file: inputs.reportFile, line: row.line)))
                continue
            }
            candidates.append(Candidate(rank: 0, nip: row.nip, nama: row.nama, jabatan: row.jabatan, tim: row.tim, periode: periode,
                                        nilaiKualitas: row.nilaiKualitas, reasons: reasons,
                                        focus: focus(for: row, layout: inputs.layout, recommendations: recommendations[row.nip] ?? [])))
        }
        Self.rank(&candidates)
        skipped.sort { ($0.source.line, $0.nip.value) < ($1.source.line, $1.nip.value) }
        return CandidateList(periode: periode, people: rows.count, candidates: candidates, skipped: skipped)
    }

    // MARK: - Reasons

    /// A judged person's own reasons: quality score, aspects, KPIs and high-priority recommendations.
    private func individualReasons(_ row: PerformanceRecord, at: SourceLocation, layout: ReportLayout,
                                   recommendations: [Recommendation], recommendationsFile: String) -> [CandidateReason] {
        var reasons: [CandidateReason] = []
        if row.nilaiKualitas < rules.qualityMinimum {
            reasons.append(CandidateReason(rule: .qualityBelowMinimum, subject: "nilai_kualitas", value: row.nilaiKualitas,
                                           threshold: "< \(show(rules.qualityMinimum))", source: at,
                                           text: "nilai kualitas \(show(row.nilaiKualitas)) di bawah batas \(show(rules.qualityMinimum))"))
        }
        for (i, code) in layout.aspectCodes.enumerated() {
            guard i < row.aspectScores.count, let score = row.aspectScores[i], let minimum = rules.aspectMinimum[code], score < minimum else { continue }
            reasons.append(CandidateReason(rule: .aspectBelowMinimum, subject: "aspek_\(code)", value: score, threshold: "< \(show(minimum))",
                                           source: at, text: "\(names.name(code)) \(show(score)) di bawah batas \(show(minimum))"))
        }
        for (i, code) in layout.kpiCodes.enumerated() {
            guard i < row.kpiValues.count, let value = row.kpiValues[i], let band = rules.kpiBands[code] else { continue }
            if let min = band.min, value < min {
                reasons.append(CandidateReason(rule: .kpiOutsideBand, subject: "kpi_\(code)", value: value, threshold: "< \(show(min))",
                                               source: at, text: "\(names.name(code)) \(show(value)) di bawah batas \(show(min))"))
            } else if let max = band.max, value > max {
                reasons.append(CandidateReason(rule: .kpiOutsideBand, subject: "kpi_\(code)", value: value, threshold: "> \(show(max))",
                                               source: at, text: "\(names.name(code)) \(show(value)) di atas batas \(show(max))"))
            }
        }
        for rec in recommendations where rec.prioritas == .tinggi {
            reasons.append(CandidateReason(rule: .highPriorityRecommendation, subject: rec.id, value: nil, threshold: "prioritas tinggi",
                                           source: SourceLocation(file: recommendationsFile, line: rec.line),
                                           text: "rekomendasi prioritas tinggi \(rec.id) tentang \(names.name(rec.aspek))"))
        }
        return reasons
    }

    /// Team leaders' reasons: enough of their team flagged, or the team average below the target.
    private func teamLeaderReasons(_ judged: [PerformanceRecord], individual: [NIP: [CandidateReason]],
                                   file: String) -> [(NIP, [CandidateReason])] {
        var result: [(NIP, [CandidateReason])] = []
        let agentsByLeader = Dictionary(grouping: judged.filter { $0.jabatan == .agenInformasi && $0.nipTeamLeader != nil }, by: { $0.nipTeamLeader! })
        for leader in judged where leader.jabatan == .teamLeaderInformasi {
            guard let team = agentsByLeader[leader.nip], !team.isEmpty else { continue }
            let at = SourceLocation(file: file, line: leader.line)
            var reasons: [CandidateReason] = []
            let flagged = team.filter { individual[$0.nip] != nil }.count
            let share = Double(flagged) / Double(team.count)
            if share >= rules.teamFlaggedShare {
                reasons.append(CandidateReason(
                    rule: .teamShareFlagged, subject: leader.tim, value: share, threshold: "≥ \(percent(rules.teamFlaggedShare))", source: at,
                    text: "\(flagged) dari \(team.count) agen \(leader.tim) menjadi kandidat (\(percent(share)), batas \(percent(rules.teamFlaggedShare)))"))
            }
            let average = team.map(\.nilaiKualitas).reduce(0, +) / Double(team.count)
            if average < rules.teamAverageTarget {
                reasons.append(CandidateReason(
                    rule: .teamAverageBelowTarget, subject: leader.tim, value: average, threshold: "< \(show(rules.teamAverageTarget))", source: at,
                    text: "rata-rata nilai \(leader.tim) \(show(average)) di bawah target \(show(rules.teamAverageTarget))"))
            }
            if !reasons.isEmpty { result.append((leader.nip, reasons)) }
        }
        return result
    }

    // MARK: - Cool-down and order

    /// Why `nip` is skipped for the cool-down (coached or scheduled recently), or nil.
    private func coolDownReason(_ nip: NIP) -> String? {
        guard let today, let last = lastCoached(nip),
              let span = try? calendar.add(workingDays: rules.coolDownWorkingDays, after: last), span.deadline >= today else { return nil }
        return last >= today
            ? "sudah dijadwalkan coaching pada \(last.indonesian) dalam batch sebelumnya"
            : "sudah mendapat coaching pada \(last.indonesian) (masa jeda \(rules.coolDownWorkingDays) hari kerja)"
    }

    /// More reasons first (weighted by their priority, ``CandidateReason/weight``), then the
    /// lower quality score, then the NIP; ranks numbered from 1.
    private static func rank(_ candidates: inout [Candidate]) {
        func weight(_ c: Candidate) -> Int { c.reasons.reduce(0) { $0 + $1.weight } }
        candidates.sort { a, b in
            (weight(b), a.nilaiKualitas, a.nip.value) < (weight(a), b.nilaiKualitas, b.nip.value)
        }
        for i in candidates.indices { candidates[i].rank = i + 1 }
    }

    /// Weak aspects (below their minimum) and aspects with recommendations, weakest first.
    private func focus(for row: PerformanceRecord, layout: ReportLayout, recommendations: [Recommendation]) -> [FocusArea] {
        var areas: [String: FocusArea] = [:]
        for (i, code) in layout.aspectCodes.enumerated() {
            guard i < row.aspectScores.count, let score = row.aspectScores[i], let minimum = rules.aspectMinimum[code], score < minimum else { continue }
            areas[code] = FocusArea(aspect: code, score: score, minimum: minimum, recommendations: [])
        }
        for rec in recommendations.sorted(by: { ($0.prioritas, $0.id) < ($1.prioritas, $1.id) }) {
            let index = layout.aspectCodes.firstIndex(of: rec.aspek)
            let score = index.flatMap { $0 < row.aspectScores.count ? row.aspectScores[$0] : nil }
            areas[rec.aspek, default: FocusArea(aspect: rec.aspek, score: score, minimum: rules.aspectMinimum[rec.aspek], recommendations: [])]
                .recommendations.append(FocusRecommendation(id: rec.id, prioritas: rec.prioritas, temuan: rec.temuan, rekomendasi: rec.rekomendasi))
        }
        return areas.values.sorted { a, b in
            let gapA = (a.minimum ?? 0) - (a.score ?? (a.minimum ?? 0)), gapB = (b.minimum ?? 0) - (b.score ?? (b.minimum ?? 0))
            return (gapB, a.aspect) < (gapA, b.aspect)
        }
    }

    /// Numbers in the reasons as documents write them (`62,4`), since they go into the Jadwal and `kandidat.csv`.
    private func show(_ x: Double) -> String { IndonesianNumber.format(x) }
    private func percent(_ x: Double) -> String { IndonesianNumber.percent(x) }
}
