import ArgumentParser
import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

/// A batch as the later steps (minutes, approve, receive, status) find it: its register entry,
/// its folder, the settings it was made with and its Jadwal.
struct BatchContext {
    let register: Register
    let staged: StagedFiles
    let batch: RegisteredBatch
    let folder: URL
    let configuration: Configuration
    let jadwal: JadwalRecord

    /// `name` is a batch id (`2026-001`) or its folder (`Output/2026/2026-001`).
    static func open(_ name: String, out: String) throws -> BatchContext {
        var out = out, id = name
        if name.contains("/") {
            let url = URL(fileURLWithPath: name).standardizedFileURL
            id = url.lastPathComponent
            out = url.deletingLastPathComponent().deletingLastPathComponent().path
        }
        var timer = StageTimer()
        let (register, staged) = try RegisterAccess.open(out, create: false)
        timer.mark("  open the register")
        guard let batch = try register.read({ try $0.batch(id) }) else {
            let known = (try? register.read { try $0.batches().map(\.id) }) ?? []
            printError("error: there is no batch \(id) in the register under \(out)\(known.isEmpty ? "" : "; batches: " + known.joined(separator: ", "))")
            throw ExitCode(1)
        }
        let folder = URL(fileURLWithPath: out).appendingPathComponent(batch.folder)
        let settingsPath = folder.appendingPathComponent("coaching.toml").path
        guard let data = FileManager.default.contents(atPath: settingsPath) else {
            printError("error: the batch's settings \(settingsPath) are missing; the batch folder is incomplete")
            throw ExitCode(1)
        }
        let (configuration, diagnostics) = ConfigurationLoader().load(text: String(decoding: data, as: UTF8.self), file: settingsPath)
        for d in diagnostics { printError(d.formatted) }
        guard let configuration else { throw ExitCode(1) }
        timer.mark("  read the batch's settings")
        let jadwalPath = folder.appendingPathComponent("jadwal-coaching.xml").path
        guard let jadwalBytes = FileManager.default.contents(atPath: jadwalPath).map({ Array($0) }) else {
            printError("error: the batch's Jadwal \(jadwalPath) is missing")
            throw ExitCode(1)
        }
        // The register knows what was written: a Jadwal that matches needs no schema check.
        let registered = try register.read { try $0.documents(batch: batch.id, kind: .jadwal).first }
        guard let registered, SHA256Digest.hex(jadwalBytes) == registered.xmlSHA256 else {
            printError("error: \(jadwalPath) is not the Jadwal the register recorded for batch \(batch.id) (changed or replaced after it was written); restore it from a copy or an archive package")
            throw ExitCode(1)
        }
        var log = DiagnosticLog()
        let jadwal = JadwalReader.readConfirmed(jadwalBytes, name: jadwalPath, log: &log)
        for d in log.sorted { printError(d.formatted) }
        timer.mark("  read the Jadwal")
        guard let jadwal else {
            printError("error: the batch's Jadwal \(jadwalPath) cannot be read")
            throw ExitCode(1)
        }
        return BatchContext(register: register, staged: staged, batch: batch, folder: folder, configuration: configuration, jadwal: jadwal)
    }

    /// Path relative to the output root, as the register keeps it.
    func path(_ name: String) -> String { "\(batch.folder)/\(name)" }

    /// Loads a template of the batch's documents, stopping with its place on a problem.
    static func template(_ folder: TemplateFolder, _ name: String, schema: TemplateSchema) throws -> Template {
        do {
            return try folder.load(name, schema: schema)
        } catch let error as TemplateError {
            printError("\(error.file):\(error.line):\(error.column): error: \(error.message)")
            printError("The templates have an error; nothing was written.")
            throw ExitCode(1)
        }
    }
}
