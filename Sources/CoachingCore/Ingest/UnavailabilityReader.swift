/// Reads the optional unavailability file: `nip,tanggal,dari,sampai` (leave, training,
/// shifts). Empty `dari`/`sampai` means the whole day; times as `08.00` or `08:00`.
public struct UnavailabilityReader {
    public init() {}

    public func read(_ file: InputFile) -> ([Unavailability], DiagnosticLog) {
        let reader = CSVReader(source: file.source, file: file.name)
        var result: [Unavailability] = []
        guard reader.nextRecord() else {
            var log = reader.log
            if !reader.stoppedEarly { log.error(SourceLocation(file: file.name), "the file is empty; expected nip,tanggal,dari,sampai") }
            return ([], log)
        }
        let names = (0..<reader.fieldCount).map { HeaderName.normalize(reader.string($0)) }
        guard let nipIndex = names.firstIndex(of: "nip"), let dateIndex = names.firstIndex(of: "tanggal") else {
            reader.log.error(reader.recordLocation, "the header needs the columns nip and tanggal (dari and sampai are optional)")
            return ([], reader.log)
        }
        let fromIndex = names.firstIndex(of: "dari"), toIndex = names.firstIndex(of: "sampai")
        while reader.nextRecord() {
            guard reader.fieldCount == names.count else {
                reader.log.error(reader.recordLocation, "this row has \(reader.fieldCount) fields but the header has \(names.count)")
                continue
            }
            var nip: NIP?
            switch NIP.validate(FieldParsing.trimmed(reader.field(nipIndex)), isPPPK: true) {
            case .valid(let value, _): nip = value
            case .invalid(let why): reader.log.error(reader.location(ofField: nipIndex), why.text(.en), field: "nip")
            }
            let date = CivilDate(parsing: reader.string(dateIndex).trimmingASCIIWhitespace())
            if date == nil {
                reader.log.error(reader.location(ofField: dateIndex), "'\(reader.string(dateIndex))' is not a date; write 2026-11-27 or 27/11/2026", field: "tanggal")
            }
            let from = fromIndex.flatMap { time(reader, $0, "dari") }, to = toIndex.flatMap { time(reader, $0, "sampai") }
            if (from == nil) != (to == nil) {
                reader.log.error(reader.recordLocation, "give both dari and sampai, or neither for the whole day")
                continue
            }
            if let nip, let date { result.append(Unavailability(nip: nip, date: date, from: from ?? nil, to: to ?? nil)) }
        }
        return (result, reader.log)
    }

    /// nil for an empty cell; logs a wrong one.
    private func time(_ reader: CSVReader, _ index: Int, _ field: String) -> Int?? {
        let text = reader.string(index).trimmingASCIIWhitespace()
        if text.isEmpty { return .some(nil) }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else {
            reader.log.error(reader.location(ofField: index), "'\(text)' is not a time; write 08.00", field: field)
            return nil
        }
        return .some(h * 60 + m)
    }
}
