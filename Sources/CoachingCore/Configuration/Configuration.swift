/// Everything an office sets once: its letterhead, who signs, the coaching rules, office
/// hours, calendar options and how to read its exports. Loaded from `coaching.toml`;
/// every field has a default so the tool runs without one.
public struct Configuration: Sendable, Equatable {
    public var office = Office()
    public var people = People()
    public var rules = Rules()
    public var officeHours = OfficeHours()
    public var schedule = ScheduleOptions()
    public var calendar = CalendarOptions()
    public var input = InputOptions()
    public var signatures = SignatureOptions()
    /// `[effectiveness]`: how `coaching efektivitas` measures coaching, and what its findings
    /// weigh among the next candidates' reasons.
    public var effectiveness = EffectivenessOptions()
    /// What documents call each aspect and KPI code (`[names]`).
    public var names = DisplayNames()
    /// E-mail addresses by NIP (`[email]`), for the calendar invitations; without one the
    /// invitation names the person by NIP only.
    public var emails: [NIP: String] = [:]
    /// The language messages are written in: chosen on the command line (`--lang`,
    /// `COACHING_LANG`), never in `coaching.toml`, so it does not change what a batch is made with.
    public var language: Language = .id

    public init() {}

    /// The office profile printed on every document.
    public struct Office: Sendable, Equatable {
        public init() {}
        public var letterhead = [
            "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA",
            "DIREKTORAT JENDERAL PAJAK",
            "KANTOR LAYANAN INFORMASI DAN PENGADUAN",
        ]
        public var addressLines = [
            "JALAN GATOT SUBROTO KAV. 40-42, JAKARTA 12190",
            "TELEPON 1500200; LAMAN WWW.PAJAK.GO.ID",
        ]
        public var city = "Jakarta"
        /// Unit code in document numbers such as `BA-12/KLIP/2026`.
        public var unitCode = "KLIP"
        public var nameCase = NameCase.title
    }

    /// How names and positions are cased on documents.
    public enum NameCase: String, Sendable, Equatable, CaseIterable { case title, upper, asWritten = "as-written" }

    /// A person who signs or takes part in the procedure.
    public struct Person: Sendable, Equatable {
        public var name: String
        public var nip: NIP?
        public var position: String
        public init(name: String = "", nip: NIP? = nil, position: String) {
            self.name = name
            self.nip = nip
            self.position = position
        }
    }

    /// The people the SOP names. Empty names are allowed here; a document that needs a
    /// signer refuses to render without one.
    public struct People: Sendable, Equatable {
        public init() {}
        public var kepalaKantor = Person(position: "Kepala Kantor Layanan Informasi dan Pengaduan")
        public var kepalaSeksiPKL = Person(position: "Kepala Seksi Penjaminan Kualitas Layanan")
        public var penyaji = Person(position: "Penyaji Bahan Penilaian")
        public var qualityAssessors: [Person] = []
    }

    /// A band a KPI must stay within; either end may be open.
    public struct Band: Sendable, Equatable {
        public var min: Double?
        public var max: Double?
        public init(min: Double? = nil, max: Double? = nil) {
            self.min = min
            self.max = max
        }
    }

    /// Thresholds that make someone a coaching candidate (used by the candidates stage).
    public struct Rules: Sendable, Equatable {
        public init() {}
        public var qualityMinimum = 80.0
        public var minimumEvaluations = 5
        public var aspectMinimum: [String: Double] = [
            "etika_bertelepon": 75, "interaksi_empati": 75, "akurasi_informasi": 80,
            "efisiensi": 70, "kepatuhan_sop": 80,
        ]
        public var kpiBands: [String: Band] = [
            "aht_detik": Band(max: 480), "fcr_persen": Band(min: 70),
            "csat_persen": Band(min: 80), "kepatuhan_jadwal_persen": Band(min: 90),
        ]
        public var teamFlaggedShare = 0.3
        public var teamAverageTarget = 82.0
        public var coolDownWorkingDays = 20
    }

    /// Office hours, minutes after midnight, Asia/Jakarta.
    public struct OfficeHours: Sendable, Equatable {
        public init() {}
        public var start = 7 * 60 + 30
        public var end = 17 * 60
        public var breakStart = 12 * 60 + 15
        public var breakEnd = 13 * 60
        public var fridayBreakStart = 11 * 60 + 30
        public var fridayBreakEnd = 13 * 60 + 15
    }

    /// How coaching sessions are laid out in the SOP's 14 working days.
    public struct ScheduleOptions: Sendable, Equatable {
        public init() {}
        /// Minutes a session with an agent takes.
        public var agentSessionMinutes = 45
        /// Minutes a session with a team leader takes.
        public var teamLeaderSessionMinutes = 60
        /// Most sessions the coach holds in one day.
        public var maxSessionsPerDay = 6
        /// The working day (counted from the assignment) of the first session: time to approve the schedule.
        public var firstSessionWorkingDay = 2
        /// Working days left between the last session and the deadline, for minutes, approval and receipt.
        public var workingDaysAfterLastSession = 3
        /// Where sessions are held.
        public var place = "Ruang Coaching KLIP DJP"
        /// Stand-ins for the Kepala Seksi PKL as coach (Plh./Plt.), used after the Kepala Seksi.
        public var standInCoaches: [Person] = []
    }

    /// One day the office adds to or overrides in the shipped holiday calendar.
    public struct CalendarDay: Sendable, Equatable {
        public var date: CivilDate
        public var name: String
        public init(date: CivilDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    public struct CalendarOptions: Sendable, Equatable {
        public init() {}
        public var cutiBersamaIsWorkingDay = false
        public var extraHolidays: [CalendarDay] = []
        public var extraWorkingDays: [CalendarDay] = []
    }

    /// How input files are read.
    public struct InputOptions: Sendable, Equatable {
        public init() {}
        /// nil: detect from the header line.
        public var delimiter: UInt8?
        public var encoding = InputEncoding.auto
        public var maxProblemsPerFile = 100
        /// Canonical column → the office's own headers, normalised with ``HeaderName/normalize(_:)``.
        public var headerAliases: [String: [String]] = [:]
    }

    /// `[signatures]`: how `coaching lampirkan` judges the signed PDFs handed back.
    public struct SignatureOptions: Sendable, Equatable {
        /// A folder of root certificates (PEM or DER) the office trusts, as written in the
        /// settings: relative to the settings file's folder unless it starts with `/`. Nil: the
        /// certificate chain of a signature is not checked, and `lampirkan` says so.
        public var trustRoots: String?
    }
}
