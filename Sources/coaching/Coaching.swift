import ArgumentParser

@main
struct Coaching: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coaching",
        abstract: "Coaching paperwork for KLIP DJP (SOP LIP30-0005): check inputs, make sample data, write settings.",
        discussion: """
        Inputs are the Laporan Kinerja Agen (one row per person per period) and the Rekomendasi
        Perbaikan Kinerja Agen (one row per recommendation), as CSV (',', ';' or tab; UTF-8 or
        Windows-1252) or XML (see Schemas/). Settings come from coaching.toml (see `coaching init`).

        Start here:
          coaching init                      write an annotated coaching.toml
          coaching sample --out Examples     make realistic example inputs
          coaching check Examples/*.csv      check inputs and list every problem

        Exit status: 0 all good, 1 a problem in the inputs or settings, 64 a wrong command line.
        """,
        version: "0.1.0",
        subcommands: [Check.self, Candidates.self, ScheduleCommand.self, CalendarCommand.self, Init.self, Sample.self, Templates.self]
    )
}
