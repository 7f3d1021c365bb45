import CoachingCore
import Foundation
import Testing

/// Issue #19, surprise 8: a file-system error says what happened to which path and what to do,
/// not "NSCocoaErrorDomain Code=516".
@Suite("File-system errors in words")
struct FileProblemTests {
    @Test func aFileThatExistsIsSaidWithItsPath() {
        let error = CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: "Output/kunci.pem"])
        #expect(Language.id.describe(error) == "Output/kunci.pem sudah ada; pindahkan atau hapus dahulu, atau pilih nama lain")
        #expect(Language.en.describe(error) == "Output/kunci.pem already exists; move or delete it first, or choose another name")
    }

    @Test(arguments: [
        (EACCES, "tidak ada izin untuk membaca atau menulis /x/y; periksa hak akses berkas dan foldernya (ls -l), atau gunakan folder milik Anda sendiri"),
        (ENOSPC, "ruang disk habis saat menulis /x/y; kosongkan ruang penyimpanan, lalu jalankan kembali"),
        (ENOENT, "/x/y tidak ditemukan; periksa nama dan folder berkas itu"),
        (EROFS, "/x/y berada pada media yang hanya dapat dibaca; gunakan folder yang dapat ditulisi (misalnya dengan --out)"),
    ] as [(Int32, String)])
    func eachKindOfFailureSaysWhatToDo(code: Int32, text: String) {
        #expect(FileProblem(errno: code, path: "/x/y").text(.id) == text)
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512,
                              userInfo: [NSFilePathErrorKey: "/x/y", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        #expect(Language.id.describe(wrapped) == text)
    }

    @Test func aRealWriteOverAnExistingFileIsTranslated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fileproblem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.txt"), b = folder.appendingPathComponent("b.txt")
        try Data("a".utf8).write(to: a)
        try Data("b".utf8).write(to: b)
        do {
            try FileManager.default.copyItem(at: a, to: b)
            Issue.record("copied over an existing file")
        } catch {
            #expect(Language.en.describe(error).hasSuffix("already exists; move or delete it first, or choose another name"), "\(error)")
        }
    }

    @Test func anErrorThatIsNotAboutFilesIsLeftAsItIs() {
        struct Other: Error, CustomStringConvertible { var description: String { "something else" } }
        #expect(Language.id.describe(Other()) == "something else")
    }
}
