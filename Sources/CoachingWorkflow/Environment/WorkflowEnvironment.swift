import CoachingCore
import Foundation

/// What every step is given instead of finding it for itself: the output root, the clock, who
/// is at the keyboard, the templates in force and how many cores to use.
public struct WorkflowEnvironment: Sendable {
    /// The output root: the register, the batch folders of every year, the staging folder.
    public var outputRoot: URL
    public var clock: WIBClock
    /// Who runs the command, for audit lines that have no NIP (`$USER`).
    public var actor: String
    /// The built-in templates, under an office's own files when it has any.
    public var templates: TemplateFolder
    /// The tool's name and version, recorded in archive manifests.
    public var toolVersion: String
    /// Where the office's archive key is looked for when none is named (``OfficeKeyFiles/folder``).
    public var keyFolder: URL
    /// Where long loops say how far they are; silent unless the command line draws it on a terminal.
    public var progress: any ProgressReporter = SilentProgress()
    /// The language of messages and outcomes' texts (`--lang`, `COACHING_LANG`).
    public var language: Language

    public init(outputRoot: URL, clock: WIBClock = .system, actor: String = WorkflowEnvironment.systemUser(),
                templates: TemplateFolder = TemplateFolder(), toolVersion: String = "coaching", keyFolder: URL = OfficeKeyFiles.folder,
                language: Language = .id) {
        self.outputRoot = outputRoot
        self.clock = clock
        self.actor = actor
        self.templates = templates
        self.toolVersion = toolVersion
        self.keyFolder = keyFolder
        self.language = language
    }

    /// The output root as the user wrote it, for messages.
    public var shownRoot: String { outputRoot.relativePath }

    /// The person at the keyboard: `$USER`, else the account's name, else the uid.
    public static func systemUser() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}
