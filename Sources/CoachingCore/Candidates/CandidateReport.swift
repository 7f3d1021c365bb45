import Foundation

/// The candidate list as people read it (a table), as a spreadsheet reads it (CSV) and as
/// programs read it (JSON).
public struct CandidateReport {
    public let list: CandidateList
    /// What the focus areas are called.
    public let names: DisplayNames

    public init(_ list: CandidateList, names: DisplayNames = DisplayNames()) {
        self.list = list
        self.names = names
    }

    /// A table: who, team, why, focus; then who was skipped and why. In English (`text(.en)`) for
    /// the suites written before the messages were Indonesian.
    public var text: String { text(.en) }

    /// The same table in `language` (the reasons are the SOP's, in Indonesian).
    public func text(_ language: Language) -> String {
        var out = language.text(.candidatesHeader, ["period": list.periode.description, "count": "\(list.candidates.count)",
                                                    "people": language.count(list.people, .nounPerson)])
        out += list.skipped.isEmpty ? "\n\n" : language.text(.candidatesSkippedCount, ["count": "\(list.skipped.count)"]) + "\n\n"
        for c in list.candidates {
            let role = c.jabatan == .teamLeaderInformasi ? "Team Leader" : "Agen"
            out += "\(c.rank). \(c.nama) (\(c.nip)), \(role), \(c.tim)\n"
            for reason in c.reasons { out += language.text(.candidatesWhy, ["reason": "\(reason.text) [\(reason.source.file):\(reason.source.line)]"]) + "\n" }
            let focus = c.focus.map { names.name($0.aspect) }
            if !focus.isEmpty { out += language.text(.candidatesFocus, ["focus": focus.joined(separator: ", ")]) + "\n" }
        }
        if !list.skipped.isEmpty {
            out += "\n" + language.text(.candidatesSkipped) + "\n"
            for s in list.skipped { out += "   \(s.nama) (\(s.nip)): \(s.reason) [\(s.source.file):\(s.source.line)]\n" }
        }
        return out
    }

    /// One row per candidate; reasons and focus areas joined with "; ".
    public var csv: String {
        let writer = CSVWriter(forSpreadsheet: true)
        var out = writer.line(["peringkat", "nip", "nama", "jabatan", "tim", "periode", "nilai_kualitas", "alasan", "fokus"])
        for c in list.candidates {
            out += writer.line([String(c.rank), c.nip.description, c.nama, c.jabatan.rawValue, c.tim, c.periode.description,
                                String(c.nilaiKualitas), c.reasons.map(\.text).joined(separator: "; "),
                                c.focus.map { names.name($0.aspect) }.joined(separator: "; ")])
        }
        return out
    }

    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(list)) ?? Data(), as: UTF8.self)
    }
}
