// `minutes-bench BATCH_FOLDER NOTES.csv`: how fast the Berita Acara HTML is drawn, per document,
// on one core, from the same data `coaching minutes` and Benchmarks/peers/minutes_peer.py use
// (the batch's jadwal-coaching.xml and coaching.toml, and the filled-in worksheet). The value is
// built and rendered for each document, as the peer builds its dict and renders with Jinja2.
import CoachingCore
import CompiledMustache
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: minutes-bench BATCH_FOLDER NOTES.csv [ROUNDS]\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
func bytes(_ url: URL) -> [UInt8] { Array(FileManager.default.contents(atPath: url.path) ?? Data()) }
let settings = String(decoding: bytes(folder.appendingPathComponent("coaching.toml")), as: UTF8.self)
guard let configuration = ConfigurationLoader(language: .en).load(text: settings, file: "coaching.toml").0 else { exit(1) }
var log = DiagnosticLog()
let jadwalFile = InputFile(name: "jadwal-coaching.xml", source: MemoryByteSource(bytes(folder.appendingPathComponent("jadwal-coaching.xml"))))
guard let jadwal = JadwalReader.read(jadwalFile, validate: false, language: .en, log: &log) else { exit(1) }
let (rows, notesLog) = NotesReader(jadwal: jadwal).read(InputFile(name: arguments[2], source: MemoryByteSource(bytes(URL(fileURLWithPath: arguments[2])))))
let plan = MinutesPlan(jadwal: jadwal, notes: rows, log: notesLog)
let template = try TemplateFolder().load("berita-acara-coaching.html", schema: BeritaAcaraDocument.schema)
let shared = BeritaAcaraDocument.Batch(configuration: configuration, jadwalNumber: jadwal.number)
let documents = plan.ready.enumerated().map { i, item in
    BeritaAcaraDocument(item: item, batch: shared,
                        number: "BA-\(i + 1)/\(configuration.office.unitCode)/\((item.notes.heldOn ?? item.entry.date).year)")
}
// Best of ROUNDS passes (default 1), as the timing of a machine shared with others varies.
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
var best = Double.infinity, total = 0
for _ in 0..<rounds {
    total = 0
    let start = DispatchTime.now()
    for document in documents {
        total &+= try template.render(document.value, sizeHint: 8192).count
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}
print(String(format: "ours %.1f us/doc %d docs %d bytes", best * 1e6 / Double(max(1, documents.count)), documents.count, total))
