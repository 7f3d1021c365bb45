import CoachingCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why printing with Chromium stopped: a message worded in the clerk's language where it is
/// shown (``text(_:)``). What Chromium itself said stays as it said it.
struct ChromiumError: MessageCarryingError, Sendable, CustomStringConvertible {
    var said: Message
    var message: Message? { said }
    init(_ key: MessageKey, _ arguments: [String: String] = [:], parts: [String: Message] = [:]) {
        said = Message(key, arguments, parts: parts)
    }

    /// The message in `language`.
    func text(_ language: Language) -> String { said.text(language) }
    var description: String { said.text(.en) }
}

/// One headless Chromium, spoken to through its DevTools pipe: it reads commands on file
/// descriptor 3 and writes replies and events on 4, each a JSON text ended by a NUL byte.
///
/// Spawned with `posix_spawn` (Foundation's `Process` cannot place descriptors 3 and 4) in a
/// process group of its own, so that ``stop()`` ends the browser and the helpers it started.
/// Its standard error goes to a file in its temporary profile, for the message when it dies.
final class ChromiumProcess {
    let pid: pid_t
    private let commands: Int32
    private let replies: Int32
    private let profile: String
    private var buffer: [UInt8] = []
    private var stopped = false

    /// The flags: headless without a sandbox (none is available to an unprivileged user in a
    /// container, and the pages are the tool's own files), no GPU, no first-run or default-browser
    /// prompts, a throwaway profile; the tabs that are not in front are not slowed down (several
    /// print at once).
    static func arguments(profile: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-dev-shm-usage",
         "--mute-audio", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
         "--disable-backgrounding-occluded-windows", "--user-data-dir=\(profile)", "about:blank"]
    }

    init(executable: String) throws(ChromiumError) {
        // A reader that has gone must be an error from write(), not a signal that ends the tool.
        signal(SIGPIPE, SIG_IGN)
        var template = Array((NSTemporaryDirectory() + "/coaching-chromium-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ChromiumError(.printChromiumNoProfile, ["reason": String(cString: strerror(errno))]) }
        profile = String(cString: made)
        func pipePair() throws(ChromiumError) -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw ChromiumError(.printChromiumNoPipe, ["reason": String(cString: strerror(errno))]) }
            // Above 4, so that placing them at 3 and 4 in the child never lands on themselves
            // (dup2 onto the same number would keep close-on-exec).
            let high = fds.map { fd -> Int32 in let h = fcntl(fd, F_DUPFD_CLOEXEC, 10); close(fd); return h }
            return (high[0], high[1])
        }
        let toChild = try pipePair(), fromChild = try pipePair()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromChild.write, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, profile + "/stderr.log", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let argv = ([executable] + Self.arguments(profile: profile)).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        close(toChild.read)
        close(fromChild.write)
        guard status == 0 else {
            close(toChild.write)
            close(fromChild.read)
            Self.removeProfile(profile)
            throw ChromiumError(.printChromiumCannotStart, ["path": executable, "reason": String(cString: strerror(status))])
        }
        pid = child
        commands = toChild.write
        replies = fromChild.read
    }

    deinit { stop() }

    /// Sends one message.
    func send(_ message: [UInt8]) throws(ChromiumError) {
        var bytes = message
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(commands, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw died(.printChromiumStoppedReading) }
            written += n
        }
    }

    /// The next message, waiting at most until `deadline` (a `DispatchTime` uptime in nanoseconds);
    /// nil when the time is up.
    func receive(until deadline: UInt64) throws(ChromiumError) -> [UInt8]? {
        var scanned = 0
        while true {
            if let end = buffer[scanned...].firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return message
            }
            scanned = buffer.count
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return nil }
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(1_000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw died(.printChromiumClosedPipe) }
            buffer += chunk[..<n]
        }
    }

    /// Chromium has gone: what it said last on standard error, and how it ended.
    private func died(_ what: MessageKey) -> ChromiumError {
        var status: Int32 = 0
        var how = Message(.empty)
        // A browser that has closed its pipe is usually on its way out: a second for its last words.
        var exited = false
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            usleep(20_000)
        }
        if exited {
            how = status & 0x7f == 0 ? Message(.printChromiumExitStatus, ["status": "\((status >> 8) & 0xff)"])
                : Message(.printChromiumKilled, ["signal": "\(status & 0x7f)"])
        }
        let log = (try? String(contentsOfFile: profile + "/stderr.log", encoding: .utf8)) ?? ""
        let last = log.split(separator: "\n").suffix(3).joined(separator: "\n  ")
        // Chromium's own last words, as it wrote them.
        let said = last.isEmpty ? Message(.empty) : Message(.printChromiumSaid, ["last": last])
        return ChromiumError(.printChromiumStopped, parts: ["what": Message(what), "how": how, "said": said])
    }

    /// Ends the browser and every process it started, and removes its profile. Killed outright:
    /// its profile is thrown away and every PDF is already in hand, and a polite `Browser.close`
    /// took a second of the run waiting for it to shut down.
    func stop() {
        guard !stopped else { return }
        stopped = true
        close(commands)
        // The group the browser leads: its renderers and helpers too.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(replies)
        Self.removeProfile(profile)
    }

    private static func removeProfile(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
