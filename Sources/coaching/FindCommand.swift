import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching find [--nip NIP] [--number NUMBER] [--from DATE --to DATE]`
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find documents in the register: which coaching a person received, where each document is, its status.",
        discussion: """
        Looks through every batch in the register under the output root. Dates are the session's (for a Berita Acara) or the drafting's (for a Jadwal). Each document is shown with its number, batch, session, person, status and dates, the file in its batch folder and, once archived, the package it is in.

        Examples:
          coaching find --nip 198607282015091716
          coaching find --number BA-12/KLIP/2026
          coaching find --from 2026-11-01 --to 2026-12-31 --format csv
        """
    )

    @Option(help: ArgumentHelp("The person's NIP (18 digits).", valueName: "nip"))
    var nip: NIP?

    @Option(help: ArgumentHelp("A document number, e.g. BA-12/KLIP/2026.", valueName: "number"))
    var number: String?

    @Option(help: ArgumentHelp("From this date.", valueName: "yyyy-mm-dd"))
    var from: CivilDate?

    @Option(help: ArgumentHelp("Up to this date.", valueName: "yyyy-mm-dd"))
    var to: CivilDate?

    @Option(help: "Output: text (default), csv or json.")
    var format: OutputFormat = .text

    @OptionGroup var output: OutputOptions

    func run() throws {
        let workflow = try output.workflow()
        let found = try perform { () throws(WorkflowError) in try workflow.find(FindRequest(nip: nip, number: number, from: from, to: to)) }
        switch format {
        case .json:
            try printJSON(found)
        case .csv:
            let csv = CSVWriter(forSpreadsheet: true)
            var text = csv.line(["nomor", "dokumen", "batch", "sesi", "nip", "nama", "tanggal", "status", "disetujui", "diterima", "diarsipkan", "html", "xml", "paket"])
            for f in found {
                text += csv.line([f.number, f.kind, f.batch, f.session > 0 ? String(f.session) : "", f.nip, f.name, f.date, f.status,
                                  f.approvedOn ?? "", f.receivedOn ?? "", f.archivedOn ?? "", f.html, f.xml, f.package ?? ""])
            }
            print(text, terminator: "")
        case .text:
            if found.isEmpty {
                print("No document in the register under \(output.out) matches.")
                throw ExitCode(1)
            }
            for f in found { print(Self.text(f)) }
            print("\(found.count) document\(found.count == 1 ? "" : "s").")
        }
    }

    /// Two or three lines per document: number, kind, batch, session, date, person, status; the file; the package.
    static func text(_ f: FoundDocument) -> String {
        var line = "\(f.number)  \(f.kind)  batch \(f.batch)"
        if f.session > 0 { line += ", session \(f.session)" }
        line += "  \(f.date)"
        if f.session > 0 { line += "  \(f.name) (NIP \(f.nip))" }
        line += "  \(f.status)\n    \(f.html)"
        if let package = f.package, f.isArchived { line += "\n    in the package \(package)" }
        return line
    }
}
