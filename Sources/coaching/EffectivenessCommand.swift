import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching efektivitas --reports FILE… [--riwayat FILE] [--from P --to P]`
struct EffectivenessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "efektivitas",
        abstract: say(.helpEffectiveness),
        discussion: say(.helpEffectivenessDiscussion),
        aliases: ["effectiveness"]
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optEffectivenessReports), valueName: "file"))
    var reports: [String]

    @Option(help: ArgumentHelp(say(.optRiwayat), valueName: "file"))
    var riwayat: String?

    @Option(help: ArgumentHelp(say(.optFromPeriod), valueName: "yyyy-mm"), transform: PeriodArgument.parse)
    var from: Periode?

    @Option(help: ArgumentHelp(say(.optToPeriod), valueName: "yyyy-mm"), transform: PeriodArgument.parse)
    var to: Periode?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError(say(.usageReportsNeeded)) }
        if let from, let to, to < from { throw ValidationError(say(.usageToBeforeFrom, ["to": "\(to)", "from": "\(from)"])) }
    }

    func run() throws {
        let request = EffectivenessRequest(reports: reports, history: riwayat, from: from, to: to, settings: try settings.load())
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in try workflow.effectiveness(request) }
        printNotices(outcome.notices)
        print(EffectivenessMessages.written(folder: outcome.folder, root: workflow.environment.shownRoot,
                                            units: outcome.result.units.count, measured: outcome.result.units.filter { $0.status == .terukur }.count,
                                            language: CLI.language))
        print(EffectivenessMessages.headline(outcome.result.rollups.first { $0.dimension == .semua }, language: CLI.language))
    }
}
