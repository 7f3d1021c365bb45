import Foundation

/// Prints how long each stage of a run took, to standard error, when COACHING_TIMINGS is set:
/// for the benchmark and for anyone wondering where the time goes.
public struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["COACHING_TIMINGS"] != nil
    private var last = DispatchTime.now()

    public init() {}

    public mutating func mark(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let line = String(format: "timing: %@ %.3f s\n", stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9)
        FileHandle.standardError.write(Data(line.utf8))
        last = now
    }
}
