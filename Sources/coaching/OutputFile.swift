import ArgumentParser
import CoachingWorkflow
import Foundation

/// `--output FILE`: a list written to a file instead of standard output, whole or not at all
/// (a temporary file beside it, renamed when complete). A workbook is bytes for a spreadsheet,
/// never for a terminal, so `--format xlsx` needs it.
struct OutputFileOptions: ParsableArguments {
    @Option(help: ArgumentHelp(say(.optOutput),
                               valueName: "file"))
    var output: String?

    /// Refuses a workbook without a file to put it in: a wrong command line (exit 64).
    func validate(_ format: OutputFormat) throws {
        if format == .xlsx && output == nil {
            throw ValidationError(say(.usageXlsxOutput))
        }
    }

    /// Writes `bytes` to the file and says so with `summary` on standard output; without a
    /// file, writes them to standard output.
    func deliver(_ bytes: [UInt8], summary: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            let sink = try AtomicFileSink(path: output)
            do {
                try sink.write(bytes)
                try sink.commit()
            } catch {
                sink.discard()
                throw error
            }
        } catch {
            printError(say(.outputFailed, ["reason": CLI.language.describe(error, path: output)]))
            throw ExitCode(1)
        }
        print(say(.outputWrote, ["path": output, "summary": summary]))
    }
}
