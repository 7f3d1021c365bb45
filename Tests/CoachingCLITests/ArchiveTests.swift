import CoachingCore
import CoachingRegister
import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// `coaching archive`, `verify`, `keygen` and `find` as the records office runs them.
@Suite("Archive packages through the command line", .serialized)
struct ArchiveTests {
    typealias W = WorkflowTests

    /// A batch carried through approval and receipt with the complete example worksheet, and
    /// an office key in `keys/`.
    static func receivedBatch() throws -> URL {
        let folder = try W.scheduledFolder()
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Examples/catatan-coaching-lengkap.csv"),
                                         to: folder.appendingPathComponent("catatan-coaching-lengkap.csv"))
        for command in [["minutes", "2026-001", "--notes", "catatan-coaching-lengkap.csv"],
                        ["approve", "2026-001", "--document", "jadwal", "--by", "198012302010012005", "--on", "2026-11-26"],
                        ["approve", "2026-001", "--document", "berita-acara", "--by", "198012302010012005", "--on", "2026-12-11"],
                        ["keygen", "--to", "keys"]] {
            let run = try W.coaching(command, in: folder)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
        return folder
    }

    static let key = ["--key", "keys/kunci-arsip.key"]
    static let publicKey = ["--public-key", "keys/kunci-arsip.pub"]
    static let package = "Output/arsip/arsip-coaching-2026-001.zip"

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(3)))
    func archivingWaitsForReceiptThenMakesTheSamePackageEveryTime() throws {
        let folder = try Self.receivedBatch()
        var run = try W.coaching(["archive", "2026-001", "--on", "2026-12-15"] + Self.key, in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("""
            error: batch 2026-001 cannot be archived yet:
              - BA-1/KLIP/2026 (session 1, Gilang Lubis) is approved but not yet received by the Kepala Kantor
            """))
        #expect(run.errors.contains("  - and 10 more\nFinish these steps first, or give --include-drafts for a package marked as holding unfinished documents.\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.package).path))

        run = try W.coaching(["receive", "2026-001", "--by", "197205141998031002", "--on", "2026-12-14"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        // Received, step 10 open: not "done" yet (issue #19, surprise 2).
        run = try W.coaching(["status", "2026-001", "--today", "2026-12-14"], in: folder)
        #expect(run.output.hasPrefix("Batch 2026-001 · JDW-1/KLIP/2026 · received in time, not yet archived\n"), "\(run.output)")
        run = try W.coaching(["archive", "2026-001", "--on", "2026-12-15"] + Self.key, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("manifest signed with the office key"))
        run = try W.coaching(["status", "2026-001", "--today", "2026-12-15"], in: folder)
        #expect(run.output.hasPrefix("Batch 2026-001 · JDW-1/KLIP/2026 · done\n"), "\(run.output)")
        let first = try Data(contentsOf: folder.appendingPathComponent(Self.package))
        let index = try String(contentsOf: folder.appendingPathComponent("Output/2026/2026-001/index.html"), encoding: .utf8)
        let golden = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/indeks-arsip.html")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try index.write(to: golden, atomically: true, encoding: .utf8) }
        #expect(index == (try String(contentsOf: golden, encoding: .utf8)), "index.html differs from its golden file")

        // Again, another day: the batch keeps its archive date and the package its bytes.
        run = try W.coaching(["archive", "2026-001", "--on", "2026-12-20"] + Self.key, in: folder)
        #expect(run.output.hasPrefix("Already archived; the package is unchanged"))
        #expect(try Data(contentsOf: folder.appendingPathComponent(Self.package)) == first)

        // Step 10 in the register: every document archived, the package's hash in the audit log.
        let register = try Register(root: folder.appendingPathComponent("Output"), create: false)
        let documents = try register.read { try $0.documents(batch: BatchID(year: 2026, sequence: 1)) }
        // The Jadwal, 20 Berita Acara and the Tanda Terima of the receipt.
        #expect(documents.filter { $0.kind.rawValue == "tanda-terima" }.map(\.number.description) == ["TT-1/KLIP/2026"])
        #expect(documents.count == 22 && documents.allSatisfy { $0.status == .diarsipkan && $0.archivedOn?.description == "2026-12-15" })
        let audit = try register.read { try $0.auditLog(batch: BatchID(year: 2026, sequence: 1)) }
        #expect(audit.last?.action == "diarsipkan" && audit.last?.sha256 == SHA256Digest.hex(Array(first)))
        let status = try W.coaching(["status", "2026-001", "--today", "2026-12-15"], in: folder)
        #expect(status.output.contains("[x] 10. Diarsipkan (Penyaji Bahan Penilaian): 20 of 20, 2026-12-15"))

        // The package holds what the records office needs.
        let contents = try PackageFiles(folder.appendingPathComponent(Self.package))
        #expect(contents.folder == "2026-001")
        for path in ["index.html", "manifest.xml", "manifest.sig", "register/dokumen.csv", "register/audit.csv", "coaching.toml",
                     "masukan/laporan-kinerja.csv", "masukan/rekomendasi-perbaikan.csv", "jadwal-coaching.html", "jadwal-coaching.xml",
                     "berita-acara/sesi-020.html", "berita-acara/sesi-020.xml", "rekap-coaching.html"] {
            #expect(contents.files[path] != nil, "\(path)")
        }
        #expect(!contents.files.values.contains { OfficeKey.looksPrivate($0) })
        // Both forms of the candidate list are the manifest's kandidat.
        let manifest = String(decoding: try #require(contents.files["manifest.xml"]), as: UTF8.self)
        for name in ["kandidat.csv", "kandidat.xlsx"] {
            #expect(manifest.range(of: "<berkas jalur=\"\(name)\" sha256=\"[0-9a-f]{64}\" ukuran=\"[0-9]+\" jenis=\"kandidat\"/>", options: .regularExpression) != nil, "\(name)")
        }
        #expect(contents.files["index.html"] == (try Data(contentsOf: folder.appendingPathComponent("Output/2026/2026-001/index.html"))).map { $0 })

        // The find command answers the records office's questions.
        run = try W.coaching(["find", "--nip", "198607282015091716"], in: folder)
        #expect(run.output.hasPrefix("BA-1/KLIP/2026  Berita Acara Coaching  batch 2026-001, session 1  2026-11-27  Gilang Lubis (NIP 198607282015091716)  diarsipkan\n"))
        #expect(run.output.contains("in the package Output/arsip/arsip-coaching-2026-001.zip") || run.output.contains("/Output/arsip/arsip-coaching-2026-001.zip"))
        // The same answer in Indonesian, the default: no English word left in it.
        run = try W.coaching(["find", "--nip", "198607282015091716"], in: folder, language: "")
        #expect(run.output.hasPrefix("BA-1/KLIP/2026  Berita Acara Coaching  batch 2026-001, sesi 1  2026-11-27  Gilang Lubis (NIP 198607282015091716)  diarsipkan\n"), "\(run.output)")
        #expect(run.output.contains("\n    dalam paket ") && run.output.contains("Output/arsip/arsip-coaching-2026-001.zip\n"), "\(run.output)")
        #expect(run.output.hasSuffix("\n1 dokumen.\n") && !run.output.contains("session") && !run.output.contains("package") && !run.output.contains("document"), "\(run.output)")
        run = try W.coaching(["find", "--number", "BA-7/KLIP/2026", "--format", "csv"], in: folder)
        #expect(run.output.split(separator: "\r\n").count == 2)
        run = try W.coaching(["find", "--from", "2027-01-01"], in: folder)
        #expect(run.status == 1 && run.output == "No document in the register under Output matches.\n")
    }

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(3)))
    func verifyCatchesEveryKindOfTampering() throws {
        let folder = try Self.receivedBatch()
        try W.coaching(["receive", "2026-001", "--by", "197205141998031002", "--on", "2026-12-14"], in: folder)
        var run = try W.coaching(["archive", "2026-001", "--on", "2026-12-15"] + Self.key, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        run = try W.coaching(["verify", Self.package] + Self.publicKey, in: folder)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("OK \(Self.package): batch 2026-001, 114 files; hashes, schemas and numbers agree; signature valid (office key "))

        let pristine = try PackageFiles(folder.appendingPathComponent(Self.package))
        let publicKey = try OfficeKey.publicKey(try String(contentsOf: folder.appendingPathComponent("keys/kunci-arsip.pub"), encoding: .utf8), file: "pub")
        func findings(_ change: (inout [String: [UInt8]]) -> Void) -> [String] {
            var files = pristine.files
            change(&files)
            return PackageVerifier.verify(MemoryPackage(folder: pristine.folder, files: files), key: publicKey, language: .en).findings
        }
        #expect(findings { _ in }.isEmpty)

        // One byte flipped in any file is caught, whichever file it is.
        for path in pristine.files.keys.sorted() {
            let found = findings { files in files[path]![files[path]!.count / 2] ^= 0x01 }
            #expect(!found.isEmpty, "\(path)")
        }
        #expect(findings { $0["berita-acara/sesi-003.html"]![100] ^= 0x01 }
                == ["berita-acara/sesi-003.html: its content changed (SHA-256 " + SHA256Digest.hex({ var b = pristine.files["berita-acara/sesi-003.html"]!; b[100] ^= 0x01; return b }()).prefix(12)
                    + "…, the manifest records " + SHA256Digest.hex(pristine.files["berita-acara/sesi-003.html"]!).prefix(12) + "…)",
                    "berita-acara/sesi-003.html: its content is not what the register recorded for BA-3/KLIP/2026 (changed after it was written)"])
        #expect(findings { $0["berita-acara/sesi-004.xml"] = nil }.contains("berita-acara/sesi-004.xml: is in the manifest but missing from the package (deleted or renamed)"))
        #expect(findings { $0["berita-acara/sesi-021.html"] = Array("<p>tambahan</p>".utf8) }
                == ["berita-acara/sesi-021.html: is in the package but not in the manifest (added or renamed)"])
        let renamed = findings { files in files["masukan/laporan.csv"] = files.removeValue(forKey: "masukan/laporan-kinerja.csv") }
        #expect(renamed == ["masukan/laporan.csv: is in the package but not in the manifest (added or renamed)",
                            "masukan/laporan-kinerja.csv: is in the manifest but missing from the package (deleted or renamed)"])

        // An edited file with the manifest edited to match: the signature no longer holds.
        let edited = findings { files in
            let original = files["masukan/laporan-kinerja.csv"]!
            let changed = Array(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "65.6", with: "85.6").utf8)
            files["masukan/laporan-kinerja.csv"] = changed
            var manifest = String(decoding: files["manifest.xml"]!, as: UTF8.self)
            manifest = manifest.replacingOccurrences(of: SHA256Digest.hex(original), with: SHA256Digest.hex(changed))
                .replacingOccurrences(of: "ukuran=\"\(original.count)\"", with: "ukuran=\"\(changed.count)\"")
            files["manifest.xml"] = Array(manifest.utf8)
        }
        #expect(edited.count == 1 && edited[0].hasPrefix("the manifest's signature (key ") && edited[0].hasSuffix(") does not match it: the manifest was changed after it was signed"), "\(edited)")

        // A document edited with the manifest to match and the signature removed: the register extract still knows.
        let unsigned = findings { files in
            let original = files["berita-acara/sesi-005.html"]!
            let changed = original + Array("<!-- diubah -->".utf8)
            files["berita-acara/sesi-005.html"] = changed
            files["manifest.xml"] = Array(String(decoding: files["manifest.xml"]!, as: UTF8.self)
                .replacingOccurrences(of: SHA256Digest.hex(original), with: SHA256Digest.hex(changed))
                .replacingOccurrences(of: "ukuran=\"\(original.count)\"", with: "ukuran=\"\(changed.count)\"").utf8)
            files["manifest.sig"] = nil
        }
        #expect(unsigned.contains { $0.hasPrefix("the package is not signed, but a signature by the office key ") })
        #expect(unsigned.contains("berita-acara/sesi-005.html: its content is not what the register recorded for BA-5/KLIP/2026 (changed after it was written)"))

        // Signed by someone else's key; a number changed consistently in an XML.
        let other = OfficeKey.generate()
        let otherKey = try OfficeKey.publicKey(other.publicText, file: "other")
        let byOther = PackageVerifier.verify(MemoryPackage(pristine), key: otherKey, language: .en).findings
        #expect(byOther.count == 1 && byOther[0].contains("not by the office key \(OfficeKey.fingerprint(otherKey))"))

        // Through the command line: the ZIP itself damaged, and an extracted folder with a file removed.
        var zipBytes = try Data(contentsOf: folder.appendingPathComponent(Self.package))
        zipBytes[zipBytes.count / 3] ^= 0x20
        try zipBytes.write(to: folder.appendingPathComponent("rusak.zip"))
        run = try W.coaching(["verify", "rusak.zip"] + Self.publicKey, in: folder)
        #expect(run.status == 1 && run.output.contains("FAIL ") && run.output.contains("NOT OK rusak.zip: "))

        let extracted = folder.appendingPathComponent("ekstrak/2026-001")
        for (path, bytes) in pristine.files {
            let url = extracted.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        run = try W.coaching(["verify", "ekstrak"] + Self.publicKey, in: folder)
        #expect(run.status == 0, "\(run.output)")
        try FileManager.default.removeItem(at: extracted.appendingPathComponent("kandidat.csv"))
        run = try W.coaching(["verify", "ekstrak"] + Self.publicKey, in: folder)
        #expect(run.output == "FAIL kandidat.csv: is in the manifest but missing from the package (deleted or renamed)\nNOT OK ekstrak: 1 finding; do not rely on this package.\n")
        run = try W.coaching(["verify", "ekstrak"] + Self.publicKey, in: folder, language: "")
        #expect(run.output == "GAGAL kandidat.csv: ada dalam manifest tetapi tidak ada dalam paket (dihapus atau diganti namanya)\n"
            + "TIDAK OK ekstrak: 1 temuan; jangan mengandalkan paket ini.\n")
    }

    @Test(.enabled(if: W.program != nil), .timeLimit(.minutes(3)))
    func draftsArePackagedOnlyWhenAskedAndSaySo() throws {
        let folder = try W.scheduledFolder()
        try W.coaching(["minutes", "2026-001", "--notes", "catatan-coaching.csv"], in: folder)
        var run = try W.coaching(["archive", "2026-001", "--on", "2026-12-15"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: batch 2026-001 cannot be archived yet:\n  - the Jadwal JDW-1/KLIP/2026 is still a draft (konsep)\n  - BA-1/KLIP/2026 (session 1, Gilang Lubis) is still a draft (konsep)\n"))
        run = try W.coaching(["archive", "2026-001", "--on", "2026-12-15", "--include-drafts"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("not signed: there is no office key"))
        let index = try String(contentsOf: folder.appendingPathComponent("Output/2026/2026-001/index.html"), encoding: .utf8)
        #expect(index.contains("PERHATIAN: paket arsip ini memuat dokumen yang belum final"))
        // The batch stays open, and the unsigned package verifies with a note saying so.
        let status = try W.coaching(["status"], in: folder)
        #expect(status.output.contains("Batch 2026-001"))
        run = try W.coaching(["verify", Self.package], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("note: the package is not signed: its manifest proves no more than the files agree with each other\n"))
        #expect(run.output.contains("berisi") == false)

        // A private key dropped into the batch folder never goes into a package.
        try W.coaching(["keygen", "--to", "Output/2026/2026-001/kunci"], in: folder)
        run = try W.coaching(["archive", "2026-001", "--include-drafts"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasSuffix("/2026-001/kunci/kunci-arsip.key holds a private key; keys never go into a package. Move it out of the batch folder.\n"))
    }

    @Test(.enabled(if: W.program != nil && ChromiumCheck.path != nil), .timeLimit(.minutes(3)))
    func theIndexOpensInABrowserWithEveryDocumentLinked() throws {
        let folder = try Self.receivedBatch()
        try W.coaching(["receive", "2026-001", "--by", "197205141998031002", "--on", "2026-12-14"], in: folder)
        #expect(try W.coaching(["archive", "2026-001", "--on", "2026-12-15"] + Self.key, in: folder).status == 0)
        // Extracted, as the records office would open it, without a server.
        let contents = try PackageFiles(folder.appendingPathComponent(Self.package))
        let extracted = folder.appendingPathComponent("dibuka/2026-001")
        for (path, bytes) in contents.files {
            let url = extracted.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let dom = try ChromiumCheck.dumpDOM(extracted.appendingPathComponent("index.html"))
        let links = Set(dom.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        let register = try Register(root: folder.appendingPathComponent("Output"), create: false)
        let documents = try register.read { try $0.documents(batch: BatchID(year: 2026, sequence: 1)) }
        #expect(documents.count == 22, "the Jadwal, 20 Berita Acara, the Tanda Terima")
        for d in documents {
            for path in [d.htmlPath, d.xmlPath] {
                let relative = String(path.dropFirst("2026/2026-001/".count))
                #expect(links.contains(relative), "\(relative) is not linked")
                #expect(FileManager.default.fileExists(atPath: extracted.appendingPathComponent(relative).path))
            }
        }
        #expect(dom.components(separatedBy: "<svg").count - 1 == 4, "four pictures")
        #expect(!dom.contains("<script"))
    }
}

/// Headless Chromium, when the machine has it (CI installs it when it can).
enum ChromiumCheck {
    static let path = installedTool("chromium")

    static func dumpDOM(_ file: URL) throws -> String {
        try runTool(path!, ["--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--dump-dom", file.absoluteString])
    }
}
