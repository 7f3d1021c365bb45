import CoachingCore
@_spi(Fuzzing) import PDFSignature

/// The readers a fuzzer feeds, each taking any bytes: `Scripts/harden` runs them under
/// libFuzzer, and `FuzzRegressionTests` runs every input that once crashed one.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The Laporan Kinerja Agen as CSV, through every check `coaching check` makes.
    case csv
    /// The Laporan Kinerja Agen as XML, through the hardened reader and the XSD.
    case xml
    /// The Quality Assessors' notes, CSV or XML (the first byte chooses).
    case notes
    /// coaching.toml.
    case config
    /// The Quality Assessors' notes as a workbook (xlsx): the ZIP package within its bounds,
    /// every XML part through the hardened reader, the cells checked against a Jadwal.
    case xlsx
    /// An archive package: the central directory, then every entry small enough to unpack,
    /// streamed (`coaching verify` unpacks only what the manifest lists, at the size it records).
    case zip
    /// A signed PDF handed back for `lampirkan`: the revisions after the registered PDF (found by
    /// the first `%%EOF` the rest reads after), every signature dictionary, and each signature's
    /// CMS block as far as the check reads it before any cryptography.
    case signedpdf

    /// A fixed day for the NIP date checks: a fuzz run must not depend on the clock.
    private static let fuzzToday = CivilDate(year: 2026, month: 12, day: 31)!

    /// Reads `bytes` the way the tool reads a user's file. Any result is fine; a crash, a
    /// hang or runaway memory is a finding.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .csv:
            _ = InputChecker(configuration: Configuration(), today: Self.fuzzToday).check([InputFile(name: "laporan.csv", source: MemoryByteSource(bytes))])
        case .xml:
            _ = InputChecker(configuration: Configuration(), today: Self.fuzzToday).check([InputFile(name: "laporan.xml", source: MemoryByteSource(bytes))])
        case .notes:
            let asXML = bytes.first.map { $0 & 1 == 1 } ?? false
            let (rows, log) = NotesReader(jadwal: Self.jadwal).read(InputFile(name: asXML ? "catatan.xml" : "catatan.csv", source: MemoryByteSource(Array(bytes.dropFirst()))))
            _ = MinutesPlan(jadwal: Self.jadwal, notes: rows, log: log)
        case .xlsx:
            let (rows, log) = NotesReader(jadwal: Self.jadwal).read(InputFile(name: "lembar-kerja.xlsx", source: MemoryByteSource(bytes)))
            _ = MinutesPlan(jadwal: Self.jadwal, notes: rows, log: log)
        case .config:
            _ = ConfigurationLoader(language: .id).load(text: String(decoding: bytes, as: UTF8.self), file: "coaching.toml")
        case .zip:
            guard let reader = try? ZipReader(bytes: bytes) else { return }
            // Streamed to the end through a small buffer, as `verify` reads every entry; the
            // first few whole too, as it reads the manifest.
            var buffer = [UInt8](repeating: 0, count: 4096)
            for (i, entry) in reader.entries.enumerated() where entry.size <= Self.unpackLimit {
                if i < 2 { _ = reader.contents(of: entry); continue }
                guard let stream = try? reader.open(entry) else { continue }
                while let count = try? buffer.withUnsafeMutableBytes({ try stream.read(into: $0) }), count > 0 {}
            }
        case .signedpdf:
            _ = SignedPDFReader.revisionEnds(bytes)
            guard let pdf = try? SignedPDFReader.read(bytes) else { return }
            for signature in pdf.signatures { _ = SignedPDFCheck.readsAsSignatureBlock(signature.contents) }
        }
    }

    /// The largest entry the zip target unpacks. Memory does not depend on it (an entry is
    /// streamed a chunk at a time); it keeps each input fast, as what a fuzzer claims beyond it
    /// is a size the verifier would refuse before inflating.
    static let unpackLimit = 4 << 20

    /// A small Jadwal for the notes to be checked against.
    static let jadwal: JadwalRecord = {
        guard case .valid(let nip, _) = NIP.validate(Array("198012302010012005".utf8)) else { fatalError("a known NIP") }
        let person = Configuration.Person(name: "Ratna", nip: nip, position: "Kepala Seksi")
        let day = CivilDate(year: 2026, month: 11, day: 27)!
        return JadwalRecord(number: "JDW-1/KLIP/2026", assignedOn: CivilDate(year: 2026, month: 11, day: 25)!,
                            deadline: CivilDate(year: 2026, month: 12, day: 15)!, entries: (1...3).map { n in
                                JadwalRecord.Entry(number: n, date: day, start: 480, end: 525, place: "Ruang", nip: nip, nama: "Dewi",
                                                   jabatan: "Agen Informasi", tim: "Tim 1", coach: person, assessor: person,
                                                   agenda: "efisiensi", focus: [])
                            })
    }()
}
