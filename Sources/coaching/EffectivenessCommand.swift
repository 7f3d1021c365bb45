import ArgumentParser
import CoachingCore
import CoachingWorkflow

/// `coaching efektivitas --reports FILE… [--riwayat FILE] [--from P --to P]`
struct EffectivenessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "efektivitas",
        abstract: "Does coaching work? The change after coaching against comparable uncoached people, and the commitments followed up.",
        discussion: """
        Per coached person and coached aspect: the baseline (mean of up to three periods before the coaching period), the first and second period after, and the change; the same change of comparable people (same jabatan, baseline within effectiveness.baseline_caliper points, not coached on that aspect from three periods before to two after); the difference (difference in differences) with a 95 % interval per aspect, coach, team and batch. Below effectiveness.minimum_evaluations scored contacts in a period or effectiveness.minimum_comparisons comparable people: "data belum cukup". Every commitment of a Berita Acara is followed up once its target date has passed.

        The sessions come from the approved Berita Acara in the register under --out, and from --riwayat (a riwayat-coaching.csv, as `coaching sample --effect` writes). Writes OUT/efektivitas/FROM_TO/: laporan-efektivitas.html (for the Kepala Kantor, A4), efektivitas.csv, pembanding.csv, ringkasan.csv, komitmen.csv (every figure with the report rows it comes from, as file:line) and efektivitas.json.

        Examples:
          coaching efektivitas --reports laporan-2026-01.csv laporan-2026-02.csv … --from 2026-03 --to 2026-08
          coaching efektivitas --reports /tmp/s/laporan-kinerja.csv --riwayat /tmp/s/riwayat-coaching.csv --out /tmp/s/out
        """,
        aliases: ["effectiveness"]
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Laporan Kinerja files (.csv or .xml), one per period or cumulative.", valueName: "file"))
    var reports: [String]

    @Option(help: ArgumentHelp("Sessions held, as riwayat-coaching.csv, besides those in the register.", valueName: "file"))
    var riwayat: String?

    @Option(help: ArgumentHelp("First coaching period analysed, YYYY-MM (default: the first session's).", valueName: "yyyy-mm"))
    var from: Periode?

    @Option(help: ArgumentHelp("Last coaching period analysed, YYYY-MM (default: the last session's).", valueName: "yyyy-mm"))
    var to: Periode?

    @OptionGroup var output: OutputOptions
    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("--reports needs at least one file") }
        if let from, let to, to < from { throw ValidationError("--to (\(to)) is before --from (\(from))") }
    }

    func run() throws {
        let request = EffectivenessRequest(reports: reports, history: riwayat, from: from, to: to, settings: try settings.load())
        let workflow = try output.workflow()
        let outcome = try perform { () throws(WorkflowError) in try workflow.effectiveness(request) }
        printNotices(outcome.notices)
        print(EffectivenessMessages.written(folder: outcome.folder, root: workflow.environment.shownRoot,
                                            units: outcome.result.units.count, measured: outcome.result.units.filter { $0.status == .terukur }.count))
        print(EffectivenessMessages.headline(outcome.result.rollups.first { $0.dimension == .semua }))
    }
}
