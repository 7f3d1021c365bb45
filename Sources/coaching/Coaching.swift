import ArgumentParser
import CoachingCore
import Foundation

@main
struct Coaching: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    /// Chooses the language before anything is parsed, then runs the command line as
    /// argument-parser's own `main` does, but with file-system errors that escape a command said
    /// as what happened and what to do (issue #19, surprise 8), not "NSCocoaErrorDomain Code=516".
    static func main() {
        do {
            CLI.language = try LanguageChoice.resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                                      environment: ProcessInfo.processInfo.environment)
        } catch {
            printError("error: " + error.message)
            Foundation.exit(ExitPolicy.code(for: .usage))
        }
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let described = CLI.language.describe(error)
            if error is FileProblem || described != "\(error)" {
                printError("error: " + described)
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "coaching",
        abstract: say(.helpCoaching),
        discussion: """
        Inputs are the Laporan Kinerja Agen (one row per person per period) and the Rekomendasi Perbaikan Kinerja Agen (one row per recommendation), as CSV (',', ';' or tab; UTF-8 or Windows-1252) or XML (see Schemas/). Settings come from coaching.toml (see `coaching init`).

        Start here:
          coaching init
              write an annotated coaching.toml (fill in who signs)
          coaching check REPORT RECS
              check the inputs and list every problem
          coaching candidates --reports REPORT --recommendations RECS
              who should be coached, why, and on what
          coaching schedule --reports REPORT --recommendations RECS --assigned-on DATE
              the sessions and the draft Jadwal Coaching, as a new batch folder
          coaching minutes BATCH --notes WORKSHEET
              after the sessions: one Berita Acara per session, from the filled-in worksheet
          coaching approve BATCH --document jadwal|berita-acara --by NIP --on DATE
              the Kepala Seksi PKL's approval: the final documents
          coaching receive BATCH --by NIP --on DATE
              the Kepala Kantor's receipt of the Berita Acara
          coaching pdf BATCH
              a PDF of each document, to sign electronically (TTE) in SRIKANDI / BSrE
          coaching lampirkan BATCH SIGNED.pdf…
              take the signed PDFs back into the record (checks each signature)
          coaching status [BATCH]
              where each batch stands in the 14 working days, and who acts next
          coaching archive BATCH
              step 10: the signed ZIP package for the records office (coaching keygen once first)
          coaching verify PACKAGE
              prove a package (or its extracted folder) is unchanged
          coaching find --nip NIP
              which coaching a person received, and where the documents are
          coaching calendar --from DATE
              the SOP's 14-working-day deadline
          coaching sample --out DIR
              realistic example inputs

        Exit status: 0 all good, 1 a problem in the inputs, the settings, the notes or the register, 64 a wrong command line.
        """,
        version: "0.1.0",
        subcommands: [Check.self, Candidates.self, ScheduleCommand.self, MinutesCommand.self, ApproveCommand.self, ReceiveCommand.self, PdfCommand.self, AttachCommand.self, StatusCommand.self, ArchiveCommand.self, VerifyCommand.self, FindCommand.self, RegisterCommand.self, KeygenCommand.self, CalendarCommand.self, Init.self, Sample.self, Templates.self]
    )
}
