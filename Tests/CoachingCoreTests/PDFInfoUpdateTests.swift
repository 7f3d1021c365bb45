@testable import CoachingCore
import Foundation
import Testing
import TestSupport

/// The title, author and subject set by an incremental update: the original bytes kept as a
/// prefix, exactly the bytes below appended, and every malformed ending refused in words.
@Suite("PDF information update")
struct PDFInfoUpdateTests {
    /// A one-page PDF written by hand: classic cross-reference table, an information dictionary.
    static let tiny = """
        %PDF-1.4
        1 0 obj
        <</Title (Lama)
        /Producer (Tangan)
        /CreationDate (D:20261130120000+07'00')>>
        endobj
        2 0 obj
        <</Type /Catalog /Pages 3 0 R>>
        endobj
        3 0 obj
        <</Type /Pages /Kids [4 0 R] /Count 1>>
        endobj
        4 0 obj
        <</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>
        endobj
        xref
        0 5
        0000000000 65535 f \n0000000009 00000 n \n0000000101 00000 n \n0000000148 00000 n \n0000000203 00000 n \ntrailer
        <</Size 5
        /Root 2 0 R
        /Info 1 0 R>>
        startxref
        272
        %%EOF

        """

    /// What the update appends to ``tiny``: object 5 at offset 445, its cross-reference section at
    /// 634, the old entries other than the title kept, the title's parentheses escaped.
    static let appended = """
        5 0 obj
        <</Producer (Tangan)
        /CreationDate (D:20261130120000+07'00')
        /Title (Berita Acara \\(Coaching\\))
        /Author (KANTOR LAYANAN INFORMASI DAN PENGADUAN)
        /Subject (BA-12/KLIP/2026)>>
        endobj
        xref
        5 1
        0000000445 00000 n\r
        trailer
        <</Size 6
        /Root 2 0 R
        /Info 5 0 R
        /Prev 272>>
        startxref
        634
        %%EOF

        """

    static let update = PDFInfoUpdate(title: "Berita Acara (Coaching)", author: "KANTOR LAYANAN INFORMASI DAN PENGADUAN", subject: "BA-12/KLIP/2026")

    @Test func theUpdateAppendsExactlyTheNewInformationAndKeepsTheOriginalAsPrefix() throws {
        let original = Array(Self.tiny.utf8)
        #expect(original.count == 445)
        let updated = try Self.update.apply(to: original)
        #expect(Array(updated.prefix(original.count)) == original)
        #expect(String(decoding: updated.dropFirst(original.count), as: UTF8.self) == Self.appended)
    }

    @Test(.enabled(if: installedTool("pdfinfo") != nil, "pdfinfo (poppler-utils) is not installed"))
    func pdfinfoReadsTheUpdatedInformation() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("info-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let update = PDFInfoUpdate(title: "Rekap Coaching — 2026-001", author: "KLIP", subject: "Rekap 2026-001")
        try Data(try update.apply(to: Array(Self.tiny.utf8))).write(to: file)
        let info = try runTool(installedTool("pdfinfo")!, [file.path])
        #expect(info.contains("Title:           Rekap Coaching — 2026-001\n"))
        #expect(info.contains("Author:          KLIP\n"))
        #expect(info.contains("Subject:         Rekap 2026-001\n"))
        #expect(info.contains("Producer:        Tangan\n"))
        if let qpdf = installedTool("qpdf") {
            #expect(try runTool(qpdf, ["--check", file.path]).contains("No syntax or stream encoding errors found"))
        }
    }

    @Test func textOutsidePrintableASCIIIsWrittenAsUTF16WithAByteOrderMark() {
        #expect(PDFInfoUpdate.textString("Rekap — é") == "<FEFF00520065006B0061007000202014002000E9>")
        #expect(PDFInfoUpdate.textString("a\\b(c)") == "(a\\\\b\\(c\\))")
    }

    @Test func anUpdatedFileCanBeUpdatedAgain() throws {
        let once = try Self.update.apply(to: Array(Self.tiny.utf8))
        let twice = try PDFInfoUpdate(title: "T", author: "A", subject: "S").apply(to: once)
        let tail = String(decoding: twice.dropFirst(once.count), as: UTF8.self)
        #expect(tail.hasPrefix("6 0 obj\n<</Producer (Tangan)\n/CreationDate (D:20261130120000+07'00')\n/Title (T)\n"))
        #expect(tail.contains("/Prev 634>>"))
    }

    @Test func aCrossReferenceStreamIsRefusedWithTheReason() {
        let stream = Self.damaged("/Type /Page /Parent", "/Type /XRef /Parent").replacing(Array("startxref\n272\n".utf8), with: Array("startxref\n203\n".utf8))
        #expect(throws: PDFInfoUpdate.Refusal("the PDF ends with a cross-reference stream (PDF 1.5 and later), which this tool does not update; only a classic cross-reference table is supported")) {
            try Self.update.apply(to: stream)
        }
    }

    /// `tiny` with `old` replaced by `new` (same length unless offsets do not matter).
    static func damaged(_ old: String, _ new: String) -> [UInt8] {
        Array(Self.tiny.replacingOccurrences(of: old, with: new).utf8)
    }

    @Test(arguments: [
        ("startxref\n272\n%%EOF\n", "", "there is no startxref in the last 1,024 bytes: the PDF is truncated or not a PDF"),
        ("startxref\n272\n%%EOF\n", "startxref\n272\n", "the startxref offset is not followed by %%EOF"),
        ("startxref\n272\n%%EOF\n", "startxref\n272\n%%EOF\nmore", "there are bytes after the last %%EOF"),
        ("startxref\n272\n", "startxref\n999\n", "the startxref offset is not a number inside the file"),
        ("startxref\n272\n", "startxref\n203\n", "startxref gives offset 203, where there is no cross-reference section"),
        ("startxref\n272\n", "startxref\n210\n", "startxref gives offset 210, where there is no cross-reference section"),
        ("0000000101 00000 n \n", "000000101 00000 n  \n", "the cross-reference section at offset 272 is malformed (entry 2 is not 20 bytes of 'offset generation n|f')"),
        ("0 5\n", "0 x\n", "the cross-reference section at offset 272 is malformed (a subsection header is not two numbers)"),
        ("/Info 1 0 R>>", "/Info 1 0 R/Encrypt 9 0 R>>", "the PDF is encrypted; its information cannot be updated"),
        ("/Info 1 0 R>>", "/Info 1 0 R/XRefStm 9>>", "the trailer's /XRefStm is not what this tool reads (it reads /Size, /Root, /Info, /ID, /Prev)"),
        ("<</Size 5\n/Root 2 0 R\n", "<</Size 5\n/Roo0 2 0 R\n", "the trailer's /Roo0 is not what this tool reads (it reads /Size, /Root, /Info, /ID, /Prev)"),
        ("/Info 1 0 R>>", "/Info 7 0 R>>", "the information dictionary 7 0 R is not in the last cross-reference section"),
        ("0000000009 00000 n", "0000000010 00000 n", "the cross-reference offset of object 1 does not point at '1 0 obj'"),
        ("%PDF-1.4", "%PDX-1.4", "the file does not begin with %PDF-: it is not a PDF"),
    ])
    func aMalformedEndingIsRefusedWithTheReason(old: String, new: String, message: String) {
        #expect(throws: PDFInfoUpdate.Refusal(message)) { try Self.update.apply(to: Self.damaged(old, new)) }
    }
}
