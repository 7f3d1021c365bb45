import CoachingCore
import Foundation

extension TemplateFolder {
    /// An office's template folder over the built-in templates. Every file must really be in
    /// the folder: a link that leads outside it (say `kop.html` → `/etc/passwd`) is refused by
    /// name here, and never read later, so a document cannot carry another file's contents.
    /// Refusals are said in `language`.
    public static func office(_ directory: String, language: Language) throws(WorkflowError) -> TemplateFolder {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(.usage, language.text(.templatesNotFolder, ["path": directory]))
        }
        let base = URL(fileURLWithPath: directory)
        let root = base.resolvingSymlinksInPath().path
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() {
            let real = base.appendingPathComponent(name).resolvingSymlinksInPath().path
            guard real.hasPrefix(root + "/") else {
                throw .error(.invalidInput, language.text(.templatesLinkOutside, ["path": base.appendingPathComponent(name).path, "target": real]))
            }
        }
        return TemplateFolder(folder: directory) { name in
            let url = base.appendingPathComponent(name)
            guard url.resolvingSymlinksInPath().path.hasPrefix(root + "/") else { return nil }
            return FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
