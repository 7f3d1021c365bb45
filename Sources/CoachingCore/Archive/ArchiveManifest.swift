import LibXML

/// The manifest of an archive package (`manifest.xml`, `Schemas/manifest-arsip.xsd`): every
/// file of the batch with its SHA-256 and size, and for the numbered documents their type,
/// number, person and status; plus the versions of the tool and of the templates.
public struct ArchiveManifest: Sendable, Equatable {
    /// What a file of the package is, in the records office's words.
    public enum Kind: String, Sendable, CaseIterable {
        case jadwal, beritaAcara = "berita-acara", tandaTerima = "tanda-terima", rekap, indeks, kandidat, lembarKerja = "lembar-kerja", catatan, masukan
        case pengaturan, register
        /// A PDF printed from a document's HTML (`coaching pdf`).
        case pdf
        /// Step 4's invitations, calendars and Team Leader notices; step 5's preparation sheets.
        case distribusi, persiapan
        /// A signed PDF handed back to `coaching lampirkan`, extending the `pdf` named in `basis`.
        case signed = "bertanda-tangan"
        /// A scan of the paper signed in ink (`lampirkan --scan`).
        case scan = "pindaian"
        case lain
    }

    public struct File: Sendable, Equatable {
        /// Relative to the batch folder, `/`-separated.
        public var path: String
        public var sha256: String
        public var size: Int
        public var kind: Kind
        public var number: String?
        public var session: Int?
        public var nip: String?
        public var status: String?
        /// A signed PDF: the packaged PDF it extends (`berita-acara/sesi-007.pdf`), who signed,
        /// their NIP or NIK as the certificate states it, and when (with the time's source).
        /// Optional attributes: packages made before `lampirkan` have none and stay valid.
        public var basis: String?
        public var signer: String?
        public var signerID: String?
        public var signedAt: String?

        public init(path: String, sha256: String, size: Int, kind: Kind, number: String? = nil, session: Int? = nil,
                    nip: String? = nil, status: String? = nil, basis: String? = nil, signer: String? = nil, signerID: String? = nil,
                    signedAt: String? = nil) {
            self.basis = basis
            self.signer = signer
            self.signerID = signerID
            self.signedAt = signedAt
            self.path = path
            self.sha256 = sha256
            self.size = size
            self.kind = kind
            self.number = number
            self.session = session
            self.nip = nip
            self.status = status
        }
    }

    public static let fileName = "manifest.xml"
    public static let schemaName = "manifest-arsip.xsd"

    public var batch: String
    public var jadwalNumber: String
    public var archivedOn: CivilDate
    public var includesDrafts: Bool
    public var toolVersion: String
    /// SHA-256 of the template sources in force when the package was made.
    public var templatesVersion: String
    /// Sorted by path.
    public var files: [File]

    public init(batch: String, jadwalNumber: String, archivedOn: CivilDate, includesDrafts: Bool, toolVersion: String,
                templatesVersion: String, files: [File]) {
        self.batch = batch
        self.jadwalNumber = jadwalNumber
        self.archivedOn = archivedOn
        self.includesDrafts = includesDrafts
        self.toolVersion = toolVersion
        self.templatesVersion = templatesVersion
        self.files = files
    }

    /// The manifest as XML (what is hashed and signed).
    public func xml() -> [UInt8] {
        let w = XMLWriter()
        w.startElement("manifestArsip", namespace: InputSchemas.namespace)
        w.attribute("batch", batch)
        w.attribute("jadwal", jadwalNumber)
        w.attribute("tanggalArsip", archivedOn.description)
        w.attribute("berisiKonsep", includesDrafts ? "true" : "false")
        w.attribute("versiAlat", toolVersion)
        w.attribute("versiTemplat", templatesVersion)
        for file in files {
            w.startElement("berkas")
            w.attribute("jalur", file.path)
            w.attribute("sha256", file.sha256)
            w.attribute("ukuran", String(file.size))
            w.attribute("jenis", file.kind.rawValue)
            if let number = file.number { w.attribute("nomor", number) }
            if let session = file.session { w.attribute("sesi", String(session)) }
            if let nip = file.nip { w.attribute("nip", nip) }
            if let status = file.status { w.attribute("status", status) }
            if let basis = file.basis { w.attribute("dasar", basis) }
            if let signer = file.signer { w.attribute("penandatangan", signer) }
            if let signerID = file.signerID { w.attribute("nomorIdentitas", signerID) }
            if let signedAt = file.signedAt { w.attribute("waktuTandaTangan", signedAt) }
            w.endElement()
        }
        w.endElement()
        w.endDocument()
        return w.takeOutput()
    }

    /// Reads a manifest, validated against its schema; nil with the reasons in `log`. Streamed
    /// into ``File`` values, no tree; one listing more than `fileLimit` files is refused when it
    /// gets there, so what a manifest lists never decides what is held.
    /// Problems are said in `language`.
    public static func read(_ file: InputFile, fileLimit: Int = .max, language: Language, log: inout DiagnosticLog) -> ArchiveManifest? {
        guard let schema = InputSchemas.named(schemaName) else {
            log.error(SourceLocation(file: file.name), language.text(.xmlNoSchema, ["schema": schemaName]))
            return nil
        }
        let adapter = XMLSourceAdapter(file.source)
        guard let reader = StreamingXMLReader(source: adapter, name: file.name, schema: schema, issueLimit: log.limit) else {
            log.error(SourceLocation(file: file.name), language.text(.xmlCannotStart))
            return nil
        }
        var root: [(String, String)]?
        var files: [File] = []
        while reader.next() {
            guard reader.kind == .element else { continue }
            var attributes: [(String, String)] = []
            reader.forEachAttribute { name, value in
                attributes.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
            }
            guard root != nil else { root = attributes; continue }
            guard reader.localName == "berkas" else { continue }
            guard files.count < fileLimit else {
                log.error(SourceLocation(file: file.name, line: reader.nodeLine), language.text(.manifestTooManyFiles, ["limit": "\(fileLimit)"]))
                return nil
            }
            let b = { (name: String) in attributes.first { $0.0 == name }?.1 }
            files.append(File(path: b("jalur") ?? "", sha256: b("sha256") ?? "", size: b("ukuran").flatMap { Int($0) } ?? -1,
                              kind: Kind(rawValue: b("jenis") ?? "") ?? .lain, number: b("nomor"),
                              session: b("sesi").flatMap { Int($0) }, nip: b("nip"), status: b("status"),
                              basis: b("dasar"), signer: b("penandatangan"), signerID: b("nomorIdentitas"), signedAt: b("waktuTandaTangan")))
        }
        for issue in reader.issues { log.add(XMLIngest.diagnostic(issue, file: file.name, language: language)) }
        log.countUnlisted(errors: reader.droppedIssueCount)
        if let failure = adapter.failure { log.error(SourceLocation(file: file.name), language.text(.xmlReadToEndFailed, ["reason": language.describe(failure, path: file.name)])) }
        guard reader.isValid, adapter.failure == nil, let root else { return nil }
        let a = { (name: String) in root.first { $0.0 == name }?.1 }
        guard let date = a("tanggalArsip").flatMap({ CivilDate(parsing: $0) }) else { return nil }
        return ArchiveManifest(
            batch: a("batch") ?? "", jadwalNumber: a("jadwal") ?? "", archivedOn: date,
            includesDrafts: a("berisiKonsep") == "true" || a("berisiKonsep") == "1",
            toolVersion: a("versiAlat") ?? "", templatesVersion: a("versiTemplat") ?? "", files: files)
    }
}
