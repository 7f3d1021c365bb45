import Synchronization

/// Counts the items of one long loop and tells the reporter, from any thread: the loop calls
/// ``advance(by:)`` per item (or per chunk) and ``end()`` once, on every path.
public final class ProgressCounter: Sendable {
    private let task: ProgressTask
    private let total: Int
    private let reporter: any ProgressReporter
    private let done = Atomic<Int>(0)

    /// Starts counting `total` items of `task`; the reporter hears of the start at once.
    public init(_ task: ProgressTask, total: Int, reporter: any ProgressReporter) {
        self.task = task
        self.total = total
        self.reporter = reporter
        reporter.report(task, done: 0, total: total)
    }

    /// `count` more items are finished.
    public func advance(by count: Int = 1) {
        let now = done.wrappingAdd(count, ordering: .relaxed).newValue
        reporter.report(task, done: now, total: total)
    }

    /// The loop is over: the reporter clears what it shows.
    public func end() {
        reporter.end()
    }
}
