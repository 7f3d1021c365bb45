/// A stable radix sort by a `Double` key, for the comparison pools: every pool of every
/// period and aspect sorts its eighty thousand people by baseline, and a comparison sort of
/// their positions followed by a look-up of each entry at random was a sixth of the analysis.
enum RadixSort {
    /// `items` in the order of `key` (finite numbers), equal keys in their order in `items`:
    /// exactly the order a stable comparison sort by `key` gives.
    static func stable<T>(_ items: [T], key: (T) -> Double) -> [T] {
        let n = items.count
        guard n > 1 else { return items }
        let digitBits: UInt64 = 11, buckets = 1 << Int(digitBits), mask = UInt64(buckets - 1)
        var keys = items.map { orderedBits(key($0)) }
        var values = items
        var keysOut = [UInt64](repeating: 0, count: n)
        var valuesOut = items
        var counts = [Int](repeating: 0, count: buckets)
        var shift: UInt64 = 0
        while shift < 64 {
            let skip: Bool = keys.withUnsafeBufferPointer { k in
                counts.withUnsafeMutableBufferPointer { c in
                    c.update(repeating: 0)
                    for key in k { c[Int((key >> shift) & mask)] += 1 }
                    // A digit all keys share leaves the order as it is.
                    if c[Int((k[0] >> shift) & mask)] == n { return true }
                    var sum = 0
                    for d in 0..<buckets {
                        let count = c[d]
                        c[d] = sum
                        sum += count
                    }
                    return false
                }
            }
            if !skip {
                keys.withUnsafeBufferPointer { kIn in
                    values.withUnsafeBufferPointer { vIn in
                        keysOut.withUnsafeMutableBufferPointer { kOut in
                            valuesOut.withUnsafeMutableBufferPointer { vOut in
                                counts.withUnsafeMutableBufferPointer { c in
                                    for i in 0..<n {
                                        let d = Int((kIn[i] >> shift) & mask)
                                        let at = c[d]
                                        c[d] = at + 1
                                        kOut[at] = kIn[i]
                                        vOut[at] = vIn[i]
                                    }
                                }
                            }
                        }
                    }
                }
                swap(&keys, &keysOut)
                swap(&values, &valuesOut)
            }
            shift += digitBits
        }
        return values
    }

    /// The bits of `x` as an unsigned number in the order of the numbers (−0 as 0).
    static func orderedBits(_ x: Double) -> UInt64 {
        let bits = (x + 0.0).bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }
}
