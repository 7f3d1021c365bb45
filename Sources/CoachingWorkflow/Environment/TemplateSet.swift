import CoachingCore
import CoachingRegister

/// The templates a kind of document is drawn with, as one SHA-256 over every file it uses
/// (the document's own templates and its partials), recorded in the audit log when a batch's
/// documents of that kind are drawn.
///
/// Approving draws the final documents again; with other templates the final HTML would differ
/// from the draft that was read and from its XML. So an approval uses the set its drafts were
/// drawn with, or is refused saying which set that was.
struct TemplateSet: Equatable {
    static let action = "templat"

    enum Document: String {
        case jadwal
        case beritaAcara = "berita acara"

        /// Every template file the document is drawn from.
        var names: [String] {
            switch self {
            case .jadwal: BatchLayout.jadwalTemplates
            case .beritaAcara: BatchLayout.minutesTemplates
            }
        }
    }

    let document: Document
    /// The office's template folder, or "bawaan" (the built-in templates).
    let source: String
    let sha256: String

    init(_ document: Document, templates: TemplateFolder) {
        self.document = document
        source = templates.folder ?? "bawaan"
        var bytes: [UInt8] = []
        for name in document.names {
            bytes += name.utf8
            bytes.append(0x1F)
            bytes += (templates.source(name)?.source ?? "").utf8
            bytes.append(0x1E)
        }
        sha256 = SHA256Digest.hex(bytes)
    }

    /// The audit line that records this set for `batch`.
    func line(batch: BatchID, at: String, actor: String) -> AuditLine {
        AuditLine(at: at, actor: actor, action: Self.action, batch: batch, detail: "\(document.rawValue): \(source)", sha256: sha256)
    }

    /// The last set recorded for `document` among a batch's audit lines; nil for a batch made
    /// before sets were recorded.
    static func recorded(_ document: Document, in audit: [AuditEntry]) -> AuditEntry? {
        audit.last { $0.action == action && $0.detail.hasPrefix(document.rawValue + ": ") }
    }

    /// Why these templates cannot finish documents drawn with the `recorded` set, in `language`;
    /// nil when they can.
    func refusal(against recorded: AuditEntry?, number: String, language: Language) -> String? {
        guard let recorded, recorded.sha256 != sha256 else { return nil }
        let then = String(recorded.detail.dropFirst(document.rawValue.count + 2))
        func named(_ folder: String) -> String {
            folder == "bawaan" ? language.text(.templateSetBuiltIn) : language.text(.templateSetFolder, ["folder": folder])
        }
        let hint = then == "bawaan" ? language.text(.templateSetHintBuiltIn) : language.text(.templateSetHintFolder, ["folder": then])
        return language.text(.templateSetChanged, ["number": number, "then": named(then), "date": String(recorded.at.prefix(10)),
                                                   "now": named(source), "hint": hint])
    }
}
