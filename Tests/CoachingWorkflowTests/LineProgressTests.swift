@testable import CoachingWorkflow
import Dispatch
import Synchronization
import Testing

/// The progress line a terminal shows during long runs: late to appear, throttled, redrawn in
/// place and cleared at the end; driven here by a clock and a sink of the test's own.
@Suite("Progress line")
struct LineProgressTests {
    /// A clock the test moves by hand, and everything written.
    final class Terminal: Sendable {
        let now = Mutex<UInt64>(0)
        let written = Mutex<[String]>([])

        func advance(milliseconds: UInt64) { now.withLock { $0 += milliseconds * 1_000_000 } }
        var output: [String] { written.withLock { $0 } }

        func progress() -> LineProgress {
            LineProgress(label: { $0 == .minutes ? "Menulis Berita Acara" : "Mencetak PDF" },
                         clock: { self.now.withLock { $0 } }, sink: { text in self.written.withLock { $0.append(text) } },
                         interval: 100_000_000, delay: 250_000_000)
        }
    }

    @Test func aShortRunShowsNothingAtAll() {
        let terminal = Terminal(), progress = terminal.progress()
        for i in 0...20 {
            progress.report(.minutes, done: i, total: 20)
            terminal.advance(milliseconds: 10)
        }
        progress.end()
        #expect(terminal.output.isEmpty)
    }

    @Test func aLongRunRedrawsOneLineAtMostTenTimesASecondAndClearsIt() {
        let terminal = Terminal(), progress = terminal.progress()
        progress.report(.minutes, done: 0, total: 1263)
        terminal.advance(milliseconds: 300)
        progress.report(.minutes, done: 812, total: 1263)
        // Within the next 100 ms every update is dropped.
        for i in 813..<900 {
            terminal.advance(milliseconds: 1)
            progress.report(.minutes, done: i, total: 1263)
        }
        terminal.advance(milliseconds: 13)
        progress.report(.minutes, done: 1000, total: 1263)
        progress.end()
        #expect(terminal.output == ["\rMenulis Berita Acara 812/1263\u{1B}[K", "\rMenulis Berita Acara 1000/1263\u{1B}[K", "\r\u{1B}[K"])
    }

    @Test func aCountOlderThanOneShownIsNotDrawn() {
        let terminal = Terminal(), progress = terminal.progress()
        progress.report(.print, done: 0, total: 23)
        terminal.advance(milliseconds: 300)
        progress.report(.print, done: 5, total: 23)
        terminal.advance(milliseconds: 200)
        // A thread that finished earlier reports after one that finished later.
        progress.report(.print, done: 4, total: 23)
        #expect(terminal.output == ["\rMencetak PDF 5/23\u{1B}[K"])
    }

    @Test func eachTaskWaitsItsOwnDelay() {
        let terminal = Terminal(), progress = terminal.progress()
        progress.report(.minutes, done: 0, total: 10)
        terminal.advance(milliseconds: 300)
        progress.report(.minutes, done: 3, total: 10)
        progress.end()
        progress.report(.print, done: 1, total: 10)
        terminal.advance(milliseconds: 100)
        progress.report(.print, done: 2, total: 10)
        #expect(terminal.output == ["\rMenulis Berita Acara 3/10\u{1B}[K", "\r\u{1B}[K"])
    }

    /// What a reporter heard, for the counter's test.
    final class Heard: ProgressReporter {
        let counts = Mutex<[Int]>([])
        let ends = Atomic<Int>(0)
        func report(_ task: ProgressTask, done: Int, total: Int) { counts.withLock { $0.append(done) } }
        func end() { ends.add(1, ordering: .relaxed) }
    }

    @Test func theCounterCountsEveryItemFromEveryThread() {
        let heard = Heard()
        let counter = ProgressCounter(.verify, total: 1000, reporter: heard)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<250 { counter.advance() }
        }
        counter.end()
        let counts = heard.counts.withLock { $0 }
        #expect(counts.first == 0)
        #expect(counts.count == 1001)
        #expect(counts.max() == 1000)
        #expect(Set(counts).count == 1001)
        #expect(heard.ends.load(ordering: .relaxed) == 1)
    }

    @Test func theDefaultIsSilent() {
        let environment = WorkflowEnvironment(outputRoot: .init(fileURLWithPath: "/nowhere"))
        #expect(environment.progress is SilentProgress)
    }
}
