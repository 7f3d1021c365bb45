import CoachingRegister
import CoachingCore
import Foundation

/// `coaching candidates`: who should be coached in a period and why, without writing anything.
public struct CandidatesRequest: Sendable {
    public var reports: String
    public var recommendations: String?
    public var period: Periode?
    /// The day counted from for the cool-down (default: today, WIB), as `schedule --assigned-on`.
    public var assignedOn: CivilDate?
    public var settings: Settings

    public init(reports: String, recommendations: String?, period: Periode?, assignedOn: CivilDate?, settings: Settings) {
        self.reports = reports
        self.recommendations = recommendations
        self.period = period
        self.assignedOn = assignedOn
        self.settings = settings
    }
}

/// The candidate list and what was noticed on the way (warnings for standard error).
public struct CandidatesOutcome: Sendable {
    public var list: CandidateList
    /// The day the cool-down counted back from: a workbook of the list is stamped with it.
    public var assignedOn: CivilDate
    public var notices: [String]
}

extension Workflow {
    /// Reads and checks the inputs and selects the candidates, cool-down included.
    public func candidates(_ request: CandidatesRequest) throws(WorkflowError) -> CandidatesOutcome {
        let (inputs, notices) = try InputReading.load(
            reports: request.reports, recommendations: request.recommendations, period: request.period,
            configuration: request.settings.configuration, today: environment.clock.today,
            consequence: environment.language.text(.inputsErrorRunAgain))
        let assignedOn = request.assignedOn ?? environment.clock.today
        let selection = CandidateSelection(configuration: request.settings.configuration, today: assignedOn, outputRoot: environment.outputRoot,
                                           settingsFile: request.settings.file)
        let (list, historyNotices) = selection.select(inputs, period: request.period)
        guard let list, list.people > 0 else {
            throw WorkflowError(.invalidInput, notices + historyNotices
                + ["error: " + (request.period.map { environment.language.text(.reportNoRowsFor, ["period": $0.description]) } ?? environment.language.text(.reportNoRows))])
        }
        return CandidatesOutcome(list: list, assignedOn: assignedOn, notices: notices + historyNotices)
    }
}
