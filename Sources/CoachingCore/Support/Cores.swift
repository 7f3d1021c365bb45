import Foundation

/// How many threads the work that runs on every core uses: one place, so drawing, reading and
/// compressing agree, and a test or a benchmark can see what the machine offered.
public enum Cores {
    /// The processors this process may run on.
    public static let available = max(1, ProcessInfo.processInfo.activeProcessorCount)
}
