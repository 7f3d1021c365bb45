// The libFuzzer entry point, built only by `Scripts/harden` (with -sanitize=fuzzer and
// -DFUZZING, where libFuzzer brings its own main). FUZZ_TARGET chooses the reader.
import FuzzTargets
#if FUZZING
import Foundation

nonisolated(unsafe) let target: FuzzTarget = {
    guard let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
        fatalError("set FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct NotAFuzzBuild {
    static func main() {
        print("coaching-fuzz is built by Scripts/harden (libFuzzer); run that instead.")
    }
}
#endif
