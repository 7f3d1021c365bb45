import CoachingCore
import CoachingRegister
import Foundation

/// `coaching find`: documents across every batch of the register, by person, number or date.
public struct FindRequest: Sendable {
    public var nip: NIP?
    /// A document number, e.g. `BA-12/KLIP/2026` (case does not matter).
    public var number: String?
    /// The session's date (a Berita Acara) or the drafting's (a Jadwal), from and to.
    public var from: CivilDate?
    public var to: CivilDate?

    public init(nip: NIP? = nil, number: String? = nil, from: CivilDate? = nil, to: CivilDate? = nil) {
        self.nip = nip
        self.number = number
        self.from = from
        self.to = to
    }
}

/// One document found, with where it is.
public struct FoundDocument: Codable, Sendable {
    public var number, kind, batch, nip, status, date: String
    public var session: Int
    /// The coachee's name, from the batch's Jadwal (the register keeps NIPs only).
    public var name: String
    public var approvedOn, receivedOn, archivedOn: String?
    public var html, xml: String
    /// The archive package, once the batch is archived.
    public var package: String?
    /// The signed copy on record (`lampirkan`): who signed (`Ratna Sari (NIP 1980…)`) and the file.
    public var signedBy: String?
    public var signedCopy: String?
    /// A scan of the paper signed in ink, when one is on record.
    public var scan: String?

    /// The document is in its batch's archive package.
    public var isArchived: Bool { status == DocumentStatus.diarsipkan.rawValue }
}

extension Workflow {
    /// The documents that match every criterion given, oldest first.
    public func find(_ request: FindRequest) throws(WorkflowError) -> [FoundDocument] {
        let commits = try CommitPath.open(environment.outputRoot, create: false, language: environment.language)
        let documents: [RegisteredDocument], batches: [BatchID: RegisteredBatch]
        do {
            documents = try commits.read { try $0.find(nip: request.nip?.description, number: request.number, from: request.from, to: request.to) }
            batches = Dictionary(try commits.read { try $0.batches() }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        } catch {
            throw .error(.register, environment.language.describe(error))
        }
        var names: [BatchID: [Int: String]] = [:]
        let root = environment.outputRoot
        // The signed copies and scans of the batches found, by the HTML they are copies of.
        var copies: [String: [DocumentCopy]] = [:]
        do {
            for batch in Set(documents.map(\.batch)) {
                for c in try commits.read({ try $0.copies(batch: batch) }) where c.form != .pdf { copies[c.source, default: []].append(c) }
            }
        } catch { throw .error(.register, environment.language.describe(error)) }
        return documents.map { d in
            let signed = copies[d.htmlPath]?.first { $0.form == .signed }, scan = copies[d.htmlPath]?.first { $0.form == .scan }
            if names[d.batch] == nil { names[d.batch] = Self.names(batches[d.batch], root: root) }
            return FoundDocument(number: d.number.description, kind: d.kind.title, batch: d.batch.description, nip: d.nip,
                                 status: d.status.rawValue, date: d.draftedOn.description, session: d.kind == .beritaAcara ? d.session : 0,
                                 name: d.kind == .beritaAcara ? names[d.batch]?[d.session] ?? "" : "",
                                 approvedOn: d.approvedOn?.description, receivedOn: d.receivedOn?.description, archivedOn: d.archivedOn?.description, html: root.appendingPathComponent(d.htmlPath).path,
                                 xml: root.appendingPathComponent(d.xmlPath).path, package: batches[d.batch]?.package,
                                 signedBy: signed.map(\.signerText),
                                 signedCopy: signed.map { root.appendingPathComponent($0.path).path }, scan: scan.map { root.appendingPathComponent($0.path).path })
        }
    }

    /// Coachee names by session, from the batch's Jadwal.
    private static func names(_ batch: RegisteredBatch?, root: URL) -> [Int: String] {
        guard let batch else { return [:] }
        let sheet = root.appendingPathComponent(batch.folder).appendingPathComponent(BatchLayout.jadwalXML).path
        guard let data = FileManager.default.contents(atPath: sheet) else { return [:] }
        // Names only: a Jadwal that does not read back leaves them out, and its messages are not shown.
        var log = DiagnosticLog()
        guard let record = JadwalReader.read(InputFile(name: sheet, source: MemoryByteSource(Array(data))), validate: false, language: .id, log: &log) else { return [:] }
        return Dictionary(record.entries.map { ($0.number, $0.nama) }, uniquingKeysWith: { a, _ in a })
    }
}
