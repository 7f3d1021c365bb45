import Synchronization

/// A ``ProgressReporter`` drawing one line, redrawn in place with `\r` and cleared at the end:
/// "Menulis Berita Acara 812/1263". The command line gives it the terminal's standard error
/// as `sink` and the texts as `label`; tests give it a clock and a sink of their own.
///
/// It stays quiet for the first `delay` of a task (a run of a few documents shows nothing)
/// and then redraws at most once per `interval` (ten times a second by default): a loop over
/// 20,000 documents must not spend its time writing to the terminal.
public final class LineProgress: ProgressReporter {
    /// Nanoseconds from any fixed point (monotonic).
    public typealias Clock = @Sendable () -> UInt64
    /// Takes the bytes to write, as text.
    public typealias Sink = @Sendable (String) -> Void

    private struct State {
        var task: ProgressTask?
        var started: UInt64 = 0
        var lastDrawn: UInt64?
        var done = 0
        var shown = false
    }

    private let clock: Clock
    private let sink: Sink
    private let label: @Sendable (ProgressTask) -> String
    private let interval: UInt64
    private let delay: UInt64
    private let state = Mutex(State())

    /// - Parameters:
    ///   - interval: the least time between two redraws, in nanoseconds.
    ///   - delay: how long a task runs before its line first shows, in nanoseconds.
    public init(label: @escaping @Sendable (ProgressTask) -> String, clock: @escaping Clock, sink: @escaping Sink,
                interval: UInt64 = 100_000_000, delay: UInt64 = 250_000_000) {
        self.label = label
        self.clock = clock
        self.sink = sink
        self.interval = interval
        self.delay = delay
    }

    /// The line for `done` of `total`: the label, then the count.
    public func line(_ task: ProgressTask, done: Int, total: Int) -> String {
        "\(label(task)) \(done)/\(total)"
    }

    public func report(_ task: ProgressTask, done: Int, total: Int) {
        let now = clock()
        state.withLock { s in
            if s.task != task {
                s = State(task: task, started: now)
            }
            // Threads finish out of order: a count lower than one already seen is old news.
            guard done >= s.done else { return }
            s.done = done
            guard now &- s.started >= delay else { return }
            if let last = s.lastDrawn, now &- last < interval { return }
            s.lastDrawn = now
            s.shown = true
            // `ESC [ K` clears what a longer earlier line left to the right.
            sink("\r\(line(task, done: done, total: total))\u{1B}[K")
        }
    }

    public func end() {
        state.withLock { s in
            if s.shown { sink("\r\u{1B}[K") }
            s = State()
        }
    }
}
