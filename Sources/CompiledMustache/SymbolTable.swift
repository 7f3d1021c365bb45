#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process-wide table of interned names. Interning happens when templates are compiled
/// and shapes are made, never while rendering.
///
/// Guarded by a pthread mutex rather than Synchronization's `Mutex`: ThreadSanitizer sees
/// pthread locks, so `swift test --sanitize=thread` reports real races only (with `Mutex` it
/// reported this table).
final class SymbolTable: @unchecked Sendable {
    static let shared = SymbolTable()

    private var table: [String: Int32] = [:]
    private let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }()

    func intern(_ name: String) -> Int32 {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let id = table[name] { return id }
        let id = Int32(table.count)
        table[name] = id
        return id
    }
}
