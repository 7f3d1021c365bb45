import CoachingCore
import Foundation

/// The day the tests run on, as the CLI tests' `COACHING_TODAY=2026-12-31`: after every date
/// of the fixtures, so no fixture NIP lies in the future.
public let testToday = CivilDate(year: 2026, month: 12, day: 31)!

/// Checks in-memory files the way `coaching check` does and returns the formatted diagnostics.
public func checkFiles(_ files: [(String, [UInt8])], configuration: Configuration = englishConfiguration, today: CivilDate = testToday) -> [FileCheck] {
    InputChecker(configuration: configuration, today: today).check(files.map { InputFile(name: $0.0, source: MemoryByteSource($0.1)) })
}

public func checkFiles(_ files: [(String, String)], configuration: Configuration = englishConfiguration, today: CivilDate = testToday) -> [FileCheck] {
    checkFiles(files.map { ($0.0, Array($0.1.utf8)) }, configuration: configuration, today: today)
}

/// The built-in settings with messages in English: the suites written before the messages were
/// Indonesian keep their English texts through it; `LanguageMessagesTests` checks the Indonesian ones.
public let englishConfiguration: Configuration = {
    var configuration = Configuration()
    configuration.language = .en
    return configuration
}()

/// All diagnostics of a check, formatted, in file order.
public func messages(_ results: [FileCheck]) -> [String] {
    results.flatMap { $0.log.sorted.map(\.formatted) }
}

/// The repository root, for tests that compare with files in it.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A report with two valid rows (a team leader and an agent), for tests to build on.
public enum Fixture {
    public static let header = "periode,nip,nama,jabatan,tim,nip_team_leader,jumlah_penilaian,nilai_kualitas,aspek_etika_bertelepon,kpi_aht_detik"
    public static let leader = "2026-10,198609262015051001,Rizki Pratama,Team Leader Informasi,Tim 1,,8,88.5,90,300"
    public static let agent = "2026-10,198012302010012005,Dewi Lestari,Agen Informasi,Tim 1,198609262015051001,7,76,70.5,410"
    public static let report = [header, leader, agent].joined(separator: "\n") + "\n"
}

/// A NIP from its 18 digits, for fixtures that are known to be valid.
public func nip(_ text: String) -> NIP {
    guard case .valid(let value, _) = NIP.validate(Array(text.utf8)) else { fatalError("not a NIP: \(text)") }
    return value
}

/// An external program the machine has (`/usr/bin` or `/usr/local/bin`), or nil.
public func installedTool(_ name: String) -> String? {
    ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs an external program and returns what it printed; its errors are dropped.
@discardableResult
public func runTool(_ path: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
