/// Someone on a calendar invitation: a name, a NIP and, when known, an e-mail address.
public struct CalendarParticipant: Sendable, Equatable {
    public var name: String
    public var nip: NIP?
    public var email: String?
    /// The person's name-based UUID (made from the NIP by the caller, who has SHA-1), for the
    /// address when no e-mail is known.
    public var uuid: String?

    public init(name: String, nip: NIP?, email: String? = nil, uuid: String? = nil) {
        self.name = name
        self.nip = nip
        self.email = email
        self.uuid = uuid
    }

    /// The calendar user address (RFC 5545 §3.3.3, a URI): `mailto:` when the e-mail is
    /// known; otherwise `urn:uuid:` of the person's name-based UUID, which no mail client
    /// will try to send to but still names the person, stably, in a registered URN namespace.
    /// Nil for someone with neither: the event then leaves them out rather than give everyone
    /// without a NIP one shared address. A made-up scheme (`urn:nip:`) would be unregistered,
    /// and `mailto:` without an address invalid.
    public var address: String? {
        if let email, let clean = Self.cleanEmail(email) { return "mailto:\(clean)" }
        return uuid.map { "urn:uuid:\($0)" }
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
