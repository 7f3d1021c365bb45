import CoachingCore
import CoachingRegister
import CompiledMustache

extension Lifecycle {
    /// The templates a receipt draws: its Tanda Terima and the rekap.
    struct ReceiptTemplates {
        var html: Template
        var xml: Template
        var rekap: Template
    }

    /// Step 9: the approved Berita Acara of `sessions` (every approved one when empty) received.
    /// The Berita Acara do not change (they were final at approval, and their hashes are
    /// registered); the receipt is a numbered Tanda Terima of its own, listing them.
    func receive(_ sessions: [Int], on date: CivilDate, by nip: String, templates: ReceiptTemplates) throws -> Outcome {
        try require(nip, is: configuration.people.kepalaKantor, role: "Kepala Kantor", key: "people.kepala_kantor", action: language.text(.actionReceive))
        try notInTheFuture(date, what: language.text(.whatReceipt))
        // The Tanda Terima needs both signers: refused before anything is read or changed.
        let missing = TandaTerimaDocument.missingSettings(configuration)
        guard missing.isEmpty else { throw Refusal(description: missing.joined(separator: "; ")) }
        return try write { tx in
            var outcome = Outcome()
            var received: [TandaTerimaDocument.Received] = []
            for var document in try choose(sessions, tx, default: { _ in true }) {
                switch document.status {
                case .konsep: outcome.notes.append(language.text(.notApprovedSoNotReceived, ["number": document.number.description, "session": "\(document.session)"]))
                case .diterima, .diarsipkan:
                    if !sessions.isEmpty { outcome.notes.append(language.text(.alreadyReceived, ["number": document.number.description, "session": "\(document.session)",
                                                                                                  "date": document.receivedOn?.description ?? "?"])) }
                case .disetujui:
                    try notBefore(date, document.approvedOn, what: language.text(.whenApproved, ["number": document.number.description]))
                    let xml = try Self.unchanged(document, root: commits.root, language: language)
                    received.append(receivedEntry(document, xml: xml))
                    document.status = .diterima
                    document.receivedOn = date
                    document.receivedBy = nip
                    try tx.update(document)
                    try tx.audit(at: now, actor: nip, action: "diterima", batch: batch.id, number: document.number)
                    outcome.done.append(document.number.description)
                }
            }
            if outcome.done.isEmpty && outcome.notes.isEmpty {
                outcome.notes.append(language.text(.noMinutesWaitingReceipt, ["batch": batch.id.description]))
            }
            guard !received.isEmpty else { return ([], outcome) }
            let receipt = try tandaTerima(received, on: date, by: nip, templates: templates, tx: tx)
            outcome.notes.append(language.text(.tandaTerima, ["number": receipt.number.description, "count": "\(received.count)",
                                                                "path": commits.root.appendingPathComponent(receipt.htmlPath).path]))
            let rekap = try redraw(templates.rekap).stage(try tx.documents(batch: batch.id, kind: .beritaAcara), date: date, tx: tx)
            return (receipt.files + [rekap], outcome)
        }
    }

    /// A received Berita Acara as its Tanda Terima lists it; `xml` is its file, unchanged.
    private func receivedEntry(_ document: RegisteredDocument, xml: [UInt8]) -> TandaTerimaDocument.Received {
        let entry = jadwal.entries.first { $0.number == document.session }
        return TandaTerimaDocument.Received(
            number: document.number.description, session: document.session, nip: document.nip, name: entry?.nama ?? "",
            date: document.draftedOn, approvedOn: document.approvedOn ?? document.draftedOn,
            isNoShow: ByteSearch.find(Array(#"kehadiran="tidak-hadir""#.utf8), in: xml, from: 0) != nil)
    }

    /// The numbered Tanda Terima of this receipt, drawn final (the Kepala Kantor signs it as
    /// they receive), registered with its hashes and audit lines in the same transaction.
    private func tandaTerima(_ received: [TandaTerimaDocument.Received], on date: CivilDate, by nip: String, templates: ReceiptTemplates,
                             tx: RegisterTransaction) throws -> (number: String, htmlPath: String, files: [(String, [UInt8])]) {
        let ordinal = try tx.documents(batch: batch.id, kind: .tandaTerima).count + 1
        let number = DocumentNumber(kind: .tandaTerima, sequence: try tx.nextSequence(.tandaTerima, year: date.year),
                                    unit: configuration.office.unitCode, year: date.year)
        let value = TandaTerimaDocument(number: number.description, jadwalNumber: jadwal.number, receivedOn: date, received: received,
                                        configuration: configuration).value
        let html = try templates.html.render(value, sizeHint: 8192), xml = try templates.xml.render(value, sizeHint: 4096)
        let name = "\(batch.folder)/\(BatchLayout.receiptsFolder)/\(BatchLayout.receiptName(ordinal))"
        var document = RegisteredDocument(number: number, batch: batch.id, session: ordinal, nip: nip, htmlPath: name + ".html", xmlPath: name + ".xml",
                                          htmlSHA256: "", xmlSHA256: "", draftedOn: date)
        // Final as it is made: the Kepala Kantor's signature is the receipt.
        try tx.audit(approve(&document, on: date, by: nip, html: html, xml: xml))
        try tx.insert(document)
        return (number.description, document.htmlPath, [(document.htmlPath, html), (document.xmlPath, xml)])
    }
}
