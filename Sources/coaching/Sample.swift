import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching sample --out DIR`
struct Sample: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        abstract: say(.helpSample),
        discussion: say(.helpSampleDiscussion)
    )

    @Option(help: ArgumentHelp(say(.optWriteDir), valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp(say(.optAgents)))
    var agents = 60

    @Option(help: ArgumentHelp(say(.optPeriods)))
    var periods = 1

    @Option(help: ArgumentHelp(say(.optSeed)))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(say(.optLastPeriod), valueName: "yyyy-mm"))
    var lastPeriod = "2026-10"

    func validate() throws {
        guard (1...2_000_000).contains(agents) else { throw ValidationError(say(.usageAgents)) }
        guard (1...120).contains(periods) else { throw ValidationError(say(.usagePeriods)) }
        guard Periode(parsing: lastPeriod) != nil else { throw ValidationError(say(.usageLastPeriod)) }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var options = SampleGenerator.Options()
        options.agents = agents
        options.periods = periods
        options.seed = seed
        options.lastPeriod = Periode(parsing: lastPeriod)!
        let names = ["laporan-kinerja.csv", "laporan-kinerja.xml", "rekomendasi-perbaikan.csv", "rekomendasi-perbaikan.xml"]
        let sinks = try names.map { try AtomicFileSink(path: URL(fileURLWithPath: out).appendingPathComponent($0).path) }
        let settingsRules = (try? ConfigurationOptions.parse([]).load())?.configuration.rules ?? Configuration().rules
        let generator = SampleGenerator(options: options, rules: settingsRules)
        let showProgress = isatty(2) == 1
        do {
            let summary = try generator.generate(into: .init(reportCSV: sinks[0], reportXML: sinks[1],
                                                             recommendationsCSV: sinks[2], recommendationsXML: sinks[3])) { rows in
                if showProgress { printError("\u{1B}[1A\u{1B}[2K  \(rows) rows…") }
            }
            for sink in sinks { try sink.commit() }
            print("Wrote \(names.count) files to \(out): \(summary.people) people in \(summary.teams) teams, \(summary.reportRows) report rows, \(summary.recommendations) recommendations.")
        } catch {
            for sink in sinks { sink.discard() }
            throw error
        }
    }
}
