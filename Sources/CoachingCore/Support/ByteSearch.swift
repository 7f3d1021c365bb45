#if canImport(Glibc)
import Glibc
#endif

/// Finding bytes in bytes (Boyer–Moore–Horspool): Foundation's `String.contains` and `range(of:)`
/// go through NSString and took seconds over 20,000 documents, and a `memchr` for the first byte
/// stumbled on every capital B of the documents when looking for "BEGIN". Horspool looks at about
/// one byte in the needle's length. (Glibc's `memmem` is not visible to Swift without _GNU_SOURCE.)
public enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `from`, or nil.
    public static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, from + needle.count <= haystack.count else { return nil }
        let m = needle.count
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { shift in
                    // How far the window may move when its last byte is `b`.
                    shift.initialize(repeating: m)
                    for i in 0..<(m - 1) { shift[Int(n[i])] = m - 1 - i }
                    let last = n[m - 1]
                    var at = from
                    while at + m <= h.count {
                        let b = h[at + m - 1]
                        if b == last && memcmp(h.baseAddress! + at, n.baseAddress!, m - 1) == 0 { return at }
                        at += shift[Int(b)]
                    }
                    return nil
                }
            }
        }
    }

    public static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool { find(needle, in: haystack) != nil }

    /// Whether `needle` is in what `source` holds, read a chunk at a time through `scratch`;
    /// the last `needle.count - 1` bytes of each chunk are kept, so a match across two chunks
    /// is found. Reading stops at the first match.
    public static func contains(_ needle: [UInt8], in source: ByteSource, scratch: UnsafeMutableRawBufferPointer) throws -> Bool {
        guard !needle.isEmpty else { return true }
        var window: [UInt8] = []
        while true {
            let count = try source.read(into: scratch)
            if count == 0 { return false }
            window.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[0..<count]))
            if find(needle, in: window) != nil { return true }
            window.removeFirst(max(0, window.count - (needle.count - 1)))
        }
    }
}
