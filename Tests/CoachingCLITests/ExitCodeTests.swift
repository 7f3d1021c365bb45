import Foundation
import Testing
import TestSupport

/// The exit codes the office's scripts rely on: 0 done, 1 a problem in the inputs, the register
/// or a refusal, 64 a wrong command line; the words on standard error say which.
@Suite("Exit codes through the command line", .serialized)
struct ExitCodeTests {
    typealias W = WorkflowTests

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func eachKindOfProblemHasItsCodeAndItsWords() throws {
        let folder = try W.scheduledFolder()
        var run = try W.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "1980", "--on", "2026-11-26"], in: folder)
        #expect(run.status == 64 && run.errors == "error: --by 1980 is not a NIP (18 digits)\n")
        run = try W.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-13-01"], in: folder)
        #expect(run.status == 64 && run.errors.hasPrefix("Error: The value '2026-13-01' is invalid for '--on <yyyy-mm-dd>'"))
        run = try W.coaching(["find", "--nip", "12345"], in: folder)
        #expect(run.status == 64)
        run = try W.coaching(["status", "2026-999"], in: folder)
        #expect(run.status == 1 && run.errors == "error: there is no batch 2026-999 in the register under Output; batches: 2026-001\n")
        run = try W.coaching(["minutes", "2026-001", "--notes", "tidak-ada.csv"], in: folder)
        #expect(run.status == 1 && run.errors == "error: tidak-ada.csv is not found; check the file's name and folder\n")
        run = try W.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "197205141998031002", "--on", "2026-11-26"], in: folder)
        #expect(run.status == 1 && run.errors.hasPrefix("error: NIP 197205141998031002 cannot approve: that is for the Kepala Seksi PKL"))
        run = try W.coaching(["status", "2026-001", "--today", "2026-11-26"], in: folder)
        #expect(run.status == 0 && run.errors.isEmpty)
    }

    /// A lost register: status says what to do, `register rebuild` does it, and a second rebuild is refused.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func aLostRegisterIsRebuiltFromTheCommandLine() throws {
        let folder = try W.scheduledFolder()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Output/register.sqlite"))
        var run = try W.coaching(["status"], in: folder)
        #expect(run.status == 1 && run.errors.hasSuffix("or rebuild it from the batch folders with coaching register rebuild; nothing was changed\n"))
        run = try W.coaching(["register", "rebuild"], in: folder)
        #expect(run.status == 0 && run.errors.isEmpty)
        #expect(run.output == """
            Rebuilt the register \(folder.appendingPathComponent("Output").path)/register.sqlite from 1 batch folder:
              2026-001: 1 document, 5 audit lines
            Numbering continues after JDW-1/KLIP/2026.

            """)
        // A healthy register: a plain notice, exit 0, nothing on standard error.
        run = try W.coaching(["register", "rebuild"], in: folder)
        #expect(run.status == 0 && run.errors.isEmpty && run.output == "The register \(folder.appendingPathComponent("Output").path)/register.sqlite is in place and readable; there is nothing to rebuild.\n", "\(run.output)\(run.errors)")
        run = try W.coaching(["register", "rebuild"], in: folder, language: "")
        #expect(run.status == 0 && run.errors.isEmpty && run.output == "Register \(folder.appendingPathComponent("Output").path)/register.sqlite ada dan dapat dibaca; tidak ada yang perlu dibangun ulang.\n", "\(run.output)\(run.errors)")
        run = try W.coaching(["status", "2026-001", "--today", "2026-11-26"], in: folder)
        #expect(run.status == 0)
    }

    /// Issue #15: `check` takes today from the clock (`COACHING_TODAY=2026-12-31` here) and
    /// refuses a NIP whose start of service is in a month still to come.
    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func checkRefusesANIPDatedAfterToday() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([Fixture.header, Fixture.leader, "2026-10,199001152027012001,Ani,Agen Informasi,Tim 1,198609262015051001,6,81,80,300"]
            .joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("laporan.csv"))
        let run = try W.coaching(["check", "laporan.csv"], in: folder)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("laporan.csv:3:9: error: digits 9–14 of a NIP are the start of service (YYYYMM), and 202701 is after this month (2026-12) (nip)\n"),
                "\(run.output)")
    }
}
