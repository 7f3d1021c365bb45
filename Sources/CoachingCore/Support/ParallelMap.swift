import Dispatch
import Foundation
import Synchronization

// `Self: SendableMetatype`: the worker threads subscript the collection through its type's
// conformance, so that conformance must be usable off the caller's thread (not isolated to
// an actor). Arrays, slices and ranges qualify.
extension RandomAccessCollection where Index == Int, Element: Sendable, Self: SendableMetatype {
    /// `transform` of every element, in order, computed on every core: elements are dealt out
    /// in turn (0, 2, 4… to one thread, 1, 3, 5… to the other), which balances files of mixed
    /// sizes. Below `minimumPerThread` elements per thread, fewer threads.
    public func parallelMap<T: Sendable>(minimumPerThread: Int = 32, _ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        guard count > 0 else { return [] }
        let threads = Swift.max(1, Swift.min(Cores.available, count / Swift.max(1, minimumPerThread)))
        let results = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { results.deallocate() }
        let slots = UnsafeSendable(results.baseAddress!)
        let items = UnsafeSendable(self)
        let start = startIndex
        // Each thread writes only its own slots.
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var i = thread
            while i < count {
                (slots.value + i).initialize(to: transform(items.value[start + i]))
                i += threads
            }
        }
        defer { _ = results.deinitialize() }
        return Array(results)
    }
}

extension RandomAccessCollection where Index == Int, Element: Sendable, Self: SendableMetatype {
    /// `transform` of every element, in the collection's order, computed on every core. Elements
    /// are handed out one at a time in `order` (a permutation of the indices, say the largest
    /// first) to whichever thread is free, which balances work of very uneven sizes. Each thread
    /// makes one `state` (a compressor, a buffer) and passes it to every element it takes.
    public func parallelMap<State, T: Sendable>(order: [Int], state makeState: @Sendable () -> State,
                                                _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        let count = self.count
        precondition(order.count == count, "order must list every index once")
        guard count > 0 else { return [] }
        let threads = Swift.max(1, Swift.min(Cores.available, count))
        let results = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { results.deallocate() }
        let slots = UnsafeSendable(results.baseAddress!)
        let items = UnsafeSendable(self)
        let start = startIndex
        let next = Atomic<Int>(0)
        // Each index is taken by exactly one thread, which alone writes its slot.
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var state = makeState()
            while true {
                let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < count else { break }
                let i = order[k]
                (slots.value + i).initialize(to: transform(&state, items.value[start + i]))
            }
        }
        defer { _ = results.deinitialize() }
        return Array(results)
    }
}

/// A value handed to worker threads that each touch their own part of it (or, for a
/// non-Sendable value, handed whole to one thread that alone uses it afterwards).
public struct UnsafeSendable<T>: @unchecked Sendable {
    public let value: T
    public init(_ value: T) { self.value = value }
}
