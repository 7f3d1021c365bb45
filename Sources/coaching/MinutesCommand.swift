import CoachingCore
import ArgumentParser
import CoachingWorkflow

/// `coaching minutes BATCH --notes FILE`
struct MinutesCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: say(.helpMinutes),
        discussion: say(.helpMinutesDiscussion)
    )

    @Argument(help: ArgumentHelp(say(.optBatch), valueName: "batch"))
    var batch: String

    @Option(help: ArgumentHelp(say(.optNotes), valueName: "file"))
    var notes: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var templates: TemplateOptions

    @Flag(help: ArgumentHelp(say(.optOnlyValid)))
    var onlyValid = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp(say(.optRevise), valueName: "session"))
    var revise: [Int] = []

    @Option(help: ArgumentHelp(say(.optReason), valueName: "text"))
    var reason: String?

    func validate() throws {
        if !revise.isEmpty && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(say(.usageReviseReason))
        }
    }

    func run() throws {
        let request = MinutesRequest(batch: batch, notes: notes, onlyValid: onlyValid, revise: Set(revise), reason: reason ?? "")
        let workflow = try output.workflow(templates: templates)
        let outcome = try perform { () throws(WorkflowError) in try workflow.recordMinutes(request) }
        printNotices(outcome.notices)
        let language = CLI.language
        print(say(.minutesSummary, ["batch": outcome.batch, "jadwal": outcome.jadwalNumber, "held": "\(outcome.held)",
                                    "absent": "\(outcome.absent)", "pending": "\(outcome.pending.count)"]))
        for (label, numbers) in [(MessageKey.minutesNew, outcome.new), (.minutesRedrawn, outcome.redrawn), (.minutesRevised, outcome.revised)]
            where !numbers.isEmpty {
            print("\(say(label)): \(listed(numbers))")
        }
        if outcome.changedNothing {
            print(say(.minutesNothingChanged))
        } else if outcome.unchanged > 0 {
            print(say(.minutesUnchanged, ["count": "\(outcome.unchanged)"]))
        }
        for n in outcome.noShows {
            let next = n.makeUp.slot.map { say(.minutesMakeUp, ["date": $0.date.longText(language), "time": $0.timeText]) }
                ?? say(.minutesNoRoom, ["deadline": n.makeUp.deadline.text(language)])
            print(say(.minutesAbsent, ["session": "\(n.session)", "name": n.nama, "nip": n.nip.description, "next": next]))
        }
        for p in outcome.pending.prefix(20) {
            print(say(.minutesPending, ["session": "\(p.session)", "name": p.nama, "nip": p.nip.description, "why": p.why]))
        }
        if outcome.pending.count > 20 { print(say(.minutesMorePending, ["count": "\(outcome.pending.count - 20)"])) }
        print(say(outcome.changedNothing ? .minutesBatchIn : .scheduleWrittenTo, ["folder": outcome.folder.path]))
    }
}
