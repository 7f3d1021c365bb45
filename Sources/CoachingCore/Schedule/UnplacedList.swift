/// The candidates who did not fit, as a file in the batch (`tidak-terjadwal.csv`) and as a
/// summary for the terminal: a large office with too few coaches has a thousand of them, all
/// for one or two reasons (issue #19, surprise 4).
public enum UnplacedList {
    /// The file's name in the batch folder.
    public static let fileName = "tidak-terjadwal.csv"

    /// One row per person, in the candidates' order, for a spreadsheet: always in Indonesian,
    /// like every file of the batch, whatever language the run speaks.
    public static func csv(_ unplaced: [UnplacedCandidate]) -> [UInt8] {
        let writer = CSVWriter(forSpreadsheet: true)
        var bytes: [UInt8] = []
        writer.append(["peringkat", "nip", "nama", "jabatan", "tim", "alasan", "saran"], to: &bytes)
        for u in unplaced {
            let c = u.candidate
            writer.append([String(c.rank), c.nip.description, c.nama, c.jabatan.rawValue, c.tim, u.reason(.id), u.suggestion(.id)], to: &bytes)
        }
        return bytes
    }

    /// `error: 1.206 dari 5.000 kandidat tidak mendapat jadwal.`, one line per reason with its
    /// count, and what would help: a few lines however many people.
    public static func summary(_ unplaced: [UnplacedCandidate], of total: Int, severity: String, language: Language) -> [String] {
        var order: [String] = [], counts: [String: Int] = [:], suggestions: [String] = []
        for u in unplaced {
            let reason = u.reason(language)
            if counts[reason] == nil { order.append(reason) }
            counts[reason, default: 0] += 1
            let suggestion = u.suggestion(language)
            if !suggestions.contains(suggestion) { suggestions.append(suggestion) }
        }
        var lines = [language.text(.unplacedSummary, ["severity": severity, "count": unplaced.count.grouped(language), "total": total.grouped(language)])]
        for reason in order {
            lines.append(language.text(.unplacedGroup, ["count": language.count(counts[reason]!, .nounPerson), "reason": reason]))
        }
        for suggestion in suggestions { lines.append(language.text(.unplacedHelp, ["suggestion": suggestion])) }
        return lines
    }
}
