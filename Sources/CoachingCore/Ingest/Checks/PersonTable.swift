/// What the consistency checks remember of one report row.
struct PersonEntry: Sendable, Equatable {
    var line: UInt32
    /// Index into the checker's list of files.
    var file: UInt16
    var isTeamLeader: Bool
}

/// A hash table from ``PersonKey`` to a ``PersonEntry``: one open-addressing table of NIPs
/// per period, 16 bytes a slot.
///
/// Swift's `Dictionary` hashes with seeded SipHash and takes 40+ bytes an entry; at a million
/// report rows that was a tenth of ingest time and most of its memory. One table per period
/// keeps the table in use small enough for the cache (reports come grouped by period), where
/// a single table of a million entries missed the cache on nearly every row (measured with
/// perf). NIP 0 does not exist and marks an empty slot.
struct PersonTable: Sendable {
    private var periods: [Int32] = []
    private var tables: [NIPTable] = []
    private var last = -1
    private(set) var count = 0

    init() {}

    @inline(__always)
    private mutating func tableIndex(_ period: Int32, create: Bool) -> Int? {
        if last >= 0 && periods[last] == period { return last }
        if let index = periods.firstIndex(of: period) {
            last = index
            return index
        }
        guard create else { return nil }
        // A new month holds about as many people as the one before.
        tables.append(NIPTable(capacity: tables.last?.count ?? 1024))
        periods.append(period)
        last = tables.count - 1
        return last
    }

    /// The entry for `key`, if any.
    subscript(key: PersonKey) -> PersonEntry? {
        guard let index = periods.firstIndex(of: key.periode.monthCount) else { return nil }
        return tables[index][key.nip.value]
    }

    /// Inserts `entry` unless `key` is present; returns the existing entry in that case.
    mutating func insertIfAbsent(_ key: PersonKey, _ entry: PersonEntry) -> PersonEntry? {
        let index = tableIndex(key.periode.monthCount, create: true)!
        let existing = tables[index].insertIfAbsent(key.nip.value, entry)
        if existing == nil { count += 1 }
        return existing
    }

    /// Calls `body` with every key and entry, period by period.
    func forEach(_ body: (PersonKey, PersonEntry) -> Void) {
        for (period, table) in zip(periods, tables) {
            let periode = Periode(monthCount: period)
            table.forEach { nip, entry in body(PersonKey(periode, NIP(value: nip)), entry) }
        }
    }
}

/// One period's NIPs and their entries.
struct NIPTable: Sendable {
    private struct Slot: Sendable {
        var nip: UInt64
        var line: UInt32
        /// File (15 bits), team-leader flag (1 bit).
        var packed: UInt16
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size * 3 < capacity * 4 + 4 { size <<= 1 }
        slots = Array(repeating: Slot(nip: 0, line: 0, packed: 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func bucket(_ nip: UInt64) -> Int {
        Int(truncatingIfNeeded: (nip &* 0xFF51_AFD7_ED55_8CCD) >> 29) & mask
    }

    private static func entry(_ slot: Slot) -> PersonEntry {
        PersonEntry(line: slot.line, file: slot.packed & 0x7FFF, isTeamLeader: slot.packed >> 15 == 1)
    }

    subscript(nip: UInt64) -> PersonEntry? {
        var i = bucket(nip)
        while slots[i].nip != 0 {
            if slots[i].nip == nip { return Self.entry(slots[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insertIfAbsent(_ nip: UInt64, _ entry: PersonEntry) -> PersonEntry? {
        if (count + 1) * 4 > (mask + 1) * 3 {
            var bigger = NIPTable(capacity: count * 2 + 16)
            forEach { nip, entry in _ = bigger.insertIfAbsent(nip, entry) }
            self = bigger
        }
        var i = bucket(nip)
        let mask = self.mask
        let found: PersonEntry? = slots.withUnsafeMutableBufferPointer { slots in
            while slots[i].nip != 0 {
                if slots[i].nip == nip { return Self.entry(slots[i]) }
                i = (i + 1) & mask
            }
            slots[i] = Slot(nip: nip, line: entry.line, packed: (entry.file & 0x7FFF) | (entry.isTeamLeader ? 0x8000 : 0))
            return nil
        }
        if found == nil { count += 1 }
        return found
    }

    func forEach(_ body: (UInt64, PersonEntry) -> Void) {
        for slot in slots where slot.nip != 0 { body(slot.nip, Self.entry(slot)) }
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
