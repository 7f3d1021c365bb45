import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Prints how long each stage of a run took, to standard error, when COACHING_TIMINGS is set:
/// for the benchmark and for anyone wondering where the time goes. With `COACHING_TIMINGS=cpu`
/// each line also gives the CPU time the whole process spent in the stage (all threads, so a
/// figure that stays readable on a busy machine, where wall time does not).
public struct StageTimer {
    private let mode = ProcessInfo.processInfo.environment["COACHING_TIMINGS"]
    private var last = DispatchTime.now()
    private var lastCPU = StageTimer.processCPU()

    public init() {}

    public mutating func mark(_ stage: String) {
        guard let mode else { return }
        let now = DispatchTime.now()
        let wall = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        var line = String(format: "timing: %@ %.3f s", stage, wall)
        if mode == "cpu" {
            let cpu = Self.processCPU()
            line += String(format: " (CPU %.3f s)", cpu - lastCPU)
            lastCPU = cpu
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
        last = now
    }

    /// User and system time of the process so far, in seconds.
    private static func processCPU() -> Double {
        #if canImport(Glibc)
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        #else
        return 0
        #endif
    }
}
