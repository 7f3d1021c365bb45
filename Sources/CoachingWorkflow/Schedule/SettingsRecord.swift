import CoachingCore
import CoachingRegister

/// The office's settings as the audit log keeps them: a line whenever a new batch is made with
/// settings other than the last ones recorded, holding the file's SHA-256 and who holds each
/// role. A change of approver or receiver is then visible in the record, with the batch it
/// first applied to, however the office's `coaching.toml` was edited.
struct SettingsRecord {
    static let action = "pengaturan"
    private static let rolesMark = "peran: ", changeMark = " | berubah: "

    let settings: Settings
    let sha256: String

    init(_ settings: Settings) {
        self.settings = settings
        sha256 = SHA256Digest.hex(Array(settings.text.utf8))
    }

    /// The audit line for a batch made with these settings, and, when they changed since the
    /// last batch, a sentence for the person scheduling (in `language`); nil when they are the
    /// last ones recorded.
    func line(after previous: AuditEntry?, batch: BatchID, at: String, actor: String, language: Language) -> (line: AuditLine, note: String?)? {
        guard previous?.sha256 != sha256 else { return nil }
        let roles = Self.roles(settings.configuration)
        var detail = Self.rolesMark + roles.map { "\($0.key)=\($0.holder)" }.joined(separator: "; ")
        var note: String?
        if let previous {
            let before = Self.roles(in: previous.detail)
            let changed = roles.filter { before[$0.key] != $0.holder }
                .map { "\($0.key) \(before[$0.key].map { $0.isEmpty ? "-" : $0 } ?? "?") → \($0.holder.isEmpty ? "-" : $0.holder)" }
            if !changed.isEmpty { detail += Self.changeMark + changed.joined(separator: "; ") }
            let roles = changed.isEmpty ? language.text(.settingsRolesSame) : changed.joined(separator: "; ")
            note = "note: " + language.text(.settingsDiffer, ["batch": previous.batch, "roles": roles])
        }
        return (AuditLine(at: at, actor: actor, action: Self.action, batch: batch, detail: detail, sha256: sha256), note)
    }

    /// Who holds each role, in a fixed order: the roles that approve, receive and draft.
    static func roles(_ configuration: Configuration) -> [(key: String, holder: String)] {
        let people = configuration.people
        return [("kepala_kantor", people.kepalaKantor.nip?.description ?? ""),
                ("kepala_seksi_pkl", people.kepalaSeksiPKL.nip?.description ?? ""),
                ("penyaji", people.penyaji.nip?.description ?? ""),
                ("quality_assessors", people.qualityAssessors.compactMap { $0.nip?.description }.joined(separator: ","))]
    }

    /// The roles an earlier line recorded (its own format), by key.
    static func roles(in detail: String) -> [String: String] {
        guard detail.hasPrefix(rolesMark) else { return [:] }
        let list = detail.dropFirst(rolesMark.count).components(separatedBy: changeMark)[0]
        var roles: [String: String] = [:]
        for pair in list.components(separatedBy: "; ") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { roles[String(parts[0])] = String(parts[1]) }
        }
        return roles
    }
}
