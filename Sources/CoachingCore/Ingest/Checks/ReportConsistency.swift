/// Checks across the rows of one or more reports, row by row as they stream past: the same
/// person twice in a period, and agents whose team leader is not a team leader in the report.
///
/// Memory grows with the rows (about 20 to 40 bytes per person and period, so a million rows
/// stay well within the memory budget), and locations are only worked out for rows that need a message.
public struct ReportConsistency: Sendable {
    private typealias Entry = PersonEntry
    private var entries = PersonTable()
    private var files: [String] = []
    private var repeats: [String: (location: SourceLocation, otherFile: String, count: Int)] = [:]
    private var leaderReferences: [PersonKey: (location: SourceLocation, count: Int)] = [:]
    private var lastLeader: PersonKey?
    /// References to `lastLeader` not yet counted in `leaderReferences`: rows come grouped by
    /// team, so most rows add one here instead of hashing their key into the dictionary.
    private var lastLeaderPending = 0
    /// A part of a file read in parallel numbers its lines from 1; its messages about
    /// repeats wait in ``pendingRepeats`` until ``absorb`` knows the real line numbers.
    var defersMessages = false
    private var pendingRepeats: [(location: SourceLocation, key: PersonKey, firstLine: Int)] = []
    /// Aspect codes seen in report columns.
    public private(set) var aspectCodes: Set<String> = []

    /// The language of the messages.
    public let language: Language

    public init(language: Language) { self.language = language }

    mutating func add(layout: ReportLayout) { aspectCodes.formUnion(layout.aspectCodes) }


    /// The position of a person in a period, if the reports have them.
    func jabatan(of key: PersonKey) -> Jabatan? {
        entries[key].map { $0.isTeamLeader ? .teamLeaderInformasi : .agenInformasi }
    }

    private mutating func fileIndex(_ name: String) -> UInt16 {
        if let last = files.last, last == name { return UInt16(files.count - 1) }
        if let index = files.firstIndex(of: name) { return UInt16(index) }
        files.append(name)
        return UInt16(files.count - 1)
    }

    /// Adds a row; the locations are computed only if a message needs them.
    /// Returns false when the row repeats a person already seen (the row is then not used).
    @discardableResult
    mutating func add(_ record: ReportIdentity, file: String, line: Int, nipLocation: () -> SourceLocation,
                      leaderLocation: () -> SourceLocation, log: inout DiagnosticLog) -> Bool {
        let key = PersonKey(record.periode, record.nip)
        let fileNumber = fileIndex(file)
        let entry = Entry(line: UInt32(clamping: line), file: fileNumber, isTeamLeader: record.jabatan == .teamLeaderInformasi)
        if let first = entries.insertIfAbsent(key, entry) {
            let here = nipLocation()
            duplicate(key, at: here, first: first, sameFile: first.file == fileNumber, log: &log)
            return false
        }
        if let leader = record.nipTeamLeader {
            let ref = PersonKey(record.periode, leader)
            if ref == lastLeader {
                lastLeaderPending += 1
            } else {
                countLastLeader()
                if leaderReferences[ref] == nil { leaderReferences[ref] = (leaderLocation(), 0) }
                lastLeader = ref
                lastLeaderPending = 1
            }
        }
        return true
    }

    /// Moves the pending references to the last leader into `leaderReferences`.
    private mutating func countLastLeader() {
        if let lastLeader, lastLeaderPending > 0 { leaderReferences[lastLeader]!.count += lastLeaderPending }
        lastLeaderPending = 0
    }

    private mutating func duplicate(_ key: PersonKey, at here: SourceLocation, first: Entry, sameFile: Bool, log: inout DiagnosticLog) {
        if sameFile && defersMessages {
            pendingRepeats.append((here, key, Int(first.line)))
        } else if sameFile {
            log.add(repeatMessage(key, at: here, firstLine: Int(first.line)))
        } else {
            // Two report files with the same month (say the CSV and XML export of one
            // report) are worth one note, not a stop; the first file counts.
            let existing = repeats[here.file]
            repeats[here.file] = (existing?.location ?? here, files[Int(first.file)], (existing?.count ?? 0) + 1)
        }
    }

    private func repeatMessage(_ key: PersonKey, at here: SourceLocation, firstLine: Int) -> Diagnostic {
        Diagnostic(.error, at: here, language.text(.reportDuplicatePerson, ["nip": key.nip.description, "period": key.periode.description, "line": "\(firstLine)"]),
                   field: "nip")
    }

    /// Takes in the rows another instance saw in a later part of the same file (read in
    /// parallel), as if they had been added here in order; their lines move by `lineOffset`.
    /// A repeat found only now gets its place from `locate` (given the real line), which
    /// reads that line again for the column.
    mutating func absorb(_ other: ReportConsistency, lineOffset: Int, log: inout DiagnosticLog,
                         locate: (Int) -> SourceLocation) {

        aspectCodes.formUnion(other.aspectCodes)
        var fileMap: [UInt16] = []
        for name in other.files { fileMap.append(fileIndex(name)) }
        other.entries.forEach { key, entry in
            var moved = entry
            moved.line += UInt32(lineOffset)
            moved.file = fileMap[Int(entry.file)]
            if let first = entries.insertIfAbsent(key, moved) {
                duplicate(key, at: locate(Int(moved.line)), first: first, sameFile: first.file == moved.file, log: &log)
            }
        }
        // Repeats within the part point at the first row anywhere, which may be in an earlier part.
        for pending in other.pendingRepeats {
            var here = pending.location
            here.line += lineOffset
            let firstLine = entries[pending.key].map { Int($0.line) } ?? pending.firstLine + lineOffset
            log.add(repeatMessage(pending.key, at: here, firstLine: firstLine))
        }
        countLastLeader()
        var other = other
        other.countLastLeader()
        for (key, reference) in other.leaderReferences {
            var location = reference.location
            location.line += lineOffset
            if let existing = leaderReferences[key] {
                leaderReferences[key] = (existing.location, existing.count + reference.count)
            } else {
                leaderReferences[key] = (location, reference.count)
            }
        }
        for (file, r) in other.repeats {
            var location = r.location
            location.line += lineOffset
            let existing = repeats[file]
            repeats[file] = (existing?.location ?? location, r.otherFile, (existing?.count ?? 0) + r.count)
        }
    }

    /// Reports references to team leaders that never appeared, once per leader and period.
    mutating func finish(log: inout DiagnosticLog) {
        countLastLeader()
        let dangling = leaderReferences.filter { entries[$0.key]?.isTeamLeader != true }
            .sorted { ($0.value.location.file, $0.value.location.line) < ($1.value.location.file, $1.value.location.line) }
        for (key, reference) in dangling {
            let others = reference.count > 1 ? language.text(.andMoreRows, ["rows": language.count(reference.count - 1, .nounMoreRow)]) : ""
            let arguments = ["others": others, "nip": key.nip.description, "period": key.periode.description]
            let message = language.text(entries[key] != nil ? .leaderIsAgent : .leaderWithoutRow, arguments)
            log.error(reference.location, message, field: "nip_team_leader")
        }
        leaderReferences.removeAll()
        lastLeader = nil
        for (_, r) in repeats.sorted(by: { $0.key < $1.key }) {
            log.warning(r.location, language.text(.rowsRepeatOtherFile, ["rows": language.count(r.count, .nounRow), "other": r.otherFile]))
        }
        repeats.removeAll()
    }
}
