import ArgumentParser
import CoachingCore
import Foundation

/// `coaching candidates --reports F --recommendations F`
struct Candidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List who should be coached in a period, with the reasons and the focus areas.",
        discussion: """
        A person is a candidate when the overall score is below rules.quality_minimum, an aspect is below its minimum, a KPI is outside its band, or a recommendation has priority tinggi. A team leader also when at least rules.team_flagged_share of the team is, or the team average misses rules.team_average_target. Someone with fewer than rules.minimum_evaluations evaluations is listed as skipped, not coached. Order: more reasons first, then the lower score, then the NIP.

        Example:
          coaching candidates --reports Examples/laporan-kinerja.csv \\
            --recommendations Examples/rekomendasi-perbaikan.csv
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @Option(help: ArgumentHelp("The Laporan Kinerja Agen (.csv or .xml).", valueName: "file"))
    var reports: String

    @Option(help: ArgumentHelp("The Rekomendasi Perbaikan Kinerja Agen (.csv or .xml).", valueName: "file"))
    var recommendations: String?

    @Option(help: ArgumentHelp("The period, YYYY-MM (default: the latest in the report).", valueName: "period"))
    var period: String?

    @Option(help: "Output: text for people, csv for spreadsheets, json for programs.")
    var format: OutputFormat = .text

    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        if let period, Periode(parsing: period) == nil { throw ValidationError("--period must be a month as YYYY-MM, e.g. 2026-10") }
    }

    func run() throws {
        let configuration = try settings.load()
        let inputs = try InputLoader(configuration: configuration).load(
            report: InputFile(name: reports, source: try FileByteSource(path: reports)),
            recommendations: try recommendations.map { InputFile(name: $0, source: try FileByteSource(path: $0)) },
            periode: period.flatMap { Periode(parsing: $0) })
        for check in inputs.checks {
            for diagnostic in check.log.sorted { printError(diagnostic.formatted) }
        }
        guard !inputs.hasErrors else {
            printError("The inputs have errors (above); fix them and run again. `coaching check` lists them too.")
            throw ExitCode(1)
        }
        let selector = CandidateSelector(rules: configuration.rules, calendar: WorkingDayCalendar(options: configuration.calendar))
        guard let list = selector.select(inputs, periode: period.flatMap { Periode(parsing: $0) }),
              list.people > 0 else {
            printError("error: the report has no rows for \(period ?? "any period")")
            throw ExitCode(1)
        }
        let report = CandidateReport(list)
        switch format {
        case .text: print(report.text, terminator: "")
        case .csv: print(report.csv, terminator: "")
        case .json: print(report.json)
        }
    }
}
