/// The Jadwal Coaching as plain data: what its XML holds and what later steps (the minutes,
/// the approval) read back from a batch, so a batch is the only thing they need.
public struct JadwalRecord: Sendable, Equatable {
    /// One scheduled session, with the agenda and the focus areas behind it.
    public struct Entry: Sendable, Equatable {
        public var number: Int
        public var date: CivilDate
        /// Minutes after midnight, WIB.
        public var start: Int
        public var end: Int
        public var place: String
        public var nip: NIP
        public var nama: String
        public var jabatan: String
        public var tim: String
        public var coach: Configuration.Person
        public var assessor: Configuration.Person
        public var agenda: String
        public var focus: [FocusArea]

        public init(number: Int, date: CivilDate, start: Int, end: Int, place: String, nip: NIP, nama: String, jabatan: String,
                    tim: String, coach: Configuration.Person, assessor: Configuration.Person, agenda: String, focus: [FocusArea]) {
            self.number = number
            self.date = date
            self.start = start
            self.end = end
            self.place = place
            self.nip = nip
            self.nama = nama
            self.jabatan = jabatan
            self.tim = tim
            self.coach = coach
            self.assessor = assessor
            self.agenda = agenda
            self.focus = focus
        }

        /// `08.00–08.45 WIB`.
        public var timeText: String { "\(Session.clock(start))–\(Session.clock(end)) WIB" }
    }

    public var number: String
    public var assignedOn: CivilDate
    /// The 14th working day after the assignment.
    public var deadline: CivilDate
    /// Set once the Kepala Seksi PKL has approved the Jadwal.
    public var approvedOn: CivilDate?
    public var entries: [Entry]

    public init(number: String, assignedOn: CivilDate, deadline: CivilDate, approvedOn: CivilDate? = nil, entries: [Entry]) {
        self.number = number
        self.assignedOn = assignedOn
        self.deadline = deadline
        self.approvedOn = approvedOn
        self.entries = entries
    }

    /// The record of a fresh schedule; `names` are what the agenda calls each aspect.
    public init(schedule: Schedule, number: String, names: DisplayNames = DisplayNames()) {
        self.init(number: number, assignedOn: schedule.assignedOn, deadline: schedule.deadline, entries: schedule.sessions.map { s in
            Entry(number: s.number, date: s.date, start: s.start, end: s.end, place: s.place, nip: s.candidate.nip,
                  nama: s.candidate.nama, jabatan: s.candidate.jabatan.rawValue, tim: s.candidate.tim, coach: s.coach,
                  assessor: s.assessor, agenda: JadwalDocument.agenda(s.candidate, names: names), focus: s.candidate.focus)
        })
    }
}
