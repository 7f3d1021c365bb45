import CoachingWorkflow
import Foundation

/// The progress of long runs on standard error, only when it is a terminal: a pipe, a file or
/// a test reading the output sees exactly what it saw before progress existed.
enum ProgressDisplay {
    /// One for the process: the workflow reports into it, and ``perform(_:)`` clears it
    /// before any message is printed.
    static let standardError: any ProgressReporter = make(isTerminal: isatty(STDERR_FILENO) == 1,
                                                          term: ProcessInfo.processInfo.environment["TERM"])

    /// A line on the terminal, or nothing: `TERM=dumb` (an editor's shell, some CI logs)
    /// cannot move back to the start of a line.
    static func make(isTerminal: Bool, term: String?) -> any ProgressReporter {
        guard isTerminal, term != "dumb" else { return SilentProgress() }
        return LineProgress(label: ProgressTexts.label, clock: { DispatchTime.now().uptimeNanoseconds },
                            sink: { FileHandle.standardError.write(Data($0.utf8)) })
    }
}
