import Dispatch
import Foundation
import X509

extension SignedPDFCheck {
    /// `check(signed:originalLength:trustRoots:now:)` for a synchronous caller (the workflow's use
    /// cases are synchronous). Only the chain check is `async` in swift-certificates, and with
    /// `RFC5280Policy` it never waits on anything; the calling thread blocks until it is done.
    /// Call it from a plain thread (the command line's main thread, a worker), never from inside
    /// Swift concurrency's own threads: there, `await check(…)` instead.
    public static func checkBlocking(signed: [UInt8], originalLength: Int?, trustRoots: [Certificate]?, now: Date) -> SignedPDFVerdict {
        let result = VerdictBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            result.set(await check(signed: signed, originalLength: originalLength, trustRoots: trustRoots, now: now))
            done.signal()
        }
        done.wait()
        return result.get()!
    }

    /// `check(signed:original:trustRoots:now:)` for a synchronous caller; see the one above.
    public static func checkBlocking(signed: [UInt8], original: [UInt8]?, trustRoots: [Certificate]?, now: Date) -> SignedPDFVerdict {
        let result = VerdictBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            result.set(await check(signed: signed, original: original, trustRoots: trustRoots, now: now))
            done.signal()
        }
        done.wait()
        return result.get()!
    }
}

/// The verdict handed from the task to the waiting thread.
private final class VerdictBox: @unchecked Sendable {
    private let lock = NSLock()
    private var verdict: SignedPDFVerdict?
    func set(_ v: SignedPDFVerdict) { lock.lock(); verdict = v; lock.unlock() }
    func get() -> SignedPDFVerdict? { lock.lock(); defer { lock.unlock() }; return verdict }
}
