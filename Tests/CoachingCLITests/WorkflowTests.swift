import CoachingCore
import CoachingRegister
import CoachingWorkflow
import Foundation
import LibXML
import Testing
import TestSupport

/// The `coaching` program as the Penyaji, the Quality Assessors and the Kepala Seksi run it.
@Suite("Workflow through the command line", .serialized)
struct WorkflowTests {
    /// `swift test` builds the program beside the test bundle.
    static let program: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [beside, beside.deletingLastPathComponent(), repositoryRoot.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("coaching") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// `swift test` did not build the program beside the tests.
    struct ProgramMissing: Error, CustomStringConvertible {
        var description: String { "the coaching program was not built beside the tests" }
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    @discardableResult
    /// `language`: `COACHING_LANG` for the run. The suites written before the messages were
    /// Indonesian keep their English texts through `en`; `LanguageCommandTests` runs in `id`.
    static func coaching(_ arguments: [String], in folder: URL, language: String = "en") throws -> Run {
        let process = try start(arguments, in: folder, language: language)
        let out = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let err = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    static func start(_ arguments: [String], in folder: URL, language: String = "en") throws -> Process {
        let process = Process()
        guard let program else { throw ProgramMissing() }
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // The office key's default place is the folder's own, never the user's ~/.klip-coaching.
        var environment = ProcessInfo.processInfo.environment
        environment["COACHING_KEYS"] = folder.appendingPathComponent("kunci-bawaan").path
        // The example's approvals and receipt are dated December 2026: that far is today.
        environment["COACHING_TODAY"] = "2026-12-31"
        // An English locale, as office machines often have: it must not choose the language.
        environment["LANG"] = "en_US.UTF-8"
        environment["LC_ALL"] = "en_US.UTF-8"
        if language.isEmpty { environment.removeValue(forKey: "COACHING_LANG") } else { environment["COACHING_LANG"] = language }
        process.environment = environment
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }

    /// A working folder with the examples, scheduled once (batch 2026-001).
    static func scheduledFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["coaching.toml", "laporan-kinerja.csv", "rekomendasi-perbaikan.csv", "catatan-coaching.csv"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Examples/\(name)"), to: folder.appendingPathComponent(name))
        }
        let run = try coaching(["schedule", "--config", "coaching.toml", "--reports", "laporan-kinerja.csv",
                                "--recommendations", "rekomendasi-perbaikan.csv", "--assigned-on", "2026-11-25"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        return folder
    }

    /// Every file under `folder` (relative path → bytes), leaving out the register and staging.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            if path.hasPrefix(Register.fileName) || path.hasPrefix(".staging") { continue }
            // The batch's copy of its audit lines holds the real time each was recorded.
            if path.hasSuffix("/register/audit.csv") { continue }
            files[path] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// The register and the files agree: every registered document is on disk with the hashes
    /// recorded, and no Berita Acara is on disk without being registered.
    static func expectConsistent(_ out: URL) throws -> [RegisteredDocument] {
        let register = try Register(root: out, create: false)
        let documents = try register.read { try $0.documents(batch: BatchID(year: 2026, sequence: 1)) }
        for d in documents {
            for (path, hash) in [(d.htmlPath, d.htmlSHA256), (d.xmlPath, d.xmlSHA256)] {
                let data = FileManager.default.contents(atPath: out.appendingPathComponent(path).path)
                #expect(data.map { SHA256Digest.hex(Array($0)) } == hash, "\(path)")
            }
        }
        let folder = out.appendingPathComponent("2026/2026-001/berita-acara")
        let onDisk = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".xml") }
        #expect(onDisk.count == documents.count { $0.kind == .beritaAcara })
        return documents
    }

    @Test(.enabled(if: program != nil), .timeLimit(.minutes(3)))
    func fromScheduleToReceiptWithEveryCheck() throws {
        let folder = try Self.scheduledFolder()
        let out = folder.appendingPathComponent("Output")
        let batch = out.appendingPathComponent("2026/2026-001")
        var run = try Self.coaching(["minutes", "2026-001", "--notes", "catatan-coaching.csv"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Batch 2026-001, Jadwal JDW-1/KLIP/2026: 17 held, 1 absent, 2 pending.\nNew Berita Acara (KONSEP): BA-1/KLIP/2026, BA-2/KLIP/2026,"))
        let first = Self.snapshot(out)

        // The same notes again: same numbers, the same bytes, nothing rewritten.
        run = try Self.coaching(["minutes", "2026-001", "--notes", "catatan-coaching.csv"], in: folder)
        #expect(run.output.contains("Nothing changed: the minutes already match these notes."))
        #expect(run.output.contains("The batch is in ") && !run.output.contains("Written to"))
        #expect(Self.snapshot(out) == first)

        // Approval: the right person, forward in time, the Jadwal first.
        run = try Self.coaching(["approve", "2026-001", "--document", "berita-acara", "--by", "198012302010012005", "--on", "2026-12-11"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "error: the Jadwal JDW-1/KLIP/2026 is not approved yet; the SOP approves it (step 4) before the Berita Acara (step 8): coaching approve 2026-001 --document jadwal …\n")
        run = try Self.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "199001152015022001", "--on", "2026-11-26"], in: folder)
        #expect(run.errors == "error: NIP 199001152015022001 cannot approve: that is for the Kepala Seksi PKL, Ratna Kusumawardani (NIP 198012302010012005), as the batch's coaching.toml names in people.kepala_seksi_pkl\n")
        run = try Self.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-11-24"], in: folder)
        #expect(run.errors == "error: 24 November 2026 is before 25 November 2026, when the Jadwal was drafted; dates cannot go backwards\n")
        run = try Self.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-11-26"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let jadwal = try String(contentsOf: batch.appendingPathComponent("jadwal-coaching.html"), encoding: .utf8)
        #expect(!jadwal.contains("KONSEP") && jadwal.contains("Jakarta, 26 November 2026"))

        // A hand-edited draft is not approved as if it were the one drafted.
        let edited = batch.appendingPathComponent("berita-acara/sesi-002.html")
        let original = try Data(contentsOf: edited)
        try (String(decoding: original, as: UTF8.self) + "<!-- diubah -->").write(to: edited, atomically: true, encoding: .utf8)
        run = try Self.coaching(["approve", "2026-001", "--document", "berita-acara", "--by", "198012302010012005", "--on", "2026-12-11"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasSuffix("berita-acara/sesi-002.html (BA-2/KLIP/2026) was changed after coaching wrote it; restore it, or draw it again with coaching minutes\n"))
        try original.write(to: edited)

        run = try Self.coaching(["approve", "2026-001", "--document", "berita-acara", "--by", "198012302010012005", "--on", "2026-12-11"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let minutes = try String(contentsOf: batch.appendingPathComponent("berita-acara/sesi-001.html"), encoding: .utf8)
        #expect(!minutes.contains("KONSEP") && minutes.contains("Jakarta, 11 Desember 2026"))

        // Approved minutes do not change silently: a correction is a revision with a reason.
        let changed = try String(contentsOf: folder.appendingPathComponent("catatan-coaching.csv"), encoding: .utf8)
            .replacingOccurrences(of: "menilai 5 rekaman", with: "menilai 6 rekaman")
        try changed.write(to: folder.appendingPathComponent("catatan-2.csv"), atomically: true, encoding: .utf8)
        run = try Self.coaching(["minutes", "2026-001", "--notes", "catatan-2.csv"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasSuffix("\nerror: BA-1/KLIP/2026 (session 1) is approved and cannot change; to correct it, run again with --revise 1 --reason \"…\"\n"))

        run = try Self.coaching(["receive", "2026-001", "--by", "198012302010012005", "--on", "2026-12-14"], in: folder)
        #expect(run.errors == "error: NIP 198012302010012005 cannot receive the Berita Acara: that is for the Kepala Kantor, Bambang Suryadi (NIP 197205141998031002), as the batch's coaching.toml names in people.kepala_kantor\n")
        run = try Self.coaching(["receive", "2026-001", "--by", "197205141998031002", "--on", "2026-12-10"], in: folder)
        #expect(run.errors == "error: 10 December 2026 is before 11 December 2026, when BA-1/KLIP/2026 was approved; dates cannot go backwards\n")
        run = try Self.coaching(["receive", "2026-001", "--by", "197205141998031002", "--on", "2026-12-14"], in: folder)
        #expect(run.status == 0, "\(run.errors)")

        run = try Self.coaching(["status", "2026-001", "--today", "2026-12-14", "--format", "json"], in: folder)
        let status = try JSONDecoder().decode([BatchStatus].self, from: Data(run.output.utf8))
        #expect(status.first?.steps.map(\.progress) == [nil, nil, nil, nil, "18 of 20", "18 of 20", "18 of 20", "0 of 20"])
        #expect(status.first?.workingDaysLeft == 1 && status.first?.state == .berisiko)
        run = try Self.coaching(["status", "2026-001", "--today", "2026-12-14"], in: folder)
        #expect(run.output == """
            Batch 2026-001 · JDW-1/KLIP/2026 · AT RISK
              assigned 2026-11-25, deadline 2026-12-15; working days used 13 of 14, 1 left (as of 2026-12-14)
              [x] 1. Penugasan coaching diterima (Kepala Kantor), 2026-11-25
              [x] 2. Penugasan menyusun konsep Jadwal (Kepala Seksi PKL), 2026-11-25
              [x] 3. Konsep Jadwal Coaching (Penyaji Bahan Penilaian), 2026-11-25
                    with it, step 5's preparation: 20 lembar persiapan, 2 daftar Quality Assessor
              [x] 4. Jadwal Coaching disetujui (Kepala Seksi PKL), 2026-11-26 by Ratna Kusumawardani (198012302010012005)
                    with it, the distribution: 20 undangan, 8 kalender, 5 pemberitahuan Team Leader
              [ ] 7. Konsep Berita Acara (sesi dilaporkan) (Quality Assessor): 18 of 20, 2026-12-01
              [ ] 8. Berita Acara disetujui (Kepala Seksi PKL): 18 of 20, 2026-12-11 by Ratna Kusumawardani (198012302010012005)
              [ ] 9. Berita Acara diterima (Kepala Kantor): 18 of 20, 2026-12-14 by Bambang Suryadi (197205141998031002)
              [ ] 10. Diarsipkan (Penyaji Bahan Penilaian): 0 of 20
              absent: session 7, Hadi Wardani (200102202025091477), BA-7/KLIP/2026: no room for a make-up; goes to the next batch
              next: Quality Assessor: fill in the worksheet and run: coaching minutes 2026-001 --notes FILE

            """)

        // Every document the batch holds follows its schema.
        let documents = try Self.expectConsistent(out)
        #expect(documents.map(\.status).filter { $0 == .diterima }.count == 18)
        for d in documents {
            let xsd = switch d.kind {
            case .jadwal: "jadwal-coaching.xsd"
            case .beritaAcara: "berita-acara-coaching.xsd"
            case .tandaTerima: "tanda-terima-coaching.xsd"
            }
            let path = out.appendingPathComponent(d.xmlPath).path
            var log = DiagnosticLog()
            _ = XMLElementNode.read(InputFile(name: path, source: MemoryByteSource(Array(try Data(contentsOf: URL(fileURLWithPath: path))))), xsd: xsd, language: .en, log: &log)
            #expect(log.diagnostics.isEmpty, "\(path)")
        }
        let audit = try Register(root: out).read { try $0.auditLog(batch: BatchID(year: 2026, sequence: 1)) }
        // Drafts, approvals and receipts, and what the batch was made with: the settings and
        // the templates of the Jadwal and of the Berita Acara.
        #expect(audit.count == 2 + 18 * 2 + 2 + 18 * 2 + 18 + 3 + 2 + 2, "… the Tanda Terima's two files, the preparation and the distribution")
        #expect(audit.filter { ["pengaturan", "templat"].contains($0.action) }.map { String($0.detail.prefix(12)) } == ["peran: kepal", "jadwal: bawa", "berita acara"])
    }

    @Test(.enabled(if: program != nil), .timeLimit(.minutes(2)))
    func notesWithAnErrorWriteNothingUnlessOnlyTheValidAreAskedFor() throws {
        let folder = try Self.scheduledFolder()
        let out = folder.appendingPathComponent("Output")
        // Session 2 is said to be someone else's.
        var lines = try String(contentsOf: folder.appendingPathComponent("catatan-coaching.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("2;") })
        lines[index] = lines[index].replacingOccurrences(of: ";199704272022092298;", with: ";198607282015091716;")
        try lines.joined(separator: "\r\n").write(to: folder.appendingPathComponent("salah.csv"), atomically: true, encoding: .utf8)
        let before = Self.snapshot(out)
        var run = try Self.coaching(["minutes", "2026-001", "--notes", "salah.csv"], in: folder)
        #expect(run.status == 1)
        // Warnings (commitments due on Christmas Day) first, sorted by place, then the error.
        #expect(run.errors.components(separatedBy: "\n").filter { !$0.contains(": warning: ") }.joined(separator: "\n") == """
            salah.csv:5:26: error: session 2 is for Ayu Tanjung (NIP 199704272022092298), not NIP 198607282015091716 (nip)
            The notes have errors (above); nothing was written. Fix them, or use --only-valid to write the minutes of the sessions in order.

            """)
        #expect(Self.snapshot(out) == before)
        run = try Self.coaching(["minutes", "2026-001", "--notes", "salah.csv", "--only-valid"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("16 held, 1 absent, 3 pending."))
        #expect(run.output.contains("  pending: session 2, Ayu Tanjung (199704272022092298): its row has errors"))
        #expect(try Self.expectConsistent(out).count { $0.kind == .beritaAcara } == 17)
    }

    @Test(.enabled(if: program != nil), .timeLimit(.minutes(2)))
    func runsAtTheSameMomentGetDifferentNumbersAndNobodyIsScheduledTwice() throws {
        let folder = try Self.scheduledFolder()
        // Three offices' reports (other people), scheduled at once, plus one more run on the
        // examples, whose people the first batch already has: it must find them taken.
        for seed in 1...3 {
            try Self.coaching(["sample", "--out", "kantor-\(seed)", "--agents", "20", "--periods", "1", "--seed", "\(seed)"], in: folder)
        }
        var runs = try (1...3).map { seed in
            try Self.start(["schedule", "--config", "coaching.toml", "--reports", "kantor-\(seed)/laporan-kinerja.csv",
                            "--recommendations", "kantor-\(seed)/rekomendasi-perbaikan.csv", "--assigned-on", "2026-11-26"], in: folder)
        }
        runs.append(try Self.start(["schedule", "--config", "coaching.toml", "--reports", "laporan-kinerja.csv",
                                    "--recommendations", "rekomendasi-perbaikan.csv", "--assigned-on", "2026-11-26"], in: folder))
        for run in runs { run.waitUntilExit(); #expect(run.terminationStatus == 0) }
        let last = (runs[3].standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        #expect(String(decoding: last, as: UTF8.self).contains("sudah dijadwalkan coaching pada 27 November 2026 dalam batch sebelumnya"))
        let register = try Register(root: folder.appendingPathComponent("Output"))
        let batches = try register.read { try $0.batches() }
        #expect(batches.map(\.id.description) == ["2026-001", "2026-002", "2026-003", "2026-004"])
        let numbers = try batches.flatMap { b in try register.read { try $0.documents(batch: b.id).map(\.number.description) } }
        #expect(numbers.sorted() == ["JDW-1/KLIP/2026", "JDW-2/KLIP/2026", "JDW-3/KLIP/2026", "JDW-4/KLIP/2026"])
    }

    @Test(.enabled(if: program != nil), .timeLimit(.minutes(3)))
    func anApprovedBeritaAcaraIsCorrectedOnlyAsARevision() throws {
        let folder = try Self.scheduledFolder()
        let batch = folder.appendingPathComponent("Output/2026/2026-001")
        for command in [["minutes", "2026-001", "--notes", "catatan-coaching.csv"],
                        ["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-11-26"],
                        ["approve", "2026-001", "--document", "berita-acara", "--by", "198012302010012005", "--on", "2026-12-11"]] {
            let run = try Self.coaching(command, in: folder)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
        let approved = try Data(contentsOf: batch.appendingPathComponent("berita-acara/sesi-001.html"))
        // Only session 1's follow-up changes.
        var notes = try Data(contentsOf: folder.appendingPathComponent("catatan-coaching.csv"))
        let first = try #require(notes.range(of: Data("\r\n1;".utf8)))
        let phrase = Data("menilai 5 rekaman".utf8)
        let at = try #require(notes.range(of: phrase, in: first.upperBound..<notes.endIndex))
        notes.replaceSubrange(at, with: Data("menilai 6 rekaman".utf8))
        try notes.write(to: folder.appendingPathComponent("koreksi.csv"))

        let run = try Self.coaching(["minutes", "2026-001", "--notes", "koreksi.csv", "--revise", "1", "--reason", "Salah ketik jumlah rekaman"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Revised (KONSEP again): BA-1/KLIP/2026\nUnchanged: 17 Berita Acara already match their notes.\n"))
        // The approved version is kept beside the correction, which is a draft again.
        #expect(try Data(contentsOf: batch.appendingPathComponent("berita-acara/revisi/sesi-001-r0.html")) == approved)
        let corrected = try String(contentsOf: batch.appendingPathComponent("berita-acara/sesi-001.html"), encoding: .utf8)
        #expect(corrected.contains("Revisi ke-1: Salah ketik jumlah rekaman") && corrected.contains("KONSEP") && corrected.contains("menilai 6 rekaman"))
        let documents = try Self.expectConsistent(folder.appendingPathComponent("Output"))
        let ba1 = try #require(documents.first { $0.number.description == "BA-1/KLIP/2026" })
        #expect(ba1.status == .konsep && ba1.revision == 1 && ba1.approvedOn == nil)
        #expect(documents.filter { $0.kind == .beritaAcara && $0.number.description != "BA-1/KLIP/2026" }.allSatisfy { $0.status == .disetujui })
        let register = try Register(root: folder.appendingPathComponent("Output"), create: false)
        // (The minutes came before the Jadwal's approval here, so this run also sends session 7's cancellation.)
        let audit = try register.read { try $0.auditLog(batch: BatchID(year: 2026, sequence: 1)) }.filter { $0.action != "didistribusikan" }.suffix(2)
        #expect(audit.map(\.action) == ["revisi", "revisi"] && audit.allSatisfy { $0.detail.hasPrefix("revisi ke-1: Salah ketik jumlah rekaman; ") })
    }

    /// Runs `command` on copies of `base`, killed at moments spread over its usual run time,
    /// and checks what the SOP's records office needs: the register opens, the next command
    /// finishes a committed run, register and files agree, the outcome is all or nothing, and
    /// running again gives exactly the files of an undisturbed run.
    private func killAtRandomMoments(_ command: [String], base: URL, outcome: ([RegisteredDocument]) -> String,
                                     trials: Int = 16) throws -> [String: Int] {
        let reference = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: base, to: reference)
        let started = Date()
        #expect(try Self.coaching(command, in: reference).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = Self.snapshot(reference.appendingPathComponent("Output"))

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String: Int] = [:]
        for trial in 0..<trials {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("killed-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: base, to: folder)
            let out = folder.appendingPathComponent("Output")
            let process = try Self.start(command, in: folder)
            // Spread over the whole run and past its usual end: runs beside other tests take
            // longer than the reference, and some kills must land after the commit.
            let delay = Double(trial) / Double(trials) * duration * 2 + Double.random(in: 0...0.01, using: &generator)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            // The register opens (SQLite rolled back or kept the commit), then any command
            // finishes what was committed.
            _ = try Register(root: out, create: false)
            let status = try Self.coaching(["status", "2026-001", "--today", "2026-12-01"], in: folder)
            #expect(status.status == 0, "\(status.errors)")
            outcomes[outcome(try Self.expectConsistent(out)), default: 0] += 1

            let again = try Self.coaching(command, in: folder)
            #expect(again.status == 0, "\(again.errors)")
            #expect(Self.snapshot(out) == expected, "trial \(trial)")
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".staging").path)) ?? []
            #expect(leftovers.isEmpty, "trial \(trial): \(leftovers)")
        }
        return outcomes
    }

    @Test(.enabled(if: program != nil), .timeLimit(.minutes(5)))
    func aKilledMinutesRunLeavesTheRegisterAndTheBatchWhole() throws {
        let outcomes = try killAtRandomMoments(["minutes", "2026-001", "--notes", "catatan-coaching.csv"], base: try Self.scheduledFolder()) {
            "\($0.count { $0.kind == .beritaAcara }) minutes"
        }
        // All or nothing, and both happened: the kills landed before and after the commit.
        #expect(Set(outcomes.keys) == ["0 minutes", "18 minutes"], "\(outcomes)")
    }

    @Test(.enabled(if: program != nil), .timeLimit(.minutes(5)))
    func aKilledApprovalLeavesTheRegisterAndTheBatchWhole() throws {
        let base = try Self.scheduledFolder()
        try Self.coaching(["minutes", "2026-001", "--notes", "catatan-coaching.csv"], in: base)
        try Self.coaching(["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-11-26"], in: base)
        let outcomes = try killAtRandomMoments(["approve", "2026-001", "--document", "berita-acara", "--by", "198012302010012005",
                                                "--on", "2026-12-11"], base: base) {
            "\($0.count { $0.kind == .beritaAcara && $0.status == .disetujui }) approved"
        }
        #expect(Set(outcomes.keys).isSubset(of: ["0 approved", "18 approved"]), "\(outcomes)")
    }
}
