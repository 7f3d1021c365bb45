import Foundation
import PDFSignature
import Testing
import TestSupport
import X509

/// The signed PDFs `Scripts/make-signed-pdfs` makes with pyHanko (a throwaway CA, an employee
/// certificate, B-B and B-T, and the spoiled cases), made once per test run in a temporary
/// folder, with pyHanko's own verdict on each (`cases.json`). Nil, with the reason, when pyHanko
/// or python3 is missing: the tests that need them are then reported as skipped, saying why.
struct PyHankoFixtures: Sendable {
    struct Case: Decodable, Sendable {
        struct Verdict: Decodable, Sendable {
            struct Signature: Decodable, Sendable {
                var intact: Bool, valid: Bool, trusted: Bool, coverage: String?
            }
            var readable: Bool
            var signatures: [Signature]
        }
        var file: String
        var registered: String
        var pyhanko: Verdict

        /// pyHanko's word that the file holds one signature, intact and valid, over the whole file.
        var pyHankoAccepts: Bool {
            guard pyhanko.readable, pyhanko.signatures.count == 1, let s = pyhanko.signatures.first else { return false }
            return s.intact && s.valid && s.coverage == "ENTIRE_FILE"
        }
    }

    struct Manifest: Decodable, Sendable {
        var cases: [String: Case]
    }

    let folder: URL
    let cases: [String: Case]

    func bytes(_ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
    }

    func certificates(_ name: String) -> [Certificate] {
        (try? TrustRoots.certificates(fileName: name, bytes: bytes(name))) ?? []
    }

    /// Made once; `.failure` says why not.
    static let made: Result<PyHankoFixtures, Unavailable> = make()

    struct Unavailable: Error, CustomStringConvertible { var description: String }

    static var available: Bool { (try? made.get()) != nil }
    static var reason: Comment {
        if case .failure(let why) = made { return Comment(rawValue: "skipped: \(why.description)") }
        return ""
    }

    private static func make() -> Result<PyHankoFixtures, Unavailable> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdfsignature-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("Scripts/make-signed-pdfs").path, folder.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(Unavailable(description: "python3 cannot be started (\(error))")) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Unavailable(description: process.terminationStatus == 3
                ? "pyHanko is not installed (pip install pyhanko; .ci/run installs it)"
                : "Scripts/make-signed-pdfs failed: \(message.suffix(400))"))
        }
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.json")),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
            return .failure(Unavailable(description: "Scripts/make-signed-pdfs wrote no readable cases.json"))
        }
        return .success(PyHankoFixtures(folder: folder, cases: manifest.cases))
    }
}

