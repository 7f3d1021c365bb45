import Foundation
import Testing
import TestSupport

/// Long runs show a progress line on a terminal and nothing anywhere else: `coaching pdf` of
/// the example batch takes seconds (one Chromium, 22 documents), long enough for the line to
/// appear, so it shows both sides.
@Suite("Progress on a terminal", .serialized)
struct ProgressDisplayTests {
    static let available = PdfCommandTests.available && installedTool("script") != nil

    @Test(.enabled(if: available, "chromium, poppler-utils or script (bsdutils) missing: the progress line is not tested"), .timeLimit(.minutes(5)))
    func aPipeSeesNoProgressAndATerminalSeesALineRedrawnAndCleared() throws {
        // Piped, as the tests and scripts run it: standard error holds no trace of progress.
        let (piped, _) = try PdfCommandTests.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: piped) }
        let run = try PdfCommandTests.coaching(["pdf", "2026-001"], in: piped)
        #expect(run.status == 0, "\(run.errors)")
        #expect(!run.errors.contains("Mencetak PDF"), "\(run.errors)")
        #expect(!run.errors.contains("\r") && !run.errors.contains("\u{1B}"), "\(run.errors)")

        // The same run on a pseudo-terminal (`script`): the line is drawn in place, then cleared
        // before the summary.
        let (tty, _) = try PdfCommandTests.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: tty) }
        let screen = try Self.onTerminal([WorkflowTests.program!.path, "pdf", "2026-001"], in: tty)
        #expect(screen.contains("\rMencetak PDF "), "\(screen)")
        let cleared = try #require(screen.range(of: "\r\u{1B}[K", options: .backwards))
        #expect(screen[cleared.upperBound...].contains("PDF: 22 dicetak"), "\(screen)")
        #expect(!screen[cleared.upperBound...].contains("Mencetak PDF"))
    }

    /// Everything `arguments` wrote to its terminal, run under `script` with a pseudo-terminal.
    static func onTerminal(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: installedTool("script")!)
        let command = arguments.map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(separator: " ")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["COACHING_KEYS"] = folder.appendingPathComponent("kunci-bawaan").path
        environment["COACHING_TODAY"] = "2026-12-31"
        environment["TERM"] = "xterm"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
