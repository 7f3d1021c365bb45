/// One valid row of a Laporan Kinerja Agen as ``ReportRowDecoder`` read it, before anything is
/// copied out of the reader: the text fields are views into the reader's buffer and the scores
/// sit in the decoder's scratch, so the view is valid only while a ``ReportRowSink`` takes it.
/// A ``PerformanceRecord`` (Strings and arrays) is made from it only by a caller that needs one.
struct ReportRowView {
    var periode: Periode
    var nip: NIP
    /// Trimmed.
    var nama: UnsafeRawBufferPointer
    var jabatan: Jabatan
    /// Trimmed.
    var tim: UnsafeRawBufferPointer
    var nipTeamLeader: NIP?
    var jumlahPenilaian: Int
    var nilaiKualitas: Double
    /// In ``ReportLayout/aspectCodes`` order; NaN where the cell was empty.
    var aspectScores: UnsafeBufferPointer<Double>
    /// In ``ReportLayout/kpiCodes`` order; NaN where the cell was empty.
    var kpiValues: UnsafeBufferPointer<Double>
    var isPPPK: Bool
    var line: Int

    /// The row as a record of its own.
    var record: PerformanceRecord {
        PerformanceRecord(periode: periode, nip: nip, nama: String(decoding: nama, as: UTF8.self), jabatan: jabatan,
                          tim: String(decoding: tim, as: UTF8.self), nipTeamLeader: nipTeamLeader, jumlahPenilaian: jumlahPenilaian,
                          nilaiKualitas: nilaiKualitas, aspectScores: aspectScores.map { $0.isNaN ? nil : $0 },
                          kpiValues: kpiValues.map { $0.isNaN ? nil : $0 }, isPPPK: isPPPK, line: line)
    }
}

/// Where the strict ingest hands the valid rows of a Laporan Kinerja Agen as it reads them:
/// records for the commands that want them (``RecordSink``), the compact history for the
/// effectiveness analysis (``ReportHistory/FileRows``). Every row has passed the same checks,
/// whichever sink takes it; a row that repeats a person's period in the file is not handed on.
///
/// A large file is read in parts on several cores: each part fills a sink of its own
/// (``emptyPart()``), and the parts are then appended in file order.
protocol ReportRowSink {
    /// Takes one valid row; its views are valid only during the call.
    mutating func take(_ row: ReportRowView)
    /// An empty sink of the same kind, for a part of the file read on another core.
    func emptyPart() -> Self
    /// Takes the rows a part read, after those already taken. The part numbered its lines
    /// from 1 (or from where the file's data start): they move down by `lineOffset`.
    mutating func append(part: Self, lineOffset: Int)
}

extension ReportRowSink {
    /// Takes a row read as a record (the XML reader's rows).
    mutating func take(_ record: PerformanceRecord) {
        let aspects = record.aspectScores.map { $0 ?? .nan }, kpis = record.kpiValues.map { $0 ?? .nan }
        var nama = record.nama, tim = record.tim
        nama.withUTF8 { nama in
            tim.withUTF8 { tim in
                aspects.withUnsafeBufferPointer { aspects in
                    kpis.withUnsafeBufferPointer { kpis in
                        take(ReportRowView(periode: record.periode, nip: record.nip, nama: UnsafeRawBufferPointer(nama), jabatan: record.jabatan,
                                           tim: UnsafeRawBufferPointer(tim), nipTeamLeader: record.nipTeamLeader,
                                           jumlahPenilaian: record.jumlahPenilaian, nilaiKualitas: record.nilaiKualitas,
                                           aspectScores: aspects, kpiValues: kpis, isPPPK: record.isPPPK, line: record.line))
                    }
                }
            }
        }
    }
}

/// The rows as ``PerformanceRecord`` values: handed to `each` as they come when reading in
/// order, kept when reading a part of the file (and then handed on when the parts are joined).
struct RecordSink: ReportRowSink {
    private(set) var records: [PerformanceRecord] = []
    /// With only the latest period wanted, a newer period makes the older rows of a part useless.
    let periods: RecordPeriods
    private let each: ((PerformanceRecord) -> Void)?

    init(periods: RecordPeriods, each: ((PerformanceRecord) -> Void)?) {
        self.periods = periods
        self.each = each
    }

    mutating func take(_ row: ReportRowView) {
        keep(row.record)
    }

    private mutating func keep(_ record: PerformanceRecord) {
        if let each { each(record); return }
        switch periods {
        case .latest, .latestFrom:
            if let last = records.last, record.periode > last.periode { records.removeAll() }
        default: break
        }
        records.append(record)
    }

    func emptyPart() -> RecordSink { RecordSink(periods: periods, each: nil) }

    mutating func append(part: RecordSink, lineOffset: Int) {
        for var record in part.records {
            record.line += lineOffset
            if let each { each(record) } else { records.append(record) }
        }
    }
}
