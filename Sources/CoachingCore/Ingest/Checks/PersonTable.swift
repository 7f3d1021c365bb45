/// What the consistency checks remember of one report row.
struct PersonEntry: Sendable, Equatable {
    var line: UInt32
    /// Index into the checker's list of files.
    var file: UInt16
    var isTeamLeader: Bool
}

/// An open-addressing hash table from ``PersonKey`` to a ``PersonEntry``, 16 bytes a slot.
///
/// Swift's `Dictionary` hashes with seeded SipHash and, with these keys and values, takes
/// 40+ bytes an entry; at a million report rows that was a tenth of ingest time and most of
/// its memory (measured with perf and /usr/bin/time). Keys are well-spread numbers, so a
/// multiply-shift hash and linear probing do. NIP 0 does not exist and marks an empty slot.
struct PersonTable: Sendable {
    private struct Slot: Sendable {
        var nip: UInt64
        /// Period (17 bits), file (14 bits), team-leader flag (1 bit).
        var packed: UInt32
        var line: UInt32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size * 3 < capacity * 4 + 4 { size <<= 1 }
        slots = Array(repeating: Slot(nip: 0, packed: 0, line: 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func bucket(_ nip: UInt64, _ period: UInt32) -> Int {
        let mixed = (nip ^ (UInt64(period) &* 0x9E37_79B9)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 29) & mask
    }

    @inline(__always)
    private static func period(_ key: PersonKey) -> UInt32 { UInt32(bitPattern: key.periode.monthCount) & 0x1_FFFF }

    private static func pack(_ period: UInt32, _ entry: PersonEntry) -> UInt32 {
        period | UInt32(entry.file & 0x3FFF) << 17 | (entry.isTeamLeader ? 1 << 31 : 0)
    }

    private static func entry(_ slot: Slot) -> PersonEntry {
        PersonEntry(line: slot.line, file: UInt16((slot.packed >> 17) & 0x3FFF), isTeamLeader: slot.packed >> 31 == 1)
    }

    /// The entry for `key`, if any.
    subscript(key: PersonKey) -> PersonEntry? {
        let (nip, period) = (key.nip.value, Self.period(key))
        var i = bucket(nip, period)
        while slots[i].nip != 0 {
            if slots[i].nip == nip && slots[i].packed & 0x1_FFFF == period { return Self.entry(slots[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Inserts `entry` unless `key` is present; returns the existing entry in that case.
    mutating func insertIfAbsent(_ key: PersonKey, _ entry: PersonEntry) -> PersonEntry? {
        if (count + 1) * 4 > (mask + 1) * 3 { reserve(count * 2 + 16) }
        let (nip, period) = (key.nip.value, Self.period(key))
        var i = bucket(nip, period)
        let mask = self.mask
        let found: PersonEntry? = slots.withUnsafeMutableBufferPointer { slots in
            while slots[i].nip != 0 {
                if slots[i].nip == nip && slots[i].packed & 0x1_FFFF == period { return Self.entry(slots[i]) }
                i = (i + 1) & mask
            }
            slots[i] = Slot(nip: nip, packed: Self.pack(period, entry), line: entry.line)
            return nil
        }
        if found == nil { count += 1 }
        return found
    }

    /// Calls `body` with every key and entry, in no particular order.
    func forEach(_ body: (PersonKey, PersonEntry) -> Void) {
        for slot in slots where slot.nip != 0 {
            body(PersonKey(Periode(monthCount: Int32(slot.packed & 0x1_FFFF)), NIP(value: slot.nip)), Self.entry(slot))
        }
    }

    /// Grows the table so `capacity` entries fit without further growth.
    mutating func reserve(_ capacity: Int) {
        guard capacity * 4 > (mask + 1) * 3 else { return }
        var bigger = PersonTable(capacity: capacity)
        forEach { key, entry in _ = bigger.insertIfAbsent(key, entry) }
        self = bigger
    }
}

/// A set of NIPs (open addressing, 8 bytes a slot), for counting distinct people.
struct NIPSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size * 3 < capacity * 4 + 4 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    mutating func insert(_ nip: NIP) {
        if (count + 1) * 4 > (mask + 1) * 3 {
            var bigger = NIPSet(capacity: count * 2 + 16)
            for value in slots where value != 0 { bigger.insert(NIP(value: value)) }
            self = bigger
        }
        let value = nip.value
        var i = Int(truncatingIfNeeded: (value &* 0xFF51_AFD7_ED55_8CCD) >> 29) & mask
        while slots[i] != 0 {
            if slots[i] == value { return }
            i = (i + 1) & mask
        }
        slots[i] = value
        count += 1
    }

    func forEach(_ body: (NIP) -> Void) {
        for value in slots where value != 0 { body(NIP(value: value)) }
    }
}
