import Foundation
import PDFSignature
import Testing
import X509

/// Signed by pyHanko with a throwaway CA as the ministry's service signs (PAdES B-B and B-T),
/// spoiled the ways `lampirkan` must refuse, and checked: our verdict and pyHanko's own agree on
/// every case, and each case has its exact verdict.
@Suite("Signed PDFs made by pyHanko", .enabled(if: PyHankoFixtures.available, PyHankoFixtures.reason))
struct PyHankoAgreementTests {
    let fixtures = try! PyHankoFixtures.made.get()
    static let now = Date()

    func check(_ name: String, registered: String? = nil, roots: String? = "ca.pem") async -> SignedPDFVerdict {
        let c = fixtures.cases[name]
        return await SignedPDFCheck.check(signed: fixtures.bytes(c?.file ?? name), original: (registered ?? c?.registered).map(fixtures.bytes),
                                          trustRoots: roots.map(fixtures.certificates), now: Self.now)
    }

    @Test func everyCaseIsJudgedAsPyHankoJudgesIt() async throws {
        #expect(fixtures.cases.count >= 10)
        for (name, c) in fixtures.cases.sorted(by: { $0.key < $1.key }) {
            // Without the registered PDF: the signature alone, as pyHanko sees it.
            let alone = await SignedPDFCheck.check(signed: fixtures.bytes(c.file), original: nil, trustRoots: fixtures.certificates("ca.pem"), now: Self.now)
            #expect((alone.refusal == nil) == c.pyHankoAccepts, "\(name): ours \(String(describing: alone.refusal)), pyHanko \(c.pyhanko)")
            let pyHankoTrusts = c.pyHankoAccepts && c.pyhanko.signatures.first?.trusted == true
            #expect((alone.isAccepted && alone.trust == .trusted) == pyHankoTrusts, "\(name): ours \(alone.trust), pyHanko \(c.pyhanko)")
        }
    }

    @Test func aGoodSignatureRecordsItsSignerNIPAndTime() async throws {
        for name in ["good-classic", "good-xrefstream", "good-pkcs7"] + (fixtures.cases["good-chromium"] != nil ? ["good-chromium"] : []) {
            let verdict = await check(name)
            #expect(verdict.refusal == nil, "\(name): \(String(describing: verdict.refusal))")
            #expect(verdict.trust == .trusted)
            #expect(verdict.signer?.name == "Ratna Sari")
            #expect(verdict.signer?.identityNumber == "198012302010012005")
            #expect(verdict.signer?.identityKind == "NIP")
            #expect(verdict.originalLength == fixtures.bytes(fixtures.cases[name]!.registered).count)
            #expect(verdict.digest == "SHA-256")
        }
        let bb = await check("good-classic")
        #expect(bb.signingTime?.source == .claimed)
        #expect(abs(bb.signingTime!.date.timeIntervalSince(Self.now)) < 600)
        #expect(bb.subFilter == "ETSI.CAdES.detached")
        #expect(bb.signer?.name == "Ratna Sari")
        #expect(bb.signer?.identityNumber == "198012302010012005" && bb.signer?.identityKind == "NIP")
        #expect(bb.trust == .trusted)
        #expect(await check("good-pkcs7").subFilter == "adbe.pkcs7.detached")
    }

    @Test func theBlockingCallGivesTheSameVerdict() async throws {
        for name in ["good-classic", "tampered", "unknown-authority"] {
            let c = fixtures.cases[name]!
            // From a plain thread, as the command line calls it.
            let fixtures = self.fixtures
            let blocking = await withCheckedContinuation { continuation in
                Thread {
                    continuation.resume(returning: SignedPDFCheck.checkBlocking(
                        signed: fixtures.bytes(c.file), original: fixtures.bytes(c.registered), trustRoots: fixtures.certificates("ca.pem"), now: Self.now))
                }.start()
            }
            #expect(blocking == (await check(name)))
        }
    }

    @Test func aB_TTimestampGivesTheSigningTime() async throws {
        let verdict = await check("good-bt")
        #expect(verdict.isAccepted)
        #expect(verdict.signingTime?.source == .timestamp(imprintMatches: true))
        #expect(abs(verdict.signingTime!.date.timeIntervalSince(Self.now)) < 600)
    }

    @Test func withoutRootsTheChainIsNotChecked() async throws {
        for name in ["good-classic", "unknown-authority"] {
            let verdict = await check(name, roots: nil)
            #expect(verdict.isAccepted)
            #expect(verdict.trust == .notChecked)
        }
    }

    @Test func anUnknownAuthorityIsNotTrusted() async throws {
        let verdict = await check("unknown-authority")
        #expect(verdict.refusal == nil)
        #expect(verdict.trust == .notTrusted("unknown authority: no chain leads to a root certificate the office supplied"))
        #expect(!verdict.isAccepted)
        #expect(verdict.signer?.name == "Ratna Sari")
        // Trusted once its own authority is among the roots.
        #expect(await check("unknown-authority", roots: "stranger-ca.pem").trust == .trusted)
    }

    @Test func aByteChangedInsideTheSignedRangeIsRefused() async throws {
        let verdict = await check("tampered", registered: "base-classic.pdf")
        // The change is in the registered part, so the prefix check refuses it first …
        #expect(verdict.refusal == .notTheRegisteredPDF)
        // … and without the registered PDF the digest does.
        let alone = await SignedPDFCheck.check(signed: fixtures.bytes("tampered.pdf"), original: nil, trustRoots: nil, now: Self.now)
        #expect(alone.refusal == .documentChanged)
    }

    @Test func aByteChangedInTheAppendedPartIsRefused() async throws {
        var bytes = fixtures.bytes("good-classic.pdf")
        let at = find("(Tanda Tangan)", in: bytes)!
        bytes[at + 1] = UInt8(ascii: "B")
        let verdict = await SignedPDFCheck.check(signed: bytes, original: fixtures.bytes("base-classic.pdf"), trustRoots: nil, now: Self.now)
        #expect(verdict.refusal == .documentChanged)
    }

    @Test func theSignatureValueChangedIsRefused() async throws {
        var bytes = fixtures.bytes("good-classic.pdf")
        // The RSA signature is the last 256 bytes of a B-B block: change one hex digit in it.
        let pdf = try SignedPDFReader.read(bytes, originalLength: fixtures.bytes("base-classic.pdf").count)
        let contents = pdf.signatures[0].contentsToken
        let derLength = 4 + (Int(pdf.signatures[0].contents[2]) << 8 | Int(pdf.signatures[0].contents[3]))
        let digit = contents.lowerBound + 1 + 2 * derLength - 20
        bytes[digit] = bytes[digit] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let verdict = await SignedPDFCheck.check(signed: bytes, original: nil, trustRoots: nil, now: Self.now)
        #expect(verdict.refusal == .signatureInvalid("it does not verify with the signer's certificate"))
    }

    @Test func aSignedCopyOfAnotherDocumentIsRefused() async throws {
        let verdict = await check("other-document")
        #expect(verdict.refusal == .notTheRegisteredPDF)
        // Nothing else is said of a copy of another document: no signer, no time.
        #expect(verdict.signer == nil && verdict.signingTime == nil)
        // The index finds the document it really extends.
        let index = RegisteredPDFIndex(["base-classic.pdf", "base-other.pdf", "base-xrefstream.pdf"].map { name in
            let b = fixtures.bytes(name)
            return .init(id: name, size: b.count, sha256: sha256(b))
        })
        #expect(index.match(fixtures.bytes("other-document.pdf")).map(\.id) == ["base-other.pdf"])
        #expect(index.match(fixtures.bytes("good-xrefstream.pdf")).map(\.id) == ["base-xrefstream.pdf"])
        #expect(index.match(fixtures.bytes("base-classic.pdf")).isEmpty)
    }

    @Test func aTruncatedFileIsRefused() async throws {
        let verdict = await check("truncated")
        #expect(verdict.refusal == .unreadable("the file does not end as a PDF does (%%EOF is missing at the end): it may have been cut short"))
        // Cut exactly after an earlier %%EOF: the registered PDF alone, with nothing signing it.
        let base = fixtures.bytes("base-classic.pdf")
        #expect(await SignedPDFCheck.check(signed: base, original: base, trustRoots: nil, now: Self.now).refusal == .noSignature)
    }

    @Test func aDocumentSignedTwiceIsRefused() async throws {
        let verdict = await check("signed-twice")
        #expect(verdict.refusal == .signedTwice(2))
        #expect(verdict.signer == nil && verdict.signingTime == nil)
    }

    @Test func bytesAppendedAfterSigningAreRefused() async throws {
        // A whole, well-formed revision appended after the signature (as an editor would save).
        var bytes = fixtures.bytes("good-classic.pdf")
        let lastXref = try lastStartxref(bytes)
        let object = bytes.count
        bytes += Array("7 0 obj\n<< /Title (Diubah) >>\nendobj\n".utf8)
        let xref = bytes.count
        bytes += Array("xref\n7 1\n\(String(format: "%010d", object)) 00000 n \ntrailer\n<< /Size 11 /Root 1 0 R /Prev \(lastXref) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        let verdict = await SignedPDFCheck.check(signed: bytes, original: fixtures.bytes("base-classic.pdf"), trustRoots: nil, now: Self.now)
        #expect(verdict.refusal == .byteRangeIncomplete("\(bytes.count - fixtures.bytes("good-classic.pdf").count) bytes were added to the file after it was signed"))
    }

    @Test func aPrevPointingElsewhereIsRefused() async throws {
        var bytes = fixtures.bytes("good-classic.pdf")
        let at = find("/Prev ", in: bytes)! + 6
        bytes[at] = bytes[at] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        let verdict = await SignedPDFCheck.check(signed: bytes, original: fixtures.bytes("base-classic.pdf"), trustRoots: nil, now: Self.now)
        let start = fixtures.bytes("base-classic.pdf").count
        #expect(verdict.refusal == .unreadable("the revision at byte \(start) does not point back (/Prev) to the revision before it"))
    }
}

func find(_ text: String, in bytes: [UInt8]) -> Int? {
    let needle = Array(text.utf8)
    guard bytes.count >= needle.count else { return nil }
    return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
}

func lastStartxref(_ bytes: [UInt8]) throws -> Int {
    let text = String(decoding: bytes.suffix(64), as: UTF8.self)
    return Int(text.components(separatedBy: "startxref\n").last!.prefix { $0.isNumber })!
}

import Crypto
func sha256(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }
