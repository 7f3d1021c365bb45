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
                                         today: today, lastCoached: { lastSessions[$0] })
        return (selector.select(inputs, periode: period), notices)
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
