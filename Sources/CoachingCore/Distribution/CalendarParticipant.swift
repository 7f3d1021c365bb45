/// Someone on a calendar invitation: a name, a NIP and, when known, an e-mail address.
public struct CalendarParticipant: Sendable, Equatable {
    public var name: String
    public var nip: NIP?
    public var email: String?

    public init(name: String, nip: NIP?, email: String? = nil) {
        self.name = name
        self.nip = nip
        self.email = email
    }

    /// The calendar user address (RFC 5545 §3.3.3, a URI): `mailto:` when the e-mail is
    /// known; otherwise a URN no mail client will try to send to, but that still names the
    /// person, stably, in a registered URN namespace: a UUID (RFC 9562, version 8, whose
    /// bits are free for the maker's own layout) that spells the 18 digits of the NIP, so
    /// `urn:uuid:19801230-2010-8012-8005-000000000000` is NIP 198012302010012005. A made-up
    /// scheme (`urn:nip:`) would be unregistered, and `mailto:` without an address invalid.
    public var address: String {
        if let email, let clean = Self.cleanEmail(email) { return "mailto:\(clean)" }
        guard let nip else { return "urn:uuid:00000000-0000-8000-8000-000000000000" }
        let d = Array(nip.description)
        func s(_ r: Range<Int>) -> String { String(d[r]) }
        return "urn:uuid:\(s(0..<8))-\(s(8..<12))-8\(s(12..<15))-8\(s(15..<18))-000000000000"
    }

    /// An address kept only when it is plainly one (`local@domain`, no spaces, no characters a
    /// URI would need escaped): a typing slip in the settings must not make an invalid file.
    static func cleanEmail(_ text: String) -> String? {
        let trimmed = text.trimmingASCIIWhitespace()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"<>\"\\:;,()[] ".unicodeScalars.contains($0) })
        else { return nil }
        return trimmed
    }
}
