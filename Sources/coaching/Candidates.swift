import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching candidates --reports F --recommendations F`
struct Candidates: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        abstract: say(.helpCandidates),
        discussion: """
        A person is a candidate when the overall score is below rules.quality_minimum, an aspect is below its minimum, a KPI is outside its band, or a recommendation has priority tinggi. A team leader also when at least rules.team_flagged_share of the team is, or the team average misses rules.team_average_target. Someone with fewer than rules.minimum_evaluations evaluations is listed as skipped, not coached, and so is someone coached less than rules.cool_down_working_days working days before --assigned-on in a batch under --out. Order: more reasons first, then the lower score, then the NIP.

        The same selection as `coaching schedule` makes for the same inputs, settings, date and output folder.

        --format xlsx writes the list as a workbook (the NIPs as text, all 18 digits; the scores as numbers) into the file --output names, as kandidat.xlsx in a batch folder.

        Examples:
          coaching candidates --reports Examples/laporan-kinerja.csv \\
            --recommendations Examples/rekomendasi-perbaikan.csv
          coaching candidates --reports Examples/laporan-kinerja.csv --format xlsx --output kandidat.xlsx
        """
    )

    @Option(help: ArgumentHelp(say(.optReports), valueName: "file"))
    var reports: String

    @Option(help: ArgumentHelp(say(.optRecommendations), valueName: "file"))
    var recommendations: String?

    @Option(help: ArgumentHelp(say(.optPeriod), valueName: "yyyy-mm"))
    var period: Periode?

    @Option(help: ArgumentHelp("The day the cool-down counts back from, as schedule's --assigned-on (default: today, WIB).", valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var assignedOn: CivilDate?

    @Option(help: "Output: text for people, csv or json for programs, xlsx for spreadsheets (with --output).")
    var format: OutputFormat = .text

    @OptionGroup var destination: OutputFileOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        try destination.validate(format)
    }

    func run() throws {
        let request = CandidatesRequest(reports: reports, recommendations: recommendations, period: period, assignedOn: assignedOn,
                                        settings: try settings.load())
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in try workflow.candidates(request) }
        printNotices(outcome.notices)
        let report = CandidateReport(outcome.list, names: request.settings.configuration.names)
        let bytes: [UInt8] = switch format {
        case .text: Array(report.text(CLI.language).utf8)
        case .csv: Array(report.csv.utf8)
        case .json: Array((report.json + "\n").utf8)
        case .xlsx: try report.xlsx(date: outcome.assignedOn)
        }
        let count = outcome.list.candidates.count
        try destination.deliver(bytes, summary: "\(count) candidate\(count == 1 ? "" : "s") for \(outcome.list.periode)")
    }
}
