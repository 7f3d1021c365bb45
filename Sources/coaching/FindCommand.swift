import ArgumentParser
import CoachingCore
import CoachingRegister
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

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @Option(help: ArgumentHelp("The person's NIP (18 digits).", valueName: "nip"))
    var nip: String?

    @Option(help: ArgumentHelp("A document number, e.g. BA-12/KLIP/2026.", valueName: "number"))
    var number: String?

    @Option(help: ArgumentHelp("From this date.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Up to this date.", valueName: "date"))
    var to: String?

    @Option(help: "Output: text (default), csv or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Output root.", valueName: "dir"))
    var out = "Output"

    func validate() throws {
        if let nip, !(nip.count == 18 && nip.allSatisfy(\.isASCII) && nip.allSatisfy(\.isNumber)) {
            throw ValidationError("--nip must be 18 digits, like 198607282015091716")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CivilDate(parsing: value) == nil { throw ValidationError("\(name) must be a date like 2026-12-01") }
        }
    }

    struct Found: Codable {
        var number, kind, batch, nip, status, date: String
        var session: Int
        var name: String
        var approvedOn, receivedOn, archivedOn: String?
        var html, xml: String
        var package: String?
    }

    func run() throws {
        let (register, _) = try RegisterAccess.open(out, create: false)
        let documents = try register.read { try $0.find(nip: nip, number: number, from: from, to: to) }
        let batches = Dictionary(try register.read { try $0.batches() }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var names: [String: [Int: String]] = [:]
        let found = documents.map { d -> Found in
            if names[d.batch] == nil { names[d.batch] = Self.names(batches[d.batch], out: out) }
            let root = URL(fileURLWithPath: out)
            return Found(number: d.number, kind: d.kind.title, batch: d.batch, nip: d.nip, status: d.status.rawValue, date: d.draftedOn,
                         session: d.session, name: names[d.batch]?[d.session] ?? "", approvedOn: d.approvedOn, receivedOn: d.receivedOn,
                         archivedOn: d.archivedOn, html: root.appendingPathComponent(d.htmlPath).path,
                         xml: root.appendingPathComponent(d.xmlPath).path, package: batches[d.batch]?.package)
        }
        switch format {
        case .json:
            try printJSON(found)
        case .csv:
            let csv = CSVWriter()
            var text = csv.line(["nomor", "dokumen", "batch", "sesi", "nip", "nama", "tanggal", "status", "disetujui", "diterima", "diarsipkan", "html", "xml", "paket"])
            for f in found {
                text += csv.line([f.number, f.kind, f.batch, f.session > 0 ? String(f.session) : "", f.nip, f.name, f.date, f.status,
                                  f.approvedOn ?? "", f.receivedOn ?? "", f.archivedOn ?? "", f.html, f.xml, f.package ?? ""])
            }
            print(text, terminator: "")
        case .text:
            if found.isEmpty {
                print("No document in the register under \(out) matches.")
                throw ExitCode(1)
            }
            for f in found {
                var line = "\(f.number)  \(f.kind)  batch \(f.batch)"
                if f.session > 0 { line += ", session \(f.session)" }
                line += "  \(f.date)"
                if f.session > 0 { line += "  \(f.name) (NIP \(f.nip))" }
                line += "  \(f.status)"
                print(line)
                print("    \(f.html)")
                if let package = f.package, f.status == DocumentStatus.diarsipkan.rawValue { print("    in the package \(package)") }
            }
            print("\(found.count) document\(found.count == 1 ? "" : "s").")
        }
    }

    /// Coachee names by session, from the batch's Jadwal (the register keeps NIPs only).
    static func names(_ batch: RegisteredBatch?, out: String) -> [Int: String] {
        guard let batch else { return [:] }
        let sheet = URL(fileURLWithPath: out).appendingPathComponent(batch.folder).appendingPathComponent("jadwal-coaching.xml").path
        guard let data = FileManager.default.contents(atPath: sheet) else { return [:] }
        var log = DiagnosticLog()
        guard let record = JadwalReader.read(InputFile(name: sheet, source: MemoryByteSource(Array(data))), validate: false, log: &log) else { return [:] }
        return Dictionary(record.entries.map { ($0.number, $0.nama) }, uniquingKeysWith: { a, _ in a })
    }
}
