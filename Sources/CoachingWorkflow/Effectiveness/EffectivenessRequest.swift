import CoachingCore

/// `coaching efektivitas`: does coaching work? The reports of many periods, the sessions held
/// (from the register, and/or a `riwayat-coaching.csv`), and the periods to analyse.
public struct EffectivenessRequest: Sendable {
    /// Laporan Kinerja files: one per period or cumulative, in any order.
    public var reports: [String]
    /// A `riwayat-coaching.csv` of sessions held (``SessionHistoryFile``), read besides the register.
    public var history: String?
    /// Sessions held in these periods are analysed (default: all).
    public var from: Periode?
    public var to: Periode?
    public var settings: Settings

    public init(reports: [String], history: String?, from: Periode?, to: Periode?, settings: Settings) {
        self.reports = reports
        self.history = history
        self.from = from
        self.to = to
        self.settings = settings
    }
}

/// Where the report went and its headline figures.
public struct EffectivenessOutcome: Sendable {
    /// The folder of the outputs, relative to the output root (`efektivitas/2026-01_2026-10`).
    public var folder: String
    public var files: [String]
    public var result: EffectivenessResult
    /// Warnings from reading the inputs, for standard error.
    public var notices: [String]
}
