import CoachingCore
import Foundation

/// Where the Chromium that prints PDFs is: `COACHING_CHROMIUM` when set, else the first of
/// `chromium-headless-shell`, `chrome-headless-shell`, `chromium`, `chromium-browser`,
/// `google-chrome` on `PATH`. Only `coaching pdf` needs it.
///
/// The headless shell comes first because it is the same engine without the browser around it:
/// measured on the 5,000-agent office it spends about a third of the CPU time per document of the
/// full `chromium --headless` (28 against 85 ms), and prints the same pixels.
public enum ChromiumLocator {
    static let names = ["chromium-headless-shell", "chrome-headless-shell", "chromium", "chromium-browser", "google-chrome"]

    /// The executable, or the sentence to show when there is none (what to install, or what
    /// is wrong with `COACHING_CHROMIUM`).
    public static func locate(environment: [String: String], language: Language) -> Result<String, WorkflowError> {
        if let named = environment["COACHING_CHROMIUM"], !named.isEmpty {
            if access(named, X_OK) == 0, !isDirectory(named) { return .success(named) }
            return .failure(.error(.refused, language.text(.printChromiumNotExecutable, ["path": named])))
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":")
        // Name first, then PATH: a headless shell anywhere on PATH beats a full browser earlier on it.
        for name in names {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if access(path, X_OK) == 0, !isDirectory(path) { return .success(path) }
            }
        }
        return .failure(.error(.refused, language.text(.printChromiumMissing)))
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
