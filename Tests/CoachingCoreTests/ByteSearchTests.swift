@testable import CoachingCore
import Testing

@Suite("Finding bytes")
struct ByteSearchTests {
    /// The number a document shows is looked for as the document streams by: a match that
    /// straddles two chunks is found, wherever the cut falls.
    @Test func aNeedleAcrossTwoChunksIsFound() throws {
        let needle = Array("BA-12/KLIP/2026".utf8)
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 16, alignment: 1)
        defer { scratch.deallocate() }
        for at in 0..<40 {
            let text = [UInt8](repeating: UInt8(ascii: "x"), count: at) + needle + [UInt8](repeating: UInt8(ascii: "y"), count: 7)
            #expect(try ByteSearch.contains(needle, in: MemoryByteSource(text), scratch: scratch), "at \(at)")
            var broken = text
            broken[at + 5] = UInt8(ascii: "?")
            #expect(try !ByteSearch.contains(needle, in: MemoryByteSource(broken), scratch: scratch), "at \(at)")
        }
    }
}
