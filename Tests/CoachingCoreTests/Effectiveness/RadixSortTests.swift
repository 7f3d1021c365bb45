@testable import CoachingCore
import Testing
import TestSupport

@Suite("The radix sort of the comparison pools")
struct RadixSortTests {
    @Test("It gives the order of a stable comparison sort, ties, −0 and negatives included")
    func sameOrderAsAComparisonSort() {
        var random = SeededRandom(seed: 7)
        for count in [0, 1, 2, 17, 5_000] {
            // Means of one to three scores with one decimal: many exact ties, as in the pools.
            let keys: [Double] = (0..<count).map { i in
                if i % 97 == 0 { return -0.0 }
                if i % 89 == 0 { return -Double(Int.random(in: 0...1000, using: &random)) / 10 }
                let n = Int.random(in: 1...3, using: &random)
                return (0..<n).map { _ in Double(Int.random(in: 0...1000, using: &random)) / 10 }.reduce(0, +) / Double(n)
            }
            let items = keys.enumerated().map { (key: $0.element, position: $0.offset) }
            let expected = items.sorted { $0.key < $1.key || ($0.key == $1.key && $0.position < $1.position) }
            let sorted = RadixSort.stable(items) { $0.key }
            #expect(sorted.map(\.position) == expected.map(\.position), "\(count) keys")
        }
    }
}
