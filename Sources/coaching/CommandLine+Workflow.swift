import ArgumentParser
import CoachingCore
import CoachingWorkflow
import Foundation

/// The exit codes, in one place: 0 all good, 1 a problem in the inputs, the settings, the
/// notes or the register (or a refusal), 64 a wrong command line.
enum ExitPolicy {
    static func code(for kind: WorkflowError.Kind) -> Int32 {
        switch kind {
        case .usage: 64
        case .invalidInput, .refused, .register: 1
        }
    }
}

/// Runs a step and turns its error into lines on standard error and an exit code.
func perform<T>(_ step: () throws(WorkflowError) -> T) throws -> T {
    // A progress line left by a failed loop goes before the messages.
    defer { ProgressDisplay.standardError.end() }
    do {
        return try step()
    } catch {
        for line in error.lines { printError(line) }
        throw ExitCode(ExitPolicy.code(for: error.kind))
    }
}

/// Writes each line to standard error.
func printNotices(_ lines: [String]) {
    for line in lines { printError(line) }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints `value` as JSON for programs.
func printJSON(_ value: some Encodable) throws {
    print(try jsonText(value))
}

/// `value` as JSON for programs: indented, keys sorted, slashes as they are.
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Up to 30 document numbers in full, else the first and the last.
func listed(_ numbers: [String]) -> String {
    numbers.count <= 30 ? numbers.joined(separator: ", ")
        : say(.listedMany, ["count": CLI.language.count(numbers.count, .nounDocument), "first": numbers.first!, "last": numbers.last!])
}
