import ArgumentParser
import CoachingCore
import CoachingRegister
import Foundation

/// Opening the register under the output root, and the who and when of audit entries.
enum RegisterAccess {
    /// Opens the register and finishes the file moves a killed run left committed but undone.
    static func open(_ out: String, create: Bool = true) throws -> (Register, StagedFiles) {
        do {
            let register = try Register(root: URL(fileURLWithPath: out), create: create)
            let staged = StagedFiles(register: register)
            try staged.finishPendingMoves()
            return (register, staged)
        } catch let error as RegisterError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// Now, WIB, as an ISO timestamp: `2026-11-25T14:03:07+07:00`.
    static func now() -> String {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        let day = CivilDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = ((seconds % 86_400) + 86_400) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))+07:00"
    }

    /// The person at the keyboard, for entries that have no `--by`.
    static func systemUser() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}
