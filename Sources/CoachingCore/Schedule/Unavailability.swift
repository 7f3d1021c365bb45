/// A time someone cannot be scheduled: leave, training, a shift on the phones.
public struct Unavailability: Sendable, Equatable {
    public var nip: NIP
    public var date: CivilDate
    /// Minutes after midnight; the whole day when nil.
    public var from: Int?
    public var to: Int?

    public init(nip: NIP, date: CivilDate, from: Int? = nil, to: Int? = nil) {
        self.nip = nip
        self.date = date
        self.from = from
        self.to = to
    }

    func blocks(_ start: Int, _ end: Int) -> Bool {
        guard let from, let to else { return true }
        return start < to && from < end
    }
}
