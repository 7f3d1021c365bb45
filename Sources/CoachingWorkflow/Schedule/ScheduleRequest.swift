import CoachingCore
import Foundation

/// `coaching schedule`: what the Penyaji Bahan Penilaian gives to make a new batch.
public struct ScheduleRequest: Sendable {
    /// The Laporan Kinerja Agen (.csv or .xml).
    public var reports: String
    /// The Rekomendasi Perbaikan Kinerja Agen; without it the candidates come from scores only.
    public var recommendations: String?
    /// Who is away when (`nip,tanggal,dari,sampai`).
    public var unavailable: String?
    /// The day the Kepala Kantor's assignment was received (default: today, WIB).
    public var assignedOn: CivilDate?
    /// The report's period to coach (default: the latest in the report).
    public var period: Periode?
    /// Write the schedule even when some candidates do not fit.
    public var allowPartial: Bool
    public var settings: Settings

    public init(reports: String, recommendations: String?, unavailable: String?, assignedOn: CivilDate?, period: Periode?,
                allowPartial: Bool, settings: Settings) {
        self.reports = reports
        self.recommendations = recommendations
        self.unavailable = unavailable
        self.assignedOn = assignedOn
        self.period = period
        self.allowPartial = allowPartial
        self.settings = settings
    }
}

/// What `schedule` did.
public struct ScheduleOutcome: Sendable {
    public enum Result: Sendable {
        /// The same inputs, settings and templates made this batch before; nothing was written.
        case alreadyScheduled(folder: URL)
        /// Nobody meets a rule in the period; nothing was written.
        case nobodyToCoach(CandidateList)
        /// A new batch with its draft Jadwal.
        case scheduled(NewBatch)
    }

    /// A batch written by `schedule`.
    public struct NewBatch: Sendable {
        public var number: String
        public var folder: URL
        public var sessions: Int
        public var candidates: Int
        /// The first and the last day that has a session (issue #19, surprise 1: not the window).
        public var firstDay: CivilDate?
        public var lastDay: CivilDate?
        /// The window the settings allow for sessions, first to last working day.
        public var windowFirst: CivilDate?
        public var windowLast: CivilDate?
        public var deadline: CivilDate
        /// `tidak-terjadwal.csv` in the batch, when some candidates did not fit (`--allow-partial`).
        public var unplacedList: URL?
    }

    /// What the step took without being told (issue #19, surprise 3), said on every run.
    public struct Assumptions: Sendable, Equatable {
        /// The day the assignment was received.
        public var assignedOn: CivilDate
        /// True when `--assigned-on` was not given and today (WIB) was taken.
        public var assignedOnIsToday: Bool
        /// True when no Rekomendasi Perbaikan Kinerja Agen was given.
        public var withoutRecommendations: Bool

        /// The lines that say them: the assignment day, and a warning without recommendations.
        public func lines(_ language: Language) -> [String] {
            let date = assignedOn.longText(language)
            var lines = [language.text(assignedOnIsToday ? .assumedAssignedToday : .assumedAssignedGiven, ["date": date])]
            if withoutRecommendations { lines.append(language.text(.assumedNoRecommendations)) }
            return lines
        }
    }

    public var result: Result
    /// Warnings for standard error: the inputs', the history's, the calendar's, who did not fit.
    public var notices: [String]
}
