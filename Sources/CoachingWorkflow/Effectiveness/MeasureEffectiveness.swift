import CoachingCore
import CoachingRegister
import Foundation

extension Workflow {
    /// Reads the reports and the sessions, measures, and writes the report (HTML), the CSV
    /// files and the JSON into `efektivitas/FROM_TO/` under the output root, through the
    /// commit path: a killed run leaves the previous report or the new one, never half.
    public func effectiveness(_ request: EffectivenessRequest) throws(WorkflowError) -> EffectivenessOutcome {
        var timer = StageTimer()
        let configuration = request.settings.configuration
        let today = environment.clock.today
        // The session list does not depend on the reports: read on a thread of its own while
        // the reports are read (the register's sessions do, and are read after them).
        let language = environment.language
        let maxProblems = configuration.input.maxProblemsPerFile
        let historyRead = request.history.map { path in
            Background { () throws -> ([CoachedSession], DiagnosticLog) in
                var log = DiagnosticLog(limit: maxProblems)
                let listed = SessionHistoryFile.read(InputFile(name: path, source: try FileByteSource(path: path)), language: language, log: &log)
                return (listed, log)
            }
        }
        let loaded: (history: ReportHistory, checks: [FileCheck])
        do {
            let files = try request.reports.map { InputFile(name: $0, source: try FileByteSource(path: $0)) }
            loaded = try ReportHistoryLoader(configuration: configuration, today: today).load(files)
        } catch {
            throw .error(.invalidInput, environment.language.describe(error))
        }
        timer.mark("efektivitas: reports read (\(loaded.history.rows.count) rows)")
        var notices = loaded.checks.flatMap { $0.log.sorted.map(\.formatted) }
        guard !loaded.checks.contains(where: { $0.log.hasErrors }) else {
            throw WorkflowError(.invalidInput, notices + [environment.language.text(.effectivenessInputErrors)])
        }
        // A register made just now holds no Berita Acara: asking it about every person in the
        // reports (83,000 at a large office) would take a third of a second for nothing.
        let hadRegister = FileManager.default.fileExists(atPath: environment.outputRoot.appendingPathComponent(Register.fileName).path)
        let commits = try CommitPath.open(environment.outputRoot, create: true, language: environment.language)
        var registerLog = DiagnosticLog()
        var sessions: [CoachedSession] = []
        if hadRegister {
            do {
                sessions = try CoachedSessions.fromRegister(commits: commits, people: loaded.history.rowsByPerson.keys, language: environment.language,
                                                            log: &registerLog)
            } catch {
                throw .error(.register, environment.language.describe(error))
            }
        }
        notices += registerLog.sorted.map(\.formatted)
        if let path = request.history, let historyRead {
            var log: DiagnosticLog
            let listed: [CoachedSession]
            do {
                (listed, log) = try historyRead.value()
            } catch {
                throw .error(.invalidInput, environment.language.describe(error, path: path))
            }
            // A Berita Acara the register holds and the list repeats is one session: counted twice,
            // it would be two units (and its commitments two) and narrow the interval falsely.
            let registered = Set(sessions.map(\.beritaAcara))
            for session in listed where registered.contains(session.beritaAcara) {
                log.warning(session.source, environment.language.text(.effectivenessSessionRepeated, ["number": session.beritaAcara]))
            }
            sessions += listed.filter { !registered.contains($0.beritaAcara) }
            notices += log.sorted.map(\.formatted)
            guard !log.hasErrors else { throw WorkflowError(.invalidInput, notices + [environment.language.text(.effectivenessInputErrors)]) }
        }
        timer.mark("efektivitas: \(sessions.count) sessions read")
        guard !sessions.isEmpty else { throw WorkflowError(.invalidInput, notices + [environment.language.text(.effectivenessNoSessions)]) }

        let result = EffectivenessEstimator(options: configuration.effectiveness, rules: configuration.rules)
            .estimate(history: loaded.history, sessions: sessions, from: request.from, to: request.to, today: today)
        timer.mark("efektivitas: measured (\(result.units.count) units)")
        let folder = "efektivitas/\(result.from)_\(result.to)"
        // Six independent files, drawn on every core, the largest first (pembanding.csv alone
        // takes about as long as the other five): handed out in turn, the largest two landed on
        // one core.
        let tables = EffectivenessTables(result)
        let drawers: [@Sendable () -> (String, [UInt8])] = [
            { ("laporan-efektivitas.html", EffectivenessReportDocument(result: result, configuration: configuration, madeOn: today).html) },
            { ("efektivitas.csv", tables.units) }, { ("pembanding.csv", tables.comparisons) }, { ("ringkasan.csv", tables.rollups) },
            { ("komitmen.csv", tables.commitments) }, { ("efektivitas.json", result.json) },
        ]
        // Each file goes into the staging folder on the core that drew it, as soon as it is
        // drawn: written afterwards on one core, its 115 MB took a third of a second more.
        let staging = commits.begin()
        let files: [String]
        do {
            try staging.makeFolder(folder)
            let written = drawers.parallelMap(order: [2, 5, 1, 0, 4, 3], state: {}) { _, draw in
                var timer = StageTimer()
                let (name, bytes) = draw()
                timer.mark("efektivitas: \(name) drawn")
                let path = "\(folder)/\(name)"
                return Result { try staging.write([(path, bytes)]) }.map { path }
            }
            files = try written.map { try $0.get() }
            timer.mark("efektivitas: outputs drawn")
            try staging.stage([])
        } catch {
            staging.discard()
            throw .error(.register, environment.language.describe(error))
        }
        do {
            // Throws away the staging folder itself if the register does not commit it.
            try commits.commit(staging) { _ in }
        } catch {
            throw .error(.register, environment.language.describe(error))
        }
        timer.mark("efektivitas: outputs committed")
        return EffectivenessOutcome(folder: folder, files: files, result: result, notices: notices)
    }
}
