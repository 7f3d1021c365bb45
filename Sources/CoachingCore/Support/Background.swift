import Dispatch
import Foundation

/// Work started on a thread of its own, whose result is waited for later: to read one file
/// while another is read, or to write files while the register is filled.
public final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var result: Result<T, Error> = .failure(CancellationError())

    public init(_ work: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// The result, once the work is done; its error if it failed.
    public func value() throws -> T {
        done.wait()
        done.signal()
        return try result.get()
    }
}
