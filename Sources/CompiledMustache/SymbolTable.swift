import Synchronization

/// The process-wide table of interned names. Interning happens when templates are compiled
/// and shapes are made, never while rendering.
final class SymbolTable: Sendable {
    static let shared = SymbolTable()

    private let table = Mutex<[String: Int32]>([:])

    func intern(_ name: String) -> Int32 {
        table.withLock { table in
            if let id = table[name] { return id }
            let id = Int32(table.count)
            table[name] = id
            return id
        }
    }
}
