import CoachingRegister
import CoachingCore

/// Reads the Laporan Kinerja and the Rekomendasi Perbaikan and checks them: the first stage of
/// both `candidates` and `schedule`.
enum InputReading {
    /// The checked inputs and their diagnostics (warnings; errors stop the step with
    /// `consequence` after them). `today` is the clock's day, not the assignment's: a NIP is
    /// wrong when it is dated after the day it is read.
    static func load(reports: String, recommendations: String?, period: Periode?, configuration: Configuration,
                     today: CivilDate, consequence: String) throws(WorkflowError) -> (inputs: LoadedInputs, notices: [String]) {
        let inputs: LoadedInputs
        do {
            inputs = try InputLoader(configuration: configuration, today: today).load(
                report: InputFile(name: reports, source: try FileByteSource(path: reports)),
                recommendations: try recommendations.map { InputFile(name: $0, source: try FileByteSource(path: $0)) },
                periode: period)
        } catch {
            throw .error(.invalidInput, configuration.language.describe(error))
        }
        let notices = inputs.checks.flatMap { $0.log.sorted.map(\.formatted) }
        guard !inputs.hasErrors else { throw WorkflowError(.invalidInput, notices + [consequence]) }
        return (inputs, notices)
    }
}
