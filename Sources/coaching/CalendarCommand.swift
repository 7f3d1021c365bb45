import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// `coaching calendar --from DATE --add N`
struct CalendarCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions

    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: say(.helpCalendar),
        discussion: say(.helpCalendarDiscussion)
    )

    @Option(help: ArgumentHelp(say(.optCalendarFrom), valueName: "yyyy-mm-dd"), transform: DateArgument.parse)
    var from: CivilDate

    @Option(help: ArgumentHelp(say(.optCalendarAdd)))
    var add = 14

    @OptionGroup var settings: ConfigurationOptions

    func validate() throws {
        guard (1...260).contains(add) else { throw ValidationError(say(.usageAdd)) }
    }

    func run() throws {
        let configuration = try settings.load().configuration
        let calendar = WorkingDayCalendar(options: configuration.calendar)
        let span: WorkingDayCalendar.Span
        do {
            span = try calendar.add(workingDays: add, after: from)
        } catch {
            printError("error: " + CLI.language.describe(error))
            throw ExitCode(1)
        }
        print(say(.calendarAssigned, ["date": span.start.longText(CLI.language)]))
        print(say(.calendarDeadline, ["date": span.deadline.longText(CLI.language), "days": Terbilang.figureAndWords(span.workingDays)]))
        if span.skipped.isEmpty {
            print(say(.calendarNoneSkipped))
        } else {
            print(say(.calendarSkipped, ["count": "\(span.skipped.count)"]))
            let width = span.skipped.map { $0.date.longText(CLI.language).count }.max() ?? 0
            for day in span.skipped {
                let label = day.date.longText(CLI.language)
                let reason = day.kind == .weekend ? "akhir pekan" : "\(day.kind.rawValue): \(day.name)"
                print("  \(label)\(String(repeating: " ", count: width - label.count))  \(reason)")
            }
        }
        for year in span.provisionalYears {
            printError(say(.provisionalHolidays, ["year": "\(year)"]))
        }
    }
}
