/// One person in one period: the identity of a report row.
public struct PersonKey: Hashable, Sendable {
    public var periode: Periode
    public var nip: NIP
    public init(_ periode: Periode, _ nip: NIP) {
        self.periode = periode
        self.nip = nip
    }
}
