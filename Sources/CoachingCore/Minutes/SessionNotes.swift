/// What a Quality Assessor recorded about one session in the worksheet: whether it was held,
/// what was discussed, the coachee's commitments and the follow-up.
public struct SessionNotes: Sendable, Equatable {
    public enum Attendance: String, Sendable, Equatable {
        case held = "hadir"
        case absent = "tidak-hadir"
        /// Not filled in yet: the session is still pending.
        case pending = "belum"
    }

    /// A promise of the coachee, with the date it is due.
    public struct Commitment: Sendable, Equatable {
        public var text: String
        public var target: CivilDate
        public init(text: String, target: CivilDate) {
            self.text = text
            self.target = target
        }
    }

    public var session: Int
    /// The row (CSV) or element (XML) the notes came from.
    public var location: SourceLocation
    public var heldOn: CivilDate?
    public var nip: NIP?
    public var attendance: Attendance
    public var discussion: String
    public var commitments: [Commitment]
    public var followUp: String
    public var remarks: String
    /// Where each field was, to point at it in a problem (column name → cell).
    public var fieldLocations: [String: SourceLocation] = [:]
    /// False when the row itself had a problem (a date or NIP that could not be read).
    public var readable = true

    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    public init(session: Int, location: SourceLocation, heldOn: CivilDate?, nip: NIP?, attendance: Attendance,
                discussion: String = "", commitments: [Commitment] = [], followUp: String = "", remarks: String = "") {
        self.session = session
        self.location = location
        self.heldOn = heldOn
        self.nip = nip
        self.attendance = attendance
        self.discussion = discussion
        self.commitments = commitments
        self.followUp = followUp
        self.remarks = remarks
    }

    /// `ya`, `hadir`, `tidak`, … as Quality Assessors write them; nil for anything else.
    public static func attendance(parsing text: String) -> Attendance? {
        switch text.trimmingASCIIWhitespace().lowercased() {
        case "": .pending
        case "ya", "y", "hadir", "1", "true", "yes": .held
        case "tidak", "t", "tidak hadir", "tidak-hadir", "0", "false", "no", "absen", "mangkir": .absent
        default: nil
        }
    }
}
