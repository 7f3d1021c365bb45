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

    @Option(name: .customLong("effect"), help: ArgumentHelp(say(.optSampleEffect), valueName: "aspek=+n"))
    var effects: [String] = []

    @Flag(help: ArgumentHelp(say(.optSampleRiwayat)))
    var riwayat = false

    @Option(help: ArgumentHelp(say(.optSampleShare), valueName: "share"))
    var coachingShare = 0.7

    /// `kepatuhan_sop=+6` → (`kepatuhan_sop`, 6).
    static func parseEffect(_ text: String) -> (String, Double)? {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        // `+6`, `-2`, `2,5` (decimal comma, as an Indonesian user writes it) or `2.5`.
        var number = parts[1].replacingOccurrences(of: ",", with: ".")
        if number.hasPrefix("+") { number.removeFirst() }
        guard let value = Double(number), value.isFinite, abs(value) <= 100 else { return nil }
        return (AspectCode.bare(parts[0]), value)
    }

    func validate() throws {
        guard (1...2_000_000).contains(agents) else { throw ValidationError(say(.usageAgents)) }
        guard (1...120).contains(periods) else { throw ValidationError(say(.usagePeriods)) }
        guard Periode(parsing: lastPeriod) != nil else { throw ValidationError(say(.usageLastPeriod)) }
        guard (0...1).contains(coachingShare) else { throw ValidationError(say(.usageCoachingShare)) }
        for effect in effects where Self.parseEffect(effect) == nil {
            throw ValidationError(say(.usageEffect, ["value": effect]))
        }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var options = SampleGenerator.Options()
        options.agents = agents
        options.periods = periods
        options.seed = seed
        options.lastPeriod = Periode(parsing: lastPeriod)!
        for (aspect, value) in effects.compactMap(Self.parseEffect) { options.effects[aspect, default: 0] += value }
        options.coachingShare = coachingShare
        let withHistory = riwayat || !effects.isEmpty
        let names = ["laporan-kinerja.csv", "laporan-kinerja.xml", "rekomendasi-perbaikan.csv", "rekomendasi-perbaikan.xml"]
            + (withHistory ? ["riwayat-coaching.csv"] : [])
        let sinks = try names.map { try AtomicFileSink(path: URL(fileURLWithPath: out).appendingPathComponent($0).path) }
        let settingsRules = (try? ConfigurationOptions.parse([]).load())?.configuration.rules ?? Configuration().rules
        let generator = SampleGenerator(options: options, rules: settingsRules)
        let showProgress = isatty(2) == 1
        do {
            let summary = try generator.generate(into: .init(reportCSV: sinks[0], reportXML: sinks[1],
                                                             recommendationsCSV: sinks[2], recommendationsXML: sinks[3],
                                                             history: withHistory ? sinks[4] : nil)) { rows in
                if showProgress { printError("\u{1B}[1A\u{1B}[2K  \(CLI.language.count(rows, .nounRow))…") }
            }
            for sink in sinks { try sink.commit() }
            print(say(.sampleWritten, ["files": "\(names.count)", "out": out, "people": "\(summary.people)", "teams": "\(summary.teams)", "rows": "\(summary.reportRows)",
                                     "recommendations": "\(summary.recommendations)", "sessions": withHistory ? say(.sampleWrittenSessions, ["sessions": "\(summary.sessions)"]) : ""]))
        } catch {
            for sink in sinks { sink.discard() }
            throw error
        }
    }
}
