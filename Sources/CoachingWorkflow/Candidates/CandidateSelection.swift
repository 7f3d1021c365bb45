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
    /// The settings file: `effectiveness.earlier_reports` is relative to its folder.
    var settingsFile: String? = nil
    /// The register, when the caller has opened it already (`schedule`): it is opened once
    /// per run. Nil: opened here if there is one.
    var commits: CommitPath? = nil

    /// The candidates of `period` (the latest in the report when nil), and the diagnostics of
    /// reading the coaching history and the loop back; nil when the report has no rows for it.
    func select(_ inputs: LoadedInputs, period: Periode?) -> (list: CandidateList?, notices: [String]) {
        let (history, notices) = self.history()
        let lastSessions = history.lastSession
        let (followUp, followUpNotices) = self.followUp(inputs, period: period)
        let selector = CandidateSelector(rules: configuration.rules, names: configuration.names, calendar: WorkingDayCalendar(options: configuration.calendar),
                                         today: today, followUp: followUp, lastCoached: { lastSessions[$0] })
        return (selector.select(inputs, periode: period), notices + followUpNotices)
    }

    /// The reasons earlier coaching gives (``FollowUpReasons``): the approved Berita Acara of
    /// the people in the report, measured against the report and the earlier reports the
    /// settings name (``EarlierReports``; the report given counts where they repeat a period).
    /// Nothing without a register or without sessions, and then no report is read a second
    /// time. Whatever cannot be read is said as a warning, never passed over in silence: a
    /// missing reason changes who is coached.
    func followUp(_ inputs: LoadedInputs, period: Periode?) -> (reasons: [NIP: [CandidateReason]], notices: [String]) {
        let language = configuration.language
        func unavailable(_ reason: String) -> String { "warning: " + language.text(.followUpUnavailable, ["reason": reason]) }
        guard let periode = period ?? inputs.records.map(\.periode).max() else { return ([:], []) }
        let commits: CommitPath
        if let open = self.commits {
            commits = open
        } else {
            guard FileManager.default.fileExists(atPath: outputRoot.appendingPathComponent(Register.fileName).path) else { return ([:], []) }
            do { commits = try CommitPath.open(outputRoot, create: false, language: language) } catch {
                return ([:], [unavailable(error.lines.map { $0.hasPrefix("error: ") ? String($0.dropFirst(7)) : $0 }.joined(separator: " "))])
            }
        }
        var log = DiagnosticLog()
        let sessions: [CoachedSession]
        do {
            sessions = try CoachedSessions.fromRegister(commits: commits, people: Set(inputs.records.map(\.nip)), language: language, log: &log)
        } catch {
            return ([:], [unavailable(language.describe(error))])
        }
        guard !sessions.isEmpty else { return ([:], log.sorted.map(\.formatted)) }
        let earlier = EarlierReports(configuration.effectiveness.earlierReports, settingsFile: settingsFile, excluding: inputs.reportFile, language: language)
        for d in earlier.log.diagnostics { log.add(d) }
        guard let history = loadHistory(inputs.reportFile, earlier.files, log: &log) else {
            return ([:], log.sorted.map(\.formatted))
        }
        let result = EffectivenessEstimator(options: configuration.effectiveness, rules: configuration.rules)
            .estimate(history: history, sessions: sessions, today: today)
        var notices = log.sorted.map(\.formatted)
        // Without the periods before a session nothing can say whether the aspect improved:
        // said once, with the setting that gives them.
        // (Only where the reports start too late: a newcomer without earlier rows is no hint.)
        let start = history.rows.lazy.map(\.periode).min() ?? periode
        let blind = result.units.filter { $0.baseline == nil && $0.coachingPeriod <= start && $0.coachingPeriod <= periode }.count
        if blind > 0 {
            notices.append("warning: " + language.text(.followUpNoBaseline, ["count": blind.grouped(language)]))
        }
        return (FollowUpReasons.reasons(result, history: history, periode: periode, options: configuration.effectiveness, names: configuration.names),
                notices)
    }

    /// The report and the earlier reports as one history. An earlier report with errors is
    /// left out with a warning (the rest still count); nil when the report itself cannot be
    /// read this way.
    private func loadHistory(_ report: String, _ earlier: [String], log: inout DiagnosticLog) -> ReportHistory? {
        let language = configuration.language
        var files = [report] + earlier
        while true {
            let loaded: (history: ReportHistory, checks: [FileCheck])
            do {
                let inputs = try files.map { InputFile(name: $0, source: try FileByteSource(path: $0)) }
                loaded = try ReportHistoryLoader(configuration: configuration, today: today).load(inputs, repeats: .firstGivenCounts)
            } catch {
                // A file that cannot be opened: say which, and go on without it.
                guard let bad = files.dropFirst().first(where: { (try? FileByteSource(path: $0)) == nil }) else {
                    log.warning(SourceLocation(file: report), language.text(.followUpUnavailable, ["reason": language.describe(error, path: report)]))
                    return nil
                }
                log.warning(SourceLocation(file: bad), language.text(.followUpEarlierLeftOut, ["count": "1"]))
                files.removeAll { $0 == bad }
                continue
            }
            let damaged = loaded.checks.filter { $0.log.hasErrors }
            if damaged.isEmpty { return loaded.history }
            if damaged.contains(where: { $0.file == report }) {
                log.warning(SourceLocation(file: report), language.text(.followUpUnavailable, ["reason": language.text(.followUpReportErrors)]))
                return nil
            }
            for check in damaged {
                log.warning(SourceLocation(file: check.file), language.text(.followUpEarlierLeftOut, ["count": check.log.errorCount.grouped(language)]))
            }
            files.removeAll { file in damaged.contains { $0.file == file } }
        }
    }

    /// The last session of each person in the Jadwal of every batch of this year and the one
    /// before (the cool-down is shorter than a year).
    func history() -> (CoachingHistory, [String]) {
        var history = CoachingHistory()
        var log = DiagnosticLog()
        for year in (today.year - 1)...today.year {
            for batch in BatchFolders(root: outputRoot, year: year).existing() {
                let path = batch.appendingPathComponent(BatchLayout.jadwalXML).path
                if let source = try? FileByteSource(path: path) { history.add(InputFile(name: path, source: source), language: configuration.language, log: &log) }
            }
        }
        return (history, log.sorted.map(\.formatted))
    }
}
