import Foundation
import PDFSignature
import Testing

/// The reader's refusals, each reproduced on a PDF built byte by byte (no pyHanko needed), with
/// its exact text; and the check's verdicts that need no real signature.
@Suite("Reading a signed PDF strictly")
struct SignedPDFReaderTests {
    let original = SyntheticPDF.original
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func readError(_ bytes: [UInt8], originalLength: Int? = SyntheticPDF.original.count) -> String? {
        do {
            _ = try SignedPDFReader.read(bytes, originalLength: originalLength)
            return nil
        } catch {
            return error.description
        }
    }

    func verdict(_ pdf: SyntheticPDF) async -> SignedPDFVerdict {
        await SignedPDFCheck.check(signed: pdf.bytes(), original: original, trustRoots: nil, now: Self.now)
    }

    /// Replaces the first `old` with `new` (same length, so every offset stays right).
    func replacing(_ old: String, _ new: String, in bytes: [UInt8], after: Int = 0) -> [UInt8] {
        precondition(old.utf8.count == new.utf8.count)
        var out = bytes
        let at = find(old, in: Array(bytes[after...]))! + after
        out.replaceSubrange(at..<(at + old.utf8.count), with: Array(new.utf8))
        return out
    }

    @Test func aWellFormedUpdateIsReadWithItsSignature() throws {
        let pdf = try SignedPDFReader.read(SyntheticPDF().bytes(), originalLength: original.count)
        #expect(pdf.originalLength == original.count)
        #expect(pdf.revisionCount == 1)
        #expect(pdf.signatures.count == 1)
        let s = pdf.signatures[0]
        #expect(s.objectNumber == 6 && s.isFieldValue && s.subFilter == "ETSI.CAdES.detached" && s.filter == "Adobe.PPKLite")
        #expect(s.name == "Ratna Sari")
        #expect(s.claimedTime?.date == Date(timeIntervalSince1970: 1_796_014_800))  // 2026-11-30 12:00 WIB = 05:00 UTC
        #expect(s.byteRange[1] == s.contentsToken.lowerBound && s.byteRange[2] == s.contentsToken.upperBound)
        // Without the registered PDF's length, the first %%EOF the rest reads after.
        #expect(try SignedPDFReader.read(SyntheticPDF().bytes()).originalLength == original.count)
        #expect(SignedPDFReader.revisionEnds(SyntheticPDF().bytes()) == [original.count])
    }

    @Test func notAPDFOrCutShortIsRefused() {
        #expect(readError(Array("hello".utf8)) == "the file is not a PDF (it does not begin with %PDF-)")
        let bytes = SyntheticPDF().bytes()
        #expect(readError(Array(bytes.dropLast(7))) == "the file does not end as a PDF does (%%EOF is missing at the end): it may have been cut short")
        // Cut inside the update but ending in an %%EOF: the registered PDF with a torn update.
        #expect(readError(Array(bytes.prefix(original.count + 30)) + Array("\n%%EOF\n".utf8))
                == "the file ends in the middle of an object: it looks cut short (at byte \(original.count + 37))")
        #expect(readError(original, originalLength: nil) == "nothing was appended to the document after it was made, so it carries no electronic signature")
    }

    @Test func theRevisionChainMustHoldTogether() {
        let prev = SyntheticPDF.originalXref
        #expect(readError(SyntheticPDF(prev: prev - 1).bytes())
                == "the revision at byte \(original.count) does not point back (/Prev) to the revision before it")
        #expect(readError(SyntheticPDF(startxrefDelta: 1).bytes())?.hasPrefix("startxref does not point at the revision's cross-reference section (at byte ") == true)
        var bytes = SyntheticPDF().bytes()
        bytes += Array("\n".utf8)
        #expect(readError(bytes) == "the file does not end as a PDF does (%%EOF is missing at the end): it may have been cut short")
        // The table lists object 6 at the wrong place.
        let good = SyntheticPDF().bytes()
        let tableAt = find("xref\n0 1", in: Array(good[original.count...]))! + original.count
        let sixAt = find("6 1\n", in: Array(good[tableAt...]))! + tableAt + 4
        var moved = good
        moved[sixAt + 9] = moved[sixAt + 9] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        #expect(readError(moved) == "the cross-reference table does not match the objects of the revision it ends")
    }

    @Test func oddObjectsAreRefused() {
        let base = SyntheticPDF()
        var duplicate = base
        duplicate.extraObjects = [(7, "<< /A 1 /A 2 >>")]
        #expect(readError(duplicate.bytes())?.hasPrefix("the key /A is written twice in one dictionary (at byte ") == true)
        var deep = base
        deep.extraObjects = [(7, String(repeating: "[", count: 33) + String(repeating: "]", count: 33))]
        #expect(readError(deep.bytes())?.hasPrefix("arrays and dictionaries are nested too deeply") == true)
        var shallow = base
        shallow.extraObjects = [(7, String(repeating: "[", count: 32) + String(repeating: "]", count: 32))]
        #expect(readError(shallow.bytes()) == nil)
        var big = base
        big.extraObjects = [(7, "<< /N 1234567890123456789 >>")]
        #expect(readError(big.bytes())?.hasPrefix("a number has too many digits") == true)
        var most = base
        most.extraObjects = [(7, "<< /N 123456789012345678 >>")]
        #expect(readError(most.bytes()) == nil)
        var stream = base
        stream.extraObjects = [(7, "<< /Type /ObjStm /N 1 /First 4 /Length 5 >>\nstream\n7 0 1\nendstream")]
        #expect(readError(stream.bytes())?.hasPrefix("the appended part holds compressed objects (an object stream), which this check does not read") == true)
        var indirect = base
        indirect.extraObjects = [(7, "<< /Length 8 0 R >>\nstream\nabcde\nendstream")]
        #expect(readError(indirect.bytes())?.hasPrefix("a stream's /Length is not a whole number written in place") == true)
        var direct = base
        direct.extraObjects = [(7, "<< /Length 5 >>\nstream\nabcde\nendstream")]
        #expect(readError(direct.bytes()) == nil)
        var twice = base
        twice.extraObjects = [(6, "<< /Title (Lain) >>")]
        #expect(readError(twice.bytes()) == "object 6 is written twice in the revision at byte \(original.count)")
        var garbage = base
        garbage.extraObjects = [(7, "<< /A @ >>")]
        #expect(readError(garbage.bytes())?.hasPrefix("something that is not a PDF object was found") == true)
    }

    @Test func theContentsMustBeHexAndWithinItsLimit() async {
        var notHex = SyntheticPDF()
        notHex.contentsHex = String(repeating: "0", count: 10) + "G" + String(repeating: "0", count: 53)
        #expect(readError(notHex.bytes())?.hasPrefix("a hexadecimal string holds something that is not a hex digit") == true)
        var atLimit = SyntheticPDF()
        atLimit.contentsHex = String(repeating: "0", count: PDFLimits.contentsHexDigits)
        #expect(readError(atLimit.bytes()) == nil)
        var over = SyntheticPDF()
        over.contentsHex = String(repeating: "0", count: PDFLimits.contentsHexDigits + 1)
        #expect(readError(over.bytes())?.hasPrefix("a hexadecimal string is longer than 2097152 digits") == true)
        // Zeros are no signature block.
        #expect(await verdict(SyntheticPDF()).refusal == .signatureInvalid("/Contents does not hold a signature block (CMS)"))
    }

    /// A DER value: tag, definite length, content.
    static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        let n = content.count
        let length: [UInt8] = n < 0x80 ? [UInt8(n)] : n < 0x100 ? [0x81, UInt8(n)] : [0x82, UInt8(n >> 8), UInt8(n & 0xFF)]
        return [tag] + length + content
    }

    /// A SignedData whose signer's digest algorithm is an empty SEQUENCE (a crash before it was
    /// refused: the first element was taken without looking).
    @Test func aSignatureBlockWithAnEmptyAlgorithmIsRefused() async {
        let t = Self.tlv
        let signedDataOID: [UInt8] = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]
        let dataOID: [UInt8] = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01]
        let signer = t(0x30, t(0x02, [1]) + t(0x30, t(0x30, []) + t(0x02, [1])) + t(0x30, []) + t(0x30, []) + t(0x04, [0]))
        let signedData = t(0x30, t(0x02, [1]) + t(0x31, []) + t(0x30, dataOID) + t(0x31, signer))
        let block = t(0x30, signedDataOID + t(0xA0, signedData))
        var pdf = SyntheticPDF()
        pdf.contentsHex = block.map { String(format: "%02X", $0) }.joined() + "0000"
        #expect(await verdict(pdf).refusal == .signatureInvalid("the signature block has an empty structure"))
    }

    @Test func theByteRangeMustCoverEverythingButTheContents() async {
        // Exactly the whole file: the coverage holds and the check goes on to the (fake) CMS.
        #expect(await verdict(SyntheticPDF()).refusal == .signatureInvalid("/Contents does not hold a signature block (CMS)"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, d in (a, b, c, d - 1) })).refusal
                == .byteRangeIncomplete("1 byte was added to the file after it was signed"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, d in (a, b, c, d + 1) })).refusal
                == .byteRangeIncomplete("it names more bytes than the file has: the file was cut short"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, d in (a, b + 1, c, d) })).refusal
                == .byteRangeIncomplete("the part it leaves out is not exactly the signature's own /Contents"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, d in (a, b, c - 1, d + 1) })).refusal
                == .byteRangeIncomplete("the part it leaves out is not exactly the signature's own /Contents"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, d in (a + 1, b, c, d) })).refusal
                == .byteRangeIncomplete("it does not begin at the first byte of the file"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, d in (a, b, c, -1) })).refusal
                == .byteRangeIncomplete("its /ByteRange holds a negative number"))
        #expect(await verdict(SyntheticPDF(byteRange: { a, b, c, _ in (a, b, c, 999_999_999_999_999_999) })).refusal
                == .byteRangeIncomplete("it names more bytes than the file has: the file was cut short"))
        let tooLong = await verdict(SyntheticPDF(byteRange: { a, b, c, _ in (a, b, c, Int.max) })).refusal
        guard case .unreadable(let why) = tooLong else { Issue.record("\(String(describing: tooLong))"); return }
        #expect(why.hasPrefix("a number has too many digits"))
    }

    @Test func oneSignatureOfAnAcceptedKind() async {
        var none = SyntheticPDF()
        none.signatureDictionary = "/Filter /Adobe.PPKLite"
        // Without /Type /Sig but with a /ByteRange it is still a signature; a file with neither:
        var bytes = none.bytes()
        bytes = replacing("/ByteRange", "/ByteRanxe", in: bytes)
        #expect(await SignedPDFCheck.check(signed: bytes, original: original, trustRoots: nil, now: Self.now).refusal == .noSignature)
        var twice = SyntheticPDF()
        twice.extraObjects = [(7, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 1 2 3] /Contents <00> >>")]
        #expect(await verdict(twice).refusal == .signedTwice(2))
        var sha1 = SyntheticPDF()
        sha1.signatureDictionary = "/Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.x509.rsa_sha1"
        #expect(await verdict(sha1).refusal == .unsupported("/SubFilter adbe.x509.rsa_sha1 is neither ETSI.CAdES.detached nor adbe.pkcs7.detached"))
        var timestamp = SyntheticPDF()
        timestamp.signatureDictionary = "/Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161"
        #expect(await verdict(timestamp).refusal == .unsupported("a document timestamp, not a person's signature"))
        var noFilter = SyntheticPDF()
        noFilter.signatureDictionary = "/Type /Sig /SubFilter /ETSI.CAdES.detached"
        #expect(await verdict(noFilter).refusal == .unsupported("it names no signature handler (/Filter)"))
        var loose = SyntheticPDF()
        loose.fieldValue = nil
        #expect(await verdict(loose).refusal == .unsupported("it is not the value of a signature field of the document"))
    }

    @Test func thePrefixMustBeTheRegisteredPDF() async {
        var other = original
        other[20] ^= 1
        let verdict = await SignedPDFCheck.check(signed: SyntheticPDF().bytes(), original: other, trustRoots: nil, now: Self.now)
        #expect(verdict.refusal == .notTheRegisteredPDF)
        let longer = original + Array("x".utf8)
        #expect(await SignedPDFCheck.check(signed: original, original: longer, trustRoots: nil, now: Self.now).refusal == .notTheRegisteredPDF)
    }

    @Test func pdfDatesAreReadAsTheStandardWritesThem() {
        func date(_ s: String) -> TimeInterval? { SignedPDFReaderTests.pdfDate(s) }
        #expect(date("D:20261130120000+07'00'") == 1_796_014_800)
        #expect(date("D:20261130050000Z") == 1_796_014_800)
        #expect(date("D:20261130050000") == 1_796_014_800)
        #expect(date("D:2026") == 1_767_225_600)
        #expect(date("D:20261330050000Z") == nil)
        #expect(date("D:2026113005000") == nil)
    }

    static func pdfDate(_ text: String) -> TimeInterval? {
        var pdf = SyntheticPDF()
        pdf.signatureDictionary = "/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (\(text))"
        return (try? SignedPDFReader.read(pdf.bytes()))?.signatures.first?.claimedTime?.date.timeIntervalSince1970
    }
}
