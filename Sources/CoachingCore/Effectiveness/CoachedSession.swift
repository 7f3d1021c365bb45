/// A coaching session that was held, as the analysis needs it: who, when, by whom, in which
/// batch, on which aspects, and what was committed to. Read from the approved Berita Acara in
/// the register (or from a `riwayat-coaching.csv` history, which `coaching sample` writes).
public struct CoachedSession: Sendable, Equatable, Codable {
    /// One commitment of the session and the day it is due.
    public struct Commitment: Sendable, Equatable, Codable {
        public var text: String
        public var target: CivilDate
        public init(text: String, target: CivilDate) {
            self.text = text
            self.target = target
        }
    }

    /// The Berita Acara's number (`BA-12/KLIP/2026`).
    public var beritaAcara: String
    /// The batch the session belongs to.
    public var batch: String
    public var nip: NIP
    /// The day the session was held.
    public var date: CivilDate
    /// The coach's name as the Berita Acara gives it.
    public var coach: String
    /// Aspect codes the session worked on, without the `aspek_` prefix (`kepatuhan_sop`).
    public var aspects: [String]
    public var commitments: [Commitment]
    /// Where the session was read from (the Berita Acara's XML, or a history file's line).
    public var source: SourceLocation

    public init(beritaAcara: String, batch: String, nip: NIP, date: CivilDate, coach: String, aspects: [String],
                commitments: [Commitment], source: SourceLocation) {
        self.beritaAcara = beritaAcara
        self.batch = batch
        self.nip = nip
        self.date = date
        self.coach = coach
        self.aspects = aspects.map(AspectCode.bare)
        self.commitments = commitments
        self.source = source
    }

    /// The reporting period the session was held in: the coaching period.
    public var periode: Periode { Periode(year: date.year, month: date.month)! }
}

/// Aspect codes are written with and without the report column's `aspek_` prefix.
public enum AspectCode {
    /// `aspek_kepatuhan_sop` → `kepatuhan_sop`; a bare code is returned as it is.
    public static func bare(_ code: String) -> String {
        code.hasPrefix("aspek_") ? String(code.dropFirst(6)) : code
    }
}

extension Periode {
    /// The period `months` after this one (before it when negative).
    public func advanced(by months: Int) -> Periode { Periode(monthCount: monthCount + Int32(months)) }

    /// Months from this period to `other`.
    public func distance(to other: Periode) -> Int { Int(other.monthCount - monthCount) }
}
