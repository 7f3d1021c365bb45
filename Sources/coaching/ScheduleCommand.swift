import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching schedule --reports F --recommendations F --assigned-on DATE`
struct ScheduleCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: say(.helpSchedule),
        discussion: say(.helpScheduleDiscussion)
    )

    @Option(help: ArgumentHelp(say(.optReports), valueName: "file"))
    var reports: String

    @Option(help: ArgumentHelp(say(.optRecommendations), valueName: "file"))
    var recommendations: String?

    @Option(help: ArgumentHelp(say(.optAssignedOn), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var assignedOn: CivilDate?

    @OptionGroup var output: OutputOptions
    @OptionGroup var templates: TemplateOptions

    @Option(help: ArgumentHelp(say(.optUnavailable), valueName: "file"))
    var unavailable: String?

    @Option(help: ArgumentHelp(say(.optPeriod), valueName: "yyyy-mm"), transform: PeriodArgument.parse)
    var period: Periode?

    @Flag(help: ArgumentHelp(say(.optAllowPartial)))
    var allowPartial = false

    @OptionGroup var settings: ConfigurationOptions

    func run() throws {
        let request = ScheduleRequest(reports: reports, recommendations: recommendations, unavailable: unavailable, assignedOn: assignedOn,
                                      period: period, allowPartial: allowPartial, settings: try settings.load())
        let workflow = try output.workflow(templates: templates)
        // What was taken without being told, every time, before anything can stop the run.
        let assumptions = workflow.scheduleAssumptions(request).lines(CLI.language)
        print(assumptions[0])
        printNotices(Array(assumptions.dropFirst()))
        let outcome = try perform { () throws(WorkflowError) in try workflow.schedule(request) }
        printNotices(outcome.notices)
        let language = CLI.language
        switch outcome.result {
        case .alreadyScheduled(let folder):
            print(say(.scheduleExists, ["folder": folder.path]))
        case .nobodyToCoach(let list):
            print(say(.scheduleNobody, ["period": list.periode.description, "skipped": "\(list.skipped.count)",
                                        "people": language.count(list.people, .nounPerson)]))
            for s in list.skipped { print("  \(s.nama) (\(s.nip)): \(s.reason)") }
        case .scheduled(let batch):
            print(say(.scheduleWritten, ["number": batch.number, "sessions": language.count(batch.sessions, .nounSession),
                                         "candidates": language.count(batch.candidates, .nounCandidate),
                                         "first": batch.firstDay?.text(language) ?? "-", "last": batch.lastDay?.text(language) ?? "-",
                                         "deadline": batch.deadline.longText(language)]))
            if let first = batch.windowFirst, let last = batch.windowLast, (first, last) != (batch.firstDay, batch.lastDay) {
                print(say(.scheduleWindow, ["first": first.text(language), "last": last.text(language)]))
            }
            if let list = batch.unplacedList { print(say(.unplacedListWritten, ["path": list.path])) }
            print(say(.scheduleWrittenTo, ["folder": batch.folder.path]))
        }
    }
}
