/// An open-addressing hash table from ``PersonKey`` to a small value.
///
/// Swift's `Dictionary` hashes with seeded SipHash; at a million report rows that alone
/// took a tenth of ingest (measured with perf). Keys here are not attacker-chosen in a way
/// that matters (a slow check of a hostile file is its own problem) and are already
/// well-spread numbers, so a multiply-shift hash and linear probing do.
struct PersonTable<Value: Sendable>: Sendable {
    /// One bucket: key and value side by side, so a lookup touches one cache line.
    private struct Slot: Sendable {
        var nip: UInt64
        var period: Int32
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(nip: 0, period: 0, value: nil), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func bucket(_ nip: UInt64, _ period: Int32) -> Int {
        let mixed = (nip ^ (UInt64(UInt32(bitPattern: period)) &* 0x9E37_79B9)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 29) & mask
    }

    /// The value for `key`, if any.
    subscript(key: PersonKey) -> Value? {
        let (nip, period) = (key.nip.value, key.periode.monthCount)
        var i = bucket(nip, period)
        while let value = slots[i].value {
            if slots[i].nip == nip && slots[i].period == period { return value }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Inserts `value` unless `key` is present; returns the existing value in that case.
    mutating func insertIfAbsent(_ key: PersonKey, _ value: Value) -> Value? {
        if (count + 1) * 4 > (mask + 1) * 3 { grow() }
        let (nip, period) = (key.nip.value, key.periode.monthCount)
        var i = bucket(nip, period)
        return slots.withUnsafeMutableBufferPointer { slots in
            while let existing = slots[i].value {
                if slots[i].nip == nip && slots[i].period == period { return existing }
                i = (i + 1) & mask
            }
            slots[i] = Slot(nip: nip, period: period, value: value)
            count += 1
            return nil
        }
    }

    private mutating func grow() {
        var bigger = PersonTable(capacity: mask + 1)
        for slot in slots {
            if let value = slot.value {
                _ = bigger.insertIfAbsent(PersonKey(Periode(monthCount: slot.period), NIP(value: slot.nip)), value)
            }
        }
        self = bigger
    }
}
