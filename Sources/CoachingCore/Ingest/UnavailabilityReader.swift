/// Reads the optional unavailability file: `nip,tanggal,dari,sampai` (leave, training,
/// shifts). Empty `dari`/`sampai` means the whole day; times as `08.00` or `08:00`.
public struct UnavailabilityReader {
    /// The language of the problems reported.
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func read(_ file: InputFile) -> ([Unavailability], DiagnosticLog) {
        let reader = CSVReader(source: file.source, file: file.name)
        var result: [Unavailability] = []
        guard reader.nextRecord() else {
            var log = reader.log
            if !reader.stoppedEarly { log.error(SourceLocation(file: file.name), language.text(.unavailableEmpty)) }
            return ([], log)
        }
        let names = (0..<reader.fieldCount).map { HeaderName.normalize(reader.string($0)) }
        guard let nipIndex = names.firstIndex(of: "nip"), let dateIndex = names.firstIndex(of: "tanggal") else {
            reader.log.error(reader.recordLocation, language.text(.unavailableHeader))
            return ([], reader.log)
        }
        let fromIndex = names.firstIndex(of: "dari"), toIndex = names.firstIndex(of: "sampai")
        while reader.nextRecord() {
            guard reader.fieldCount == names.count else {
                reader.log.error(reader.recordLocation, language.text(.unavailableRowWidth, ["fields": "\(reader.fieldCount)", "width": "\(names.count)"]))
                continue
            }
            var nip: NIP?
            switch NIP.validate(FieldParsing.trimmed(reader.field(nipIndex)), isPPPK: true) {
            case .valid(let value, _): nip = value
            case .invalid(let why): reader.log.error(reader.location(ofField: nipIndex), why.text(language), field: "nip")
            }
            let date = CivilDate(parsing: reader.string(dateIndex).trimmingASCIIWhitespace())
            if date == nil {
                reader.log.error(reader.location(ofField: dateIndex), language.text(.unavailableDate, ["value": reader.string(dateIndex)]), field: "tanggal")
            }
            // Each is nil when its cell is wrong (already reported), .some(nil) when empty or absent.
            let from = fromIndex.map { time(reader, $0, "dari") } ?? .some(nil), to = toIndex.map { time(reader, $0, "sampai") } ?? .some(nil)
            guard let from, let to else { continue }
            if (from == nil) != (to == nil) {
                reader.log.error(reader.recordLocation, language.text(.unavailableBothTimes))
                continue
            }
            if let nip, let date { result.append(Unavailability(nip: nip, date: date, from: from, to: to)) }
        }
        return (result, reader.log)
    }

    /// nil for an empty cell; logs a wrong one.
    private func time(_ reader: CSVReader, _ index: Int, _ field: String) -> Int?? {
        let text = reader.string(index).trimmingASCIIWhitespace()
        if text.isEmpty { return .some(nil) }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else {
            reader.log.error(reader.location(ofField: index), language.text(.unavailableTime, ["value": text]), field: field)
            return nil
        }
        return .some(h * 60 + m)
    }
}
