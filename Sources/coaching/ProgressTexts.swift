import CoachingCore
import CoachingWorkflow

/// What the progress line calls each long loop (one catalogue text per ``ProgressTask``, the
/// count added after it), in the run's language.
enum ProgressTexts {
    static func label(_ task: ProgressTask) -> String {
        switch task {
        case .preparationSheets: say(.progressPreparationSheets)
        case .minutes: say(.progressMinutes)
        case .archive: say(.progressArchive)
        case .verify: say(.progressVerify)
        case .print: say(.progressPrint)
        }
    }
}
