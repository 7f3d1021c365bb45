import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching candidates --reports F --recommendations F`
struct Candidates: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        abstract: say(.helpCandidates),
        discussion: say(.helpCandidatesDiscussion)
    )

    @Option(help: ArgumentHelp(say(.optReports), valueName: "file"))
    var reports: String

    @Option(help: ArgumentHelp(say(.optRecommendations), valueName: "file"))
    var recommendations: String?

    @Option(help: ArgumentHelp(say(.optPeriod), valueName: "yyyy-mm"), transform: PeriodArgument.parse)
    var period: Periode?

    @Option(help: ArgumentHelp(say(.optCoolDownFrom), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var assignedOn: CivilDate?

    @Option(help: ArgumentHelp(say(.optFormatAll)))
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
        try destination.deliver(bytes, summary: CLI.language.text(.candidatesWroteSummary, ["candidates": CLI.language.count(count, .nounCandidate), "periode": "\(outcome.list.periode)"]))
    }
}
