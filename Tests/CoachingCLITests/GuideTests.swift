import Foundation
import Testing
import TestSupport

/// The user guide, `docs/panduan.md`, cannot rot silently: every picture it shows exists, every
/// `coaching …` line of its command boxes names a real command and real options of the program
/// as built, and the `check` output it quotes is what `check` prints today.
@Suite("The user guide (docs/panduan.md)", .serialized)
struct GuideTests {
    static let guide = repositoryRoot.appendingPathComponent("docs/panduan.md")

    static func text() throws -> String { try String(contentsOf: guide, encoding: .utf8) }

    // MARK: - Pictures

    /// The targets of `![…](…)` in `markdown`.
    static func pictures(in markdown: String) -> [String] {
        markdown.matches(of: /!\[[^\]]*\]\(([^)\s]+)\)/).map { String($0.output.1) }
    }

    @Test func everyPictureTheGuideShowsExistsAndNoneIsLeftOver() throws {
        let shown = Self.pictures(in: try Self.text())
        // The guide shows every document; a parser that found none would pass anything.
        #expect(shown.count >= 8, "\(shown)")
        let docs = repositoryRoot.appendingPathComponent("docs")
        for picture in shown {
            #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent(picture).path),
                    "docs/panduan.md shows \(picture), which is not there: run Scripts/guide-pictures")
        }
        let drawn = try FileManager.default.contentsOfDirectory(atPath: docs.appendingPathComponent("gambar").path).filter { $0.hasSuffix(".png") }
        for file in drawn {
            #expect(shown.contains("gambar/\(file)"), "docs/gambar/\(file) is not shown in the guide: drop it from Scripts/guide-pictures")
        }
    }

    // MARK: - Links inside the guide

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().compactMap { c -> Character? in
            if c == " " { return "-" }
            return c.isLetter || c.isNumber || c == "-" || c == "_" ? c : nil
        })
    }

    @Test func everyLinkWithinTheGuideLeadsToAHeading() throws {
        let text = try Self.text()
        let anchors = Set(text.split(separator: "\n").filter { $0.hasPrefix("#") }
            .map { Self.anchor(String($0.drop { $0 == "#" }.dropFirst())) })
        let links = text.matches(of: /\]\(#([^)]+)\)/).map { String($0.output.1) }
        #expect(links.count >= 10)
        for link in links where !anchors.contains(link) { Issue.record("docs/panduan.md links to #\(link), which no heading has") }
        #expect(Self.anchor("5. Bila `check` menemukan masalah") == "5-bila-check-menemukan-masalah")
    }

    // MARK: - Commands

    /// A command of the program as `--experimental-dump-help` describes it.
    struct Command {
        var names: [String]
        var options: Set<String>
        var subcommands: [Command]

        init(_ json: [String: Any]) {
            names = [json["commandName"] as? String ?? ""] + (json["aliases"] as? [String] ?? [])
            var options: Set<String> = ["--help", "-h"]
            for argument in json["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] {
                    guard let text = name["name"] as? String else { continue }
                    switch name["kind"] as? String {
                    case "long": options.insert("--" + text)
                    case "short": options.insert("-" + text)
                    case "longWithSingleDash": options.insert("-" + text)
                    default: break
                    }
                }
            }
            self.options = options
            subcommands = (json["subcommands"] as? [[String: Any]] ?? []).map(Command.init)
        }

        func subcommand(_ name: String) -> Command? { subcommands.first { $0.names.contains(name) } }
    }

    /// The program's command tree, from the program itself.
    static func commandTree() throws -> Command {
        guard let program = WorkflowTests.program else { throw WorkflowTests.ProgramMissing() }
        let dump = try runTool(program.path, ["--experimental-dump-help"])
        let json = try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any]
        return Command(try #require(json?["command"] as? [String: Any]))
    }

    /// The `coaching …` lines of the guide's command boxes (fenced blocks without a language;
    /// `text` blocks show output), and the `` `coaching …` `` spans of its prose and tables.
    static func commandLines(in markdown: String) -> [String] {
        var lines: [String] = [], inBox = false, isCommandBox = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if inBox { inBox = false } else { inBox = true; isCommandBox = line == "```" }
                continue
            }
            if inBox {
                if isCommandBox && line.hasPrefix("coaching ") { lines.append(String(line)) }
            } else {
                lines += line.matches(of: /`(coaching [^`]+)`/).map { String($0.output.1) }
            }
        }
        return lines
    }

    /// The words of a command line as a shell splits them (double quotes kept together).
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for c in line {
            if c == "\"" { quoted.toggle(); started = true; continue }
            if c == " " && !quoted {
                if started { words.append(current) }
                current = ""; started = false
                continue
            }
            current.append(c); started = true
        }
        if started { words.append(current) }
        return words
    }

    /// What is wrong with `line` against the program's `tree`: nil when every word that names a
    /// command or an option is real.
    static func problem(with line: String, tree: Command) -> String? {
        var words = words(line).dropFirst()
        guard let first = words.first else { return "no command" }
        if first == "help" {
            // `coaching help NAMA-PERINTAH`: a placeholder in capitals names no command.
            guard let named = words.dropFirst().first, named == named.lowercased() else { return nil }
            return tree.subcommand(named) == nil ? "no command '\(named)'" : nil
        }
        guard var command = tree.subcommand(first) else { return "no command '\(first)'" }
        words = words.dropFirst()
        // `templates check`, `register rebuild`: a group's subcommand comes next.
        while let next = words.first, let sub = command.subcommand(next) {
            command = sub
            words = words.dropFirst()
        }
        if !command.subcommands.isEmpty { return "'\(command.names[0])' needs one of its subcommands" }
        for word in words where word.hasPrefix("-") {
            let option = String(word.split(separator: "=", maxSplits: 1)[0])
            if !command.options.contains(option) { return "'\(command.names[0])' has no option \(option)" }
        }
        return nil
    }

    @Test func everyCommandTheGuideShowsIsARealCommandWithRealOptions() throws {
        let tree = try Self.commandTree()
        let lines = Self.commandLines(in: try Self.text())
        // The month's work alone is a dozen commands; finding fewer means the parser broke.
        #expect(lines.count >= 20, "\(lines)")
        let shown = Set(lines.compactMap { Self.words($0).dropFirst().first })
        for command in ["init", "keygen", "calendar", "check", "candidates", "schedule", "approve", "minutes", "receive", "pdf",
                        "lampirkan", "archive", "verify", "status", "find"] {
            #expect(shown.contains(command), "the guide shows no `coaching \(command)`")
        }
        for line in lines {
            if let problem = Self.problem(with: line, tree: tree) { Issue.record("docs/panduan.md: `\(line)`: \(problem)") }
        }
    }

    @Test func aCommandOrOptionThatDoesNotExistIsFound() throws {
        let tree = try Self.commandTree()
        #expect(Self.problem(with: "coaching schedule --reports a.csv --assigned-on 2026-11-25", tree: tree) == nil)
        #expect(Self.problem(with: "coaching attach 2026-001 a.pdf", tree: tree) == nil)
        #expect(Self.problem(with: "coaching templates check", tree: tree) == nil)
        #expect(Self.problem(with: "coaching schedule --report a.csv", tree: tree) == "'schedule' has no option --report")
        #expect(Self.problem(with: "coaching jadwal 2026-001", tree: tree) == "no command 'jadwal'")
        #expect(Self.problem(with: "coaching templates", tree: tree) == "'templates' needs one of its subcommands")
        #expect(Self.problem(with: "coaching help NAMA-PERINTAH", tree: tree) == nil)
        #expect(Self.problem(with: "coaching help jadwal", tree: tree) == "no command 'jadwal'")
        #expect(Self.commandLines(in: "Run `coaching status` or\n```\ncoaching pdf 2026-001\n```\n```text\ncoaching output\n```\n")
                == ["coaching status", "coaching pdf 2026-001"])
        #expect(Self.words(#"coaching minutes 1 --reason "salah ketik" --revise 8"#) == ["coaching", "minutes", "1", "--reason", "salah ketik", "--revise", "8"])
    }

    /// Every option any command has.
    static func allOptions(_ command: Command) -> Set<String> {
        command.subcommands.reduce(command.options) { $0.union(allOptions($1)) }
    }

    @Test func everyOptionTheProseNamesExistsInSomeCommand() throws {
        let options = Self.allOptions(try Self.commandTree())
        let named = try Self.text().matches(of: /`(--[a-z][a-z-]*)/).map { String($0.output.1) }
        #expect(named.count >= 10, "\(named)")
        for option in Set(named) where !options.contains(option) {
            Issue.record("docs/panduan.md names \(option), which no command has")
        }
    }

    // MARK: - The `check` output quoted

    /// The output block that follows the `keluaran-check` marker.
    static func quotedCheckOutput(in markdown: String) -> String? {
        guard let marker = markdown.range(of: "<!-- keluaran-check") else { return nil }
        let rest = markdown[marker.upperBound...]
        guard let open = rest.range(of: "```text\n"), let close = rest[open.upperBound...].range(of: "\n```") else { return nil }
        return String(rest[open.upperBound..<close.lowerBound])
    }

    @Test func theCheckOutputTheGuideQuotesIsWhatCheckPrints() throws {
        let quoted = try #require(Self.quotedCheckOutput(in: try Self.text()), "docs/panduan.md has no keluaran-check block")
        // In the office's language, as the guide's reader sees it.
        let run = try WorkflowTests.coaching(["check", "docs/contoh/laporan-kinerja-rusak.csv", "--lang", "id"], in: repositoryRoot)
        #expect(run.status == 1, "the broken copy must fail the check: \(run.output)")
        let printed = (run.errors + run.output).trimmingCharacters(in: .newlines)
        #expect(quoted == printed, "paste this into docs/panduan.md after the keluaran-check marker:\n\(printed)")
    }
}
