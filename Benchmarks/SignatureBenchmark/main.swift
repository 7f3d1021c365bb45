// `signature-bench FOLDER [ROUNDS]`: the signature check `lampirkan` makes, on every signed PDF of
// FOLDER (made by `Scripts/make-signed-pdfs FOLDER --bulk N`): each file read from disk, matched
// to its registered PDF by prefix among all N (`RegisteredPDFIndex`, from registered.json's sizes
// and SHA-256), then checked in full against the folder's ca.pem (structure, byte range, digest,
// signature, chain). One core, one file after another, as `lampirkan` would. Prints the best of
// ROUNDS passes; Scripts/bench-signatures runs it beside pyHanko and `openssl cms -verify`.
import Foundation
import PDFSignature

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: signature-bench FOLDER [ROUNDS]\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1

struct Registered: Decodable { var file: String; var size: Int; var sha256: String }
func bytes(_ name: String) -> [UInt8] { Array(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()) }
func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.utf8)
    return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16)! }
}
let registered = try JSONDecoder().decode([Registered].self, from: Data(bytes("registered.json")))
let index = RegisteredPDFIndex(registered.map { .init(id: $0.file, size: $0.size, sha256: hex($0.sha256)) })
let roots = try TrustRoots.certificates(fileName: "ca.pem", bytes: bytes("ca.pem"))
let signedNames = registered.map { $0.file.replacingOccurrences(of: ".pdf", with: "-signed.pdf") }
let now = Date()

var best = Double.infinity, accepted = 0, totalBytes = 0
for _ in 0..<rounds {
    accepted = 0
    totalBytes = 0
    let start = DispatchTime.now()
    for (name, expected) in zip(signedNames, registered) {
        let signed = bytes(name)
        totalBytes += signed.count
        guard let match = index.match(signed).first, match.id == expected.file else { continue }
        let verdict = await SignedPDFCheck.check(signed: signed, originalLength: match.size, trustRoots: roots, now: now)
        if verdict.isAccepted && verdict.trust == .trusted { accepted += 1 }
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}
print(String(format: "ours %.3f s for %d files (%.2f ms each, %.1f MB), %d accepted and trusted", best, signedNames.count,
             best * 1000 / Double(max(1, signedNames.count)), Double(totalBytes) / 1e6, accepted))
if accepted != signedNames.count { exit(1) }
