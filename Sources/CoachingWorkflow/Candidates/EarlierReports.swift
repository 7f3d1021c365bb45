import CoachingCore
import Foundation

/// The Laporan Kinerja of earlier periods that `effectiveness.earlier_reports` names, for the
/// loop back of `candidates` and `schedule`: the monthly report alone holds no period before
/// a session, so without them no coached aspect has a baseline and "belum membaik" can never
/// be said. Each entry is a file, a folder (its `.csv` and `.xml` files) or a pattern with `*`
/// or `?` in its last part (`Laporan/*.csv`), relative to the settings file's folder unless it
/// starts with `/`.
struct EarlierReports {
    /// The files found, in the order named (a folder's and a pattern's in name order), without
    /// repeats and without the report the candidates are chosen from.
    var files: [String] = []
    /// An entry that names nothing, as a warning: the office expects those periods to count.
    var log = DiagnosticLog()

    init(_ entries: [String], settingsFile: String?, excluding report: String, language: Language) {
        let base = settingsFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? URL(fileURLWithPath: ".")
        var seen: Set<String> = [URL(fileURLWithPath: report).standardizedFileURL.path]
        let fm = FileManager.default
        for entry in entries {
            let url = entry.hasPrefix("/") ? URL(fileURLWithPath: entry) : base.appendingPathComponent(entry)
            var found: [URL] = []
            var isFolder: ObjCBool = false
            let last = url.lastPathComponent
            if last.contains("*") || last.contains("?") {
                let folder = url.deletingLastPathComponent()
                let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
                found = names.filter { !$0.hasPrefix(".") && fnmatch(last, $0, 0) == 0 }.sorted().map { folder.appendingPathComponent($0) }
            } else if fm.fileExists(atPath: url.path, isDirectory: &isFolder) {
                if isFolder.boolValue {
                    let names = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
                    found = names.filter { !$0.hasPrefix(".") && ($0.lowercased().hasSuffix(".csv") || $0.lowercased().hasSuffix(".xml")) }
                        .sorted().map { url.appendingPathComponent($0) }
                } else {
                    found = [url]
                }
            }
            found = found.filter { fm.fileExists(atPath: $0.path, isDirectory: &isFolder) && !isFolder.boolValue }
            if found.isEmpty {
                log.warning(SourceLocation(file: settingsFile ?? "coaching.toml"), language.text(.followUpEarlierMissing, ["entry": entry, "path": url.standardizedFileURL.path]))
            }
            for file in found where seen.insert(file.standardizedFileURL.path).inserted {
                files.append(file.path)
            }
        }
    }
}
