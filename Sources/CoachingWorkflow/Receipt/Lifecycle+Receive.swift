import CoachingCore
import CoachingRegister
import CompiledMustache

extension Lifecycle {
    /// Step 9: the approved Berita Acara of `sessions` (every approved one when empty) received.
    /// The documents do not change: they were final at approval.
    func receive(_ sessions: [Int], on date: CivilDate, by nip: String, rekap: Template) throws -> Outcome {
        try require(nip, is: configuration.people.kepalaKantor, role: "Kepala Kantor", key: "people.kepala_kantor", action: "receive the Berita Acara")
        try notInTheFuture(date, what: "a receipt")
        return try write { tx in
            var outcome = Outcome()
            for var document in try choose(sessions, tx, default: { _ in true }) {
                switch document.status {
                case .konsep: outcome.notes.append("\(document.number) (session \(document.session)) is not approved yet, so not received.")
                case .diterima, .diarsipkan:
                    if !sessions.isEmpty { outcome.notes.append("\(document.number) (session \(document.session)) was already received on \(document.receivedOn?.description ?? "?").") }
                case .disetujui:
                    try notBefore(date, document.approvedOn, what: "\(document.number) was approved")
                    try requireUnchanged(document)
                    document.status = .diterima
                    document.receivedOn = date
                    document.receivedBy = nip
                    try tx.update(document)
                    try tx.audit(at: now, actor: nip, action: "diterima", batch: batch.id, number: document.number)
                    outcome.done.append(document.number.description)
                }
            }
            if outcome.done.isEmpty && outcome.notes.isEmpty {
                outcome.notes.append("No approved Berita Acara of batch \(batch.id) is waiting to be received.")
            }
            guard !outcome.done.isEmpty else { return ([], outcome) }
            return ([try redraw(rekap).stage(try tx.documents(batch: batch.id, kind: .beritaAcara), date: date, tx: tx)], outcome)
        }
    }
}
