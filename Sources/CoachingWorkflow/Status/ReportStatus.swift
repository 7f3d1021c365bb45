import CoachingCore
import CoachingRegister

/// `coaching status`: where one batch, or every open one, stands in the SOP.
public struct StatusRequest: Sendable {
    /// A batch id or folder; nil for every batch not yet finished.
    public var batch: String?
    /// Count the working days up to this day (default: today, WIB).
    public var today: CivilDate?

    public init(batch: String? = nil, today: CivilDate? = nil) {
        self.batch = batch
        self.today = today
    }
}

extension Workflow {
    /// The status of the batch asked for, or of every batch whose last step is not done.
    public func status(_ request: StatusRequest) throws(WorkflowError) -> [BatchStatus] {
        let day = request.today ?? environment.clock.today
        if let batch = request.batch {
            return [try Self.status(of: try OpenedBatch.open(batch, root: environment.outputRoot), today: day)]
        }
        let commits = try CommitPath.open(environment.outputRoot, create: false)
        let batches: [RegisteredBatch]
        do { batches = try commits.read { try $0.batches() } } catch { throw .error(.register, "\(error)") }
        var statuses: [BatchStatus] = []
        for batch in batches {
            let status = try Self.status(of: try OpenedBatch.open(batch.id.description, commits: commits), today: day)
            if !(status.steps.last?.done ?? false) { statuses.append(status) }
        }
        return statuses
    }

    private static func status(of opened: OpenedBatch, today: CivilDate) throws(WorkflowError) -> BatchStatus {
        let documents: [RegisteredDocument]
        do { documents = try opened.commits.read { try $0.documents(batch: opened.batch.id) } } catch { throw .error(.register, "\(error)") }
        return BatchStatus(batch: opened.batch, documents: documents, sessions: opened.jadwal.entries.count,
                           calendar: WorkingDayCalendar(options: opened.configuration.calendar), today: today,
                           people: opened.configuration.people)
    }
}
