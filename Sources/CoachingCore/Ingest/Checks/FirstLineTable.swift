/// Keys (recommendation ids) with the line each was first seen on, for the duplicate check.
///
/// Open addressing on a 64-bit FNV-1a hash of the key's bytes. Swift's `Dictionary` seeds a
/// SipHash for every lookup; over the million recommendations of a large office that was a
/// tenth of reading them, on the thread every later step waits for.
struct FirstLineTable {
    private struct Slot {
        /// 0 marks an empty slot (a real hash of 0 is stored as 1).
        var hash: UInt64
        var index: Int32
    }

    private var slots = [Slot](repeating: Slot(hash: 0, index: 0), count: 1024)
    private var keys: [String] = []
    private var lines: [Int] = []

    /// Records `key` at `line` and returns nil, or returns the line it was first seen on.
    mutating func insert(_ key: String, line: Int) -> Int? {
        if (keys.count + 1) * 4 > slots.count * 3 { grow() }
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[i].hash != 0 {
            if slots[i].hash == hash && keys[Int(slots[i].index)] == key { return lines[Int(slots[i].index)] }
            i = (i + 1) & mask
        }
        slots[i] = Slot(hash: hash, index: Int32(keys.count))
        keys.append(key)
        lines.append(line)
        return nil
    }

    private mutating func grow() {
        var bigger = [Slot](repeating: Slot(hash: 0, index: 0), count: slots.count * 2)
        let mask = bigger.count - 1
        for slot in slots where slot.hash != 0 {
            var i = Int(truncatingIfNeeded: slot.hash >> 7) & mask
            while bigger[i].hash != 0 { i = (i + 1) & mask }
            bigger[i] = slot
        }
        slots = bigger
    }

    private static func hash(_ key: String) -> UInt64 {
        var key = key
        let hash = key.withUTF8 { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return h
        }
        return hash == 0 ? 1 : hash
    }
}
