import CoachingCore
import CoachingRegister
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// `coaching lampirkan` as the office runs it: the example batch printed by `coaching pdf`, its
/// PDFs signed with pyHanko (`Scripts/make-signed-pdfs --sign-batch`, a throwaway authority),
/// then handed back: the good ones recorded, every refusal of issue #16 with its exact reason,
/// shown by status, find and the archive's index, packaged, and checked again by verify.
@Suite("coaching lampirkan", .serialized)
struct AttachCommandTests {
    typealias P = PdfCommandTests

    /// python3 as the PATH finds it (pyHanko may live in a pyenv or a virtual environment); its exit status.
    static func python(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static let pyHanko = python(["-c", "import pyhanko"]) == 0
    static let available = P.available && pyHanko

    /// The example batch approved and received, printed, an office key made, and the first two
    /// Berita Acara signed (the first with a timestamp, B-T) with the spoiled copies of the first.
    static func signedBatch() throws -> URL {
        let (folder, workflow) = try P.batchWithMinutes()
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: P.ratna, on: P.day(12, 11)))
        _ = try workflow.receive(ReceiptRequest(batch: "2026-001", by: P.bambang, on: P.day(12, 14)))
        for command in [["pdf", "2026-001"], ["keygen", "--to", "keys"]] {
            let run = try P.coaching(command, in: folder)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
        let batch = "Output/2026/2026-001/"
        let signing = python([repositoryRoot.appendingPathComponent("Scripts/make-signed-pdfs").path, folder.appendingPathComponent("ttd").path,
                              "--sign-batch", folder.appendingPathComponent(batch + "berita-acara/sesi-001.pdf").path,
                              folder.appendingPathComponent(batch + "berita-acara/sesi-002.pdf").path])
        #expect(signing == 0, "Scripts/make-signed-pdfs --sign-batch failed")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("akar"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("ttd/ca.pem"), to: folder.appendingPathComponent("akar/ca.pem"))
        let settings = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/coaching.toml"), encoding: .utf8)
        try (settings + "\n[signatures]\ntrust_roots = \"akar\"\n").write(to: folder.appendingPathComponent("kantor.toml"), atomically: true, encoding: .utf8)
        return folder
    }

    static let notChecked = "Certificate chains not checked (rantai sertifikat tidak diperiksa): no root certificates are configured (signatures.trust_roots in coaching.toml).\n"
    static let checked = "Certificate chains checked against 1 root certificate in "
    static let extendsFirst = "  It extends the PDF of BA-1/KLIP/2026 (Output/2026/2026-001/berita-acara/sesi-001.pdf).\n"
    static let noMatch = "  It does not begin with any PDF printed for batch 2026-001: a signed copy of another batch's document, of a PDF printed again since, or of a PDF changed before signing. Sign the PDF coaching pdf wrote in the batch folder, then attach it again.\n"

    /// A registered PDF copied byte for byte, never signed: refused because it carries no
    /// signature, not as a PDF the batch never printed.
    @Test(.enabled(if: P.available, "chromium, pdfinfo and pdftotext are needed to print the batch"), .timeLimit(.minutes(5)))
    func anUnsignedCopyOfAPrintedPDFIsRefusedAsCarryingNoSignature() throws {
        let (folder, workflow) = try P.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, by: P.ratna, on: P.day(12, 11)))
        var run = try P.coaching(["pdf", "2026-001"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("Output/2026/2026-001/berita-acara/sesi-001.pdf"),
                                         to: folder.appendingPathComponent("salinan.pdf"))
        run = try P.coaching(["lampirkan", "2026-001", "salinan.pdf"], in: folder, environment: ["COACHING_LANG": ""])
        #expect(run.status == 1)
        #expect(run.errors == "ditolak: salinan.pdf\n  Berkas ini tidak memuat tanda tangan elektronik.\n"
            + "  Berkas ini sama persis dengan PDF BA-1/KLIP/2026 (Output/2026/2026-001/berita-acara/sesi-001.pdf) yang dicetak coaching pdf, belum ditandatangani: "
            + "tandatangani PDF itu secara elektronik, lalu lampirkan salinan bertanda tangannya.\n", "\(run.errors)")
        #expect(run.output.hasSuffix("Lampirkan: 0 dilampirkan, 0 sudah tercatat, 1 ditolak.\n"), "\(run.output)")
        run = try P.coaching(["lampirkan", "2026-001", "salinan.pdf", "--lang", "en"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "ditolak: salinan.pdf\n  The file carries no electronic signature.\n"
            + "  It is the PDF of BA-1/KLIP/2026 (Output/2026/2026-001/berita-acara/sesi-001.pdf) exactly as coaching pdf printed it, not signed: "
            + "sign that PDF electronically, then attach the signed copy.\n", "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/2026/2026-001/ttd").path))
    }

    @Test(.enabled(if: available, "chromium, pdfinfo, pdftotext and pyHanko (pip install pyhanko) are needed: lampirkan is not tested end to end"),
          .timeLimit(.minutes(5)))
    func signedPDFsAreCheckedRecordedShownPackagedAndVerified() throws {
        let folder = try Self.signedBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = ["--config", "kantor.toml"]
        let signedFolder = folder.appendingPathComponent("Output/2026/2026-001/ttd")

        // Every spoiled file refused, each with its reasons; nothing recorded.
        var run = try P.coaching(["lampirkan", "2026-001", "ttd/first-tampered.pdf", "ttd/first-truncated.pdf", "ttd/first-signed-twice.pdf",
                                  "ttd/first-unknown-authority.pdf", "ttd/other-signed.pdf", "ttd/first-changed-signed.pdf", "ttd/ca.pem"] + config, in: folder)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix(Self.checked) && run.output.hasSuffix("akar.\nLampirkan: 0 attached, 0 already on record, 7 refused.\n"), "\(run.output)")
        let errors = run.errors.components(separatedBy: "ditolak: ").dropFirst().map { "ditolak: " + $0 }
        #expect(errors.count == 7, "\(run.errors)")
        if errors.count == 7 {
            #expect(errors[0].hasPrefix("ditolak: ttd/first-tampered.pdf\n" + Self.extendsFirst
                + "  The document was changed after it was signed: its bytes no longer match the signature.\n  Signed by Ratna Sari, NIP 198012302010012005.\n"), "\(errors[0])")
            #expect(errors[1] == "ditolak: ttd/first-truncated.pdf\n" + Self.extendsFirst
                + "  The signed file cannot be read: the file does not end as a PDF does (%%EOF is missing at the end): it may have been cut short.\n")
            #expect(errors[2] == "ditolak: ttd/first-signed-twice.pdf\n" + Self.extendsFirst + "  The document was signed 2 times; one signature per document is accepted.\n")
            #expect(errors[3].hasPrefix("ditolak: ttd/first-unknown-authority.pdf\n" + Self.extendsFirst + "  Signed by Ratna Sari, NIP 198012302010012005.\n"))
            #expect(errors[3].hasSuffix("  Certificate chain not trusted (unknown authority: no chain leads to a root certificate the office supplied).\n"))
            #expect(errors[4] == "ditolak: ttd/other-signed.pdf\n" + Self.noMatch)
            #expect(errors[5] == "ditolak: ttd/first-changed-signed.pdf\n" + Self.noMatch)
            #expect(errors[6] == "ditolak: ttd/ca.pem\n  It is not a PDF: a signed copy is the PDF the signing service (BSrE, SRIKANDI) returns.\n")
        }
        #expect(!FileManager.default.fileExists(atPath: signedFolder.path))

        // The good ones, together: recorded, with the signer, the time and the trust.
        run = try P.coaching(["lampirkan", "2026-001", "ttd/sesi-001-signed.pdf", "ttd/sesi-002-signed.pdf"] + config, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 11, "\(run.output)")
        if lines.count == 11 {
            #expect(lines[0] == "dilampirkan: BA-1/KLIP/2026 ← ttd/sesi-001-signed.pdf → Output/2026/2026-001/ttd/berita-acara/sesi-001-ttd.pdf")
            #expect(lines[1] == "  Signed by Ratna Sari, NIP 198012302010012005.")
            #expect(lines[2].hasPrefix("  Signed at ") && lines[2].hasSuffix(" UTC, by a timestamp on this signature (the timestamp authority's own signature is not checked)."))
            #expect(lines[3] == "  Certificate chain trusted (a root certificate the office supplied).")
            #expect(lines[4] == "dilampirkan: BA-2/KLIP/2026 ← ttd/sesi-002-signed.pdf → Output/2026/2026-001/ttd/berita-acara/sesi-002-ttd.pdf")
            #expect(lines[6].hasSuffix(" UTC, as the signing software states (no timestamp)."))
            #expect(lines[9] == "Lampirkan: 2 attached, 0 already on record, 0 refused.")
        }
        let signed = try Data(contentsOf: folder.appendingPathComponent("ttd/sesi-001-signed.pdf"))
        #expect(try Data(contentsOf: signedFolder.appendingPathComponent("berita-acara/sesi-001-ttd.pdf")) == signed)

        // The same file again: on record, nothing changed, exit 0.
        run = try P.coaching(["lampirkan", "2026-001", "ttd/sesi-001-signed.pdf"], in: folder)
        #expect(run.status == 0)
        #expect(run.output == "sudah ada: BA-1/KLIP/2026 ← ttd/sesi-001-signed.pdf is already on record as Output/2026/2026-001/ttd/berita-acara/sesi-001-ttd.pdf; nothing changed\n"
            + Self.notChecked + "Lampirkan: 0 attached, 1 already on record, 0 refused.\n")

        // Another signature of a document already signed: refused, naming the signed copy and its signer.
        run = try P.coaching(["lampirkan", "2026-001", "ttd/first-unknown-authority.pdf"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "ditolak: ttd/first-unknown-authority.pdf\n  BA-1/KLIP/2026 is already signed: sudah ada salinan bertanda tangan Output/2026/2026-001/ttd/berita-acara/sesi-001-ttd.pdf oleh Ratna Sari (NIP 198012302010012005). One signed copy is kept per document.\n")

        // coaching pdf leaves the PDF a signed copy extends as it is.
        run = try P.coaching(["pdf", "2026-001", "--document", "BA-1/KLIP/2026"], in: folder)
        #expect(run.status == 0 && run.output == "sudah ada: BA-1/KLIP/2026 → 2026/2026-001/berita-acara/sesi-001.pdf\nPDF: 0 printed, 1 already there.\n", "\(run.output)")

        // status, find and the archive's index say who signed.
        run = try P.coaching(["status", "2026-001"], in: folder)
        #expect(run.output.contains("  signed copies: 2\n    BA-1/KLIP/2026: signed by Ratna Sari (NIP 198012302010012005)\n    BA-2/KLIP/2026: signed by Ratna Sari (NIP 198012302010012005)\n"), "\(run.output)")
        run = try P.coaching(["find", "--number", "BA-2/KLIP/2026"], in: folder)
        #expect(run.output.contains("\n    signed by Ratna Sari (NIP 198012302010012005): \(signedFolder.path)/berita-acara/sesi-002-ttd.pdf\n"), "\(run.output)")
        run = try P.coaching(["archive", "2026-001", "--on", "2026-12-15"] + ArchiveTests.key, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let index = try String(contentsOf: folder.appendingPathComponent("Output/2026/2026-001/index.html"), encoding: .utf8)
        #expect(index.contains("<br><a href=\"ttd/berita-acara/sesi-001-ttd.pdf\">PDF bertanda tangan</a> oleh Ratna Sari (NIP 198012302010012005)</td>"))

        // The package holds the signed PDFs, listed with their signer; verify checks them again.
        let package = try PackageFiles(folder.appendingPathComponent(ArchiveTests.package))
        #expect(package.files["ttd/berita-acara/sesi-002-ttd.pdf"].map { Data($0) } == (try Data(contentsOf: folder.appendingPathComponent("ttd/sesi-002-signed.pdf"))))
        let manifest = String(decoding: package.files["manifest.xml"] ?? [], as: UTF8.self)
        #expect(manifest.contains(" jenis=\"bertanda-tangan\" nomor=\"BA-1/KLIP/2026\" dasar=\"berita-acara/sesi-001.pdf\" penandatangan=\"Ratna Sari\" nomorIdentitas=\"198012302010012005\" waktuTandaTangan=\""))
        run = try P.coaching(["verify", ArchiveTests.package] + ArchiveTests.publicKey, in: folder)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("note: 2 signed PDFs checked again against the PDF each extends (prefix, byte range, digest, signature); certificate chains are not judged again here (lampirkan recorded the trust)\nOK \(ArchiveTests.package): "))

        // A signed PDF edited inside the extracted package fails verify, by name.
        let extracted = folder.appendingPathComponent("ekstrak/2026-001")
        for (path, bytes) in package.files {
            let url = extracted.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        var edited = package.files["ttd/berita-acara/sesi-001-ttd.pdf"]!
        edited[edited.count - 100] ^= 0x01
        try Data(edited).write(to: extracted.appendingPathComponent("ttd/berita-acara/sesi-001-ttd.pdf"))
        run = try P.coaching(["verify", "ekstrak"] + ArchiveTests.publicKey, in: folder)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("FAIL ttd/berita-acara/sesi-001-ttd.pdf: its content changed (SHA-256 "), "\(run.output)")

        // The signed copies come back with a rebuilt register.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path) where name.hasPrefix("register.sqlite") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("Output/\(name)"))
        }
        run = try P.coaching(["register", "rebuild"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        run = try P.coaching(["status", "2026-001"], in: folder)
        #expect(run.output.contains("  signed copies: 2\n    BA-1/KLIP/2026: signed by Ratna Sari (NIP 198012302010012005)\n"), "\(run.output)")
    }

    @Test(.enabled(if: available, "chromium, pdfinfo, pdftotext and pyHanko (pip install pyhanko) are needed: lampirkan is not tested end to end"),
          .timeLimit(.minutes(3)))
    func aSignedDraftIsRefusedSoThatTheFinalDocumentCanStillBePrinted() throws {
        let (folder, _) = try P.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        var run = try P.coaching(["pdf", "2026-001", "--document", "BA-1/KLIP/2026"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(Self.python([repositoryRoot.appendingPathComponent("Scripts/make-signed-pdfs").path, folder.appendingPathComponent("ttd").path, "--sign-batch",
                        folder.appendingPathComponent("Output/2026/2026-001/berita-acara/sesi-001.pdf").path]) == 0)
        run = try P.coaching(["lampirkan", "2026-001", "ttd/sesi-001-signed.pdf"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "ditolak: ttd/sesi-001-signed.pdf\n  BA-1/KLIP/2026 is still a draft (konsep): the signed PDF shows KONSEP. Record the approval (coaching approve), print again with coaching pdf 2026-001, and sign the final PDF.\n")

        // Approved since: the PDF signed was printed from the draft, not the document as it stands.
        run = try P.coaching(["approve", "2026-001", "--document", "berita-acara", "--by", P.ratna, "--on", "2026-12-11"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        run = try P.coaching(["lampirkan", "2026-001", "ttd/sesi-001-signed.pdf"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "ditolak: ttd/sesi-001-signed.pdf\n  It extends the PDF of BA-1/KLIP/2026 printed before the document changed (Output/2026/2026-001/berita-acara/sesi-001.html was redrawn since, at approval or receipt): print it again with coaching pdf 2026-001 and sign the new PDF.\n")
    }

    @Test(.enabled(if: WorkflowTests.program != nil), .timeLimit(.minutes(3)))
    func aScanIsKeptAsEvidenceOfItsDocumentOnly() throws {
        let (folder, _) = try P.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array("pindaian".utf8)).write(to: folder.appendingPathComponent("pindai.jpg"))
        try Data("bukan gambar".utf8).write(to: folder.appendingPathComponent("catatan.txt"))

        var run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-99/KLIP/2026", "pindai.jpg"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "error: BA-99/KLIP/2026 is not a document of batch 2026-001, so pindai.jpg is not attached; its documents are JDW-1/KLIP/2026 … BA-20/KLIP/2026 (21) and rekap\n")
        run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-3/KLIP/2026", "catatan.txt"], in: folder)
        #expect(run.status == 1 && run.errors == "ditolak: catatan.txt\n  It is neither a PDF, a JPEG nor a PNG: scan the signed paper to one of these.\n")
        run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-3/KLIP/2026", "pindai.jpg"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "dilampirkan: BA-3/KLIP/2026 ← pindai.jpg → Output/2026/2026-001/pindaian/berita-acara/sesi-003-pindaian.jpg\n  A scan of the paper signed in ink (pindaian), kept as evidence: the signature on it is not checked.\nLampirkan: 1 attached, 0 already on record, 0 refused.\n")
        run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-3/KLIP/2026", "pindai.jpg"], in: folder)
        #expect(run.status == 0 && run.output.hasPrefix("sudah ada: BA-3/KLIP/2026 ← pindai.jpg is already on record as Output/2026/2026-001/pindaian/berita-acara/sesi-003-pindaian.jpg; nothing changed\n"))
        run = try P.coaching(["status", "2026-001"], in: folder)
        #expect(run.output.contains("  signed copies: 1\n    BA-3/KLIP/2026: scan of the paper signed in ink (pindaian)\n"))

        // A signed PDF that matches nothing (no PDF printed yet), and roots named but missing.
        run = try P.coaching(["lampirkan", "2026-001", "pindai.jpg", "catatan.txt"], in: folder)
        #expect(run.status == 1 && run.errors.hasSuffix("ditolak: catatan.txt\n  It is not a PDF: a signed copy is the PDF the signing service (BSrE, SRIKANDI) returns.\n"))
        try "[signatures]\ntrust_roots = \"akar\"\n".write(to: folder.appendingPathComponent("kantor.toml"), atomically: true, encoding: .utf8)
        run = try P.coaching(["lampirkan", "2026-001", "pindai.jpg", "--config", "kantor.toml"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "error: the folder of root certificates \(folder.standardizedFileURL.path)/akar (signatures.trust_roots in kantor.toml) does not exist; put the office's root certificates (PEM or DER) there, or remove the setting to attach without checking the chains\n", "\(run.errors)")
    }

    @Test(.enabled(if: WorkflowTests.program != nil), .timeLimit(.minutes(3)))
    func lampirkanRefusesAndKeepsAScanInIndonesian() throws {
        let (folder, _) = try P.batchWithMinutes()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array("pindaian".utf8)).write(to: folder.appendingPathComponent("pindai.jpg"))
        try Data("bukan gambar".utf8).write(to: folder.appendingPathComponent("catatan.txt"))

        var run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-99/KLIP/2026", "pindai.jpg"], in: folder, environment: ["COACHING_LANG": "id"])
        #expect(run.errors == "error: BA-99/KLIP/2026 bukan dokumen batch 2026-001, sehingga pindai.jpg tidak dilampirkan; dokumennya adalah JDW-1/KLIP/2026 … BA-20/KLIP/2026 (21) dan rekap\n")
        run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-3/KLIP/2026", "catatan.txt"], in: folder, environment: ["COACHING_LANG": "id"])
        #expect(run.status == 1 && run.errors == "ditolak: catatan.txt\n  Berkas ini bukan PDF, JPEG, maupun PNG: pindai kertas yang telah ditandatangani ke salah satu format tersebut.\n")
        run = try P.coaching(["lampirkan", "2026-001", "--scan", "BA-3/KLIP/2026", "pindai.jpg"], in: folder, environment: ["COACHING_LANG": "id"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("dilampirkan: BA-3/KLIP/2026 ← pindai.jpg → Output/2026/2026-001/pindaian/berita-acara/sesi-003-pindaian.jpg\n  Pindaian kertas yang ditandatangani dengan tinta, disimpan sebagai bukti: tanda tangan di dalamnya tidak diperiksa.\n"))
        run = try P.coaching(["lampirkan", "2026-001", "catatan.txt"], in: folder, environment: ["COACHING_LANG": "id"])
        #expect(run.status == 1 && run.errors.hasSuffix("ditolak: catatan.txt\n  Berkas ini bukan PDF: salinan bertanda tangan adalah PDF yang dikembalikan layanan tanda tangan elektronik (BSrE, SRIKANDI).\n"))
        try "[signatures]\ntrust_roots = \"akar\"\n".write(to: folder.appendingPathComponent("kantor.toml"), atomically: true, encoding: .utf8)
        run = try P.coaching(["lampirkan", "2026-001", "catatan.txt", "--config", "kantor.toml"], in: folder, environment: ["COACHING_LANG": "id"])
        #expect(run.errors == "error: folder sertifikat akar \(folder.standardizedFileURL.path)/akar (signatures.trust_roots di kantor.toml) tidak ada; letakkan sertifikat akar kantor (PEM atau DER) di sana, atau hapus pengaturan ini untuk melampirkan tanpa memeriksa rantai sertifikat\n", "\(run.errors)")
    }
}
