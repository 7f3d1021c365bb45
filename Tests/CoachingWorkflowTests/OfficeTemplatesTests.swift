import CoachingCore
@testable import CoachingWorkflow
import Foundation
import Testing

@Suite("An office's template folder")
struct OfficeTemplatesTests {
    /// A partial that is a link out of the folder would print another file into a document.
    @Test func aLinkThatLeadsOutOfTheFolderIsRefusedByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("rahasia-\(UUID().uuidString).txt")
        try Data("root:x:0:0".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("kop.html"), withDestinationURL: secret)
        let error = #expect(throws: WorkflowError.self) { try TemplateFolder.office(folder.path, language: .en) }
        #expect(error == WorkflowError(.invalidInput, "error: \(folder.path)/kop.html leads outside the template folder (to \(secret.path)); a template must be a file in the folder itself"))
        // A link inside the folder is fine, and its text is used.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("kop.html"))
        try Data("<p>kop kantor</p>".utf8).write(to: folder.appendingPathComponent("kop-asli.html"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("kop.html"), withDestinationURL: folder.appendingPathComponent("kop-asli.html"))
        #expect(try TemplateFolder.office(folder.path, language: .en).source("kop.html")?.source == "<p>kop kantor</p>")
    }

    @Test func aFileIsNotAFolder() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bukan-folder-\(UUID().uuidString).html")
        try Data("x".utf8).write(to: file)
        let error = #expect(throws: WorkflowError.self) { try TemplateFolder.office(file.path, language: .en) }
        #expect(error == WorkflowError(.usage, "error: \(file.path) is not a folder"))
    }
}
