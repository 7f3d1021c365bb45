import CoachingRegister
import CoachingCore
import Foundation

/// Who is to be coached, chosen the same way for `candidates` and for `schedule`: the rules of
/// the settings, the working-day calendar, and the cool-down after earlier sessions found in
/// the batches under the output root.
struct CandidateSelection {
    let configuration: Configuration
    /// The day the assignment was received: the cool-down counts back from it.
    let today: CivilDate
    let outputRoot: URL

    /// The candidates of `period` (the latest in the report when nil), and the diagnostics of
    /// reading the coaching history; nil when the report has no rows for it.
    func select(_ inputs: LoadedInputs, period: Periode?) -> (list: CandidateList?, notices: [String]) {
        let (history, notices) = self.history()
        let lastSessions = history.lastSession
        let selector = CandidateSelector(rules: configuration.rules, names: configuration.names, calendar: WorkingDayCalendar(options: configuration.calendar),
                                         today: today, followUp: followUp(inputs, period: period), lastCoached: { lastSessions[$0] })
        return (selector.select(inputs, periode: period), notices)
    }

    /// The reasons earlier coaching gives (``FollowUpReasons``): the approved Berita Acara of
    /// the people in the report, measured against every period the report file holds (a
    /// cumulative report shows the periods after the sessions). Nothing without a register or
    /// without sessions, and then the report is not read a second time.
    func followUp(_ inputs: LoadedInputs, period: Periode?) -> [NIP: [CandidateReason]] {
        guard let periode = period ?? inputs.records.map(\.periode).max(),
              FileManager.default.fileExists(atPath: outputRoot.appendingPathComponent(Register.fileName).path),
              let commits = try? CommitPath.open(outputRoot, create: false, language: configuration.language) else { return [:] }
        let sessions = CoachedSessions.fromRegister(commits: commits, people: Set(inputs.records.map(\.nip)))
        guard !sessions.isEmpty, let source = try? FileByteSource(path: inputs.reportFile),
              let (history, checks) = try? ReportHistoryLoader(configuration: configuration, today: today)
                .load([InputFile(name: inputs.reportFile, source: source)]),
              !checks.contains(where: { $0.log.hasErrors }) else { return [:] }
        let result = EffectivenessEstimator(options: configuration.effectiveness, rules: configuration.rules)
            .estimate(history: history, sessions: sessions, today: today)
        return FollowUpReasons.reasons(result, history: history, periode: periode, options: configuration.effectiveness, names: configuration.names)
    }

    /// The last session of each person in the Jadwal of every batch of this year and the one
    /// before (the cool-down is shorter than a year).
    func history() -> (CoachingHistory, [String]) {
        var history = CoachingHistory()
        var log = DiagnosticLog()
        for year in (today.year - 1)...today.year {
            for batch in BatchFolders(root: outputRoot, year: year).existing() {
                let path = batch.appendingPathComponent(BatchLayout.jadwalXML).path
                if let source = try? FileByteSource(path: path) { history.add(InputFile(name: path, source: source), log: &log) }
            }
        }
        return (history, log.sorted.map(\.formatted))
    }
}
