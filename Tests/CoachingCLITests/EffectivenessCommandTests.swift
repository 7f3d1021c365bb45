import CoachingCore
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// `coaching efektivitas` run as an analyst runs it, on `coaching sample`'s simulated coaching.
@Suite("Effectiveness through the command line", .serialized)
struct EffectivenessCommandTests {
    typealias W = WorkflowTests

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(2)))
    func sampleWithAPlantedEffectThenTheReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("efektivitas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var run = try W.coaching(["sample", "--out", "data", "--agents", "300", "--periods", "8", "--effect", "aspek_kepatuhan_sop=+5"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("coaching sessions.\n"))
        run = try W.coaching(["efektivitas", "--reports", "data/laporan-kinerja.csv"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("No coaching session is on record"))
        // The office's language by default: the same refusal in Indonesian.
        let indonesian = try W.coaching(["efektivitas", "--reports", "data/laporan-kinerja.csv", "--lang", "id"], in: folder)
        #expect(indonesian.status == 1)
        #expect(indonesian.errors.hasPrefix("Belum ada sesi coaching yang tercatat: register tidak memuat Berita Acara yang disetujui dan --riwayat tidak diberikan."), "\(indonesian.errors)")
        run = try W.coaching(["effectiveness", "--reports", "data/laporan-kinerja.csv", "--riwayat", "data/riwayat-coaching.csv"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("Effectiveness report written to Output/efektivitas/2026-04_2026-11/: ") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("Effect of coaching: ") == true)
        let out = folder.appendingPathComponent("Output/efektivitas/2026-04_2026-11")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["efektivitas.csv", "efektivitas.json", "komitmen.csv", "laporan-efektivitas.html", "pembanding.csv", "ringkasan.csv"])
        let html = try String(contentsOf: out.appendingPathComponent("laporan-efektivitas.html"), encoding: .utf8)
        #expect(html.contains("<svg") && !html.contains("<script"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("Kepatuhan SOP"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("efektivitas.json"))) as? [String: Any]
        #expect((json?["units"] as? [Any])?.isEmpty == false)
        // Nothing half-written is left behind: the staging folder is gone.
        let staging = folder.appendingPathComponent("Output/.staging")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).isEmpty)
    }

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(1)))
    func aBadEffectIsAUsageError() throws {
        let run = try W.coaching(["sample", "--out", "/tmp/none", "--effect", "kepatuhan_sop"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.errors.contains("--effect must be ASPECT=+N"))
    }
    /// A session the register holds and `--riwayat` lists again counts once, with a warning
    /// naming the row (two units would narrow the interval falsely).
    @Test(.enabled(if: W.program != nil))
    func aSessionInTheRegisterAndTheListCountsOnce() throws {
        let (folder, workflow) = try PdfCommandTests.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: PdfCommandTests.ratna, on: CivilDate(year: 2026, month: 12, day: 11)!))
        let list = folder.appendingPathComponent("riwayat-coaching.csv")
        try """
            berita_acara,batch,nip,tanggal,pelatih,aspek,komitmen,target_komitmen
            BA-1/KLIP/2026,2026-001,198607282015091716,2026-11-27,Ratna Kusumawardani,kepatuhan_sop,,
            BA-9/KLIP/2025,2025-012,198607282015091716,2025-12-01,Ratna Kusumawardani,efisiensi,,

            """.write(to: list, atomically: true, encoding: .utf8)
        let example = repositoryRoot.appendingPathComponent("Examples")
        let settings = try Settings.load(example.appendingPathComponent("coaching.toml").path, language: .en)
        let outcome = try workflow.effectiveness(EffectivenessRequest(reports: [example.appendingPathComponent("laporan-kinerja.csv").path],
                                                                      history: list.path, from: nil, to: nil, settings: settings))
        #expect(outcome.notices.filter { $0.contains("already in the register") }
                == ["\(list.path):2: warning: BA-1/KLIP/2026 is already in the register; this row is left out so that the session counts once"])
        #expect(outcome.result.units.filter { $0.beritaAcara == "BA-1/KLIP/2026" && $0.aspect == "kepatuhan_sop" }.count == 1)
        #expect(outcome.result.units.contains { $0.beritaAcara == "BA-9/KLIP/2025" })
    }
}
