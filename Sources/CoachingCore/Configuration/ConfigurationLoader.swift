import Foundation
import TOMLKit

/// Reads `coaching.toml` into a ``Configuration``, reporting each wrong value with its key,
/// its line and what is allowed. Unknown keys are warnings (a typo should not go unnoticed,
/// nor stop the office).
public struct ConfigurationLoader {
    /// The language of the diagnostics.
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Parses `text`; `file` names it in diagnostics. Returns nil configuration when the
    /// file cannot be used (the diagnostics say why).
    public func load(text: String, file: String) -> (Configuration?, [Diagnostic]) {
        if let problem = Self.unsafeTableHeader(in: text, file: file, language: language) { return (nil, [problem]) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let at = SourceLocation(file: file, line: error.source.begin.line, column: error.source.begin.column)
            return (nil, [Diagnostic(.error, at: at, language.text(.settingsNotTOML, ["detail": error.description]))])
        } catch {
            return (nil, [Diagnostic(.error, at: SourceLocation(file: file), language.text(.settingsNotTOML, ["detail": "\(error)"]))])
        }
        var reader = TableReader(file: file, locator: TOMLKeyLocator(text: text), language: language)
        let configuration = reader.read(table)
        let diagnostics = reader.log.sorted
        return (reader.log.hasErrors ? nil : configuration, diagnostics)
    }
}

extension ConfigurationLoader {
    /// A table header whose name starts with a character TOML does not allow there (`[é]`).
    /// toml++ (inside TOMLKit) asserts on it and the process dies (found by fuzzing), so such a
    /// line is reported here, with its place, before the text reaches the parser.
    static func unsafeTableHeader(in text: String, file: String, language: Language) -> Diagnostic? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            guard i < scalars.count, scalars[i] == "[" else { continue }
            let column = i + 1
            i += 1
            if i < scalars.count, scalars[i] == "[" { i += 1 }
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            guard i < scalars.count else {
                return Diagnostic(.error, at: SourceLocation(file: file, line: index + 1, column: column),
                                  language.text(.settingsTableNameMissing))
            }
            let first = scalars[i]
            let bare = first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "_" || first == "-")
            if !bare && first != "\"" && first != "'" {
                return Diagnostic(.error, at: SourceLocation(file: file, line: index + 1, column: column),
                                  language.text(.settingsTableNameStart, ["found": String(Character(first))]))
            }
        }
        return nil
    }
}

/// Walks the TOML tree, converting values and logging problems at their lines.
private struct TableReader {
    let file: String
    let locator: TOMLKeyLocator
    let language: Language
    var log = DiagnosticLog(limit: 200)

    init(file: String, locator: TOMLKeyLocator, language: Language) {
        self.file = file
        self.locator = locator
        self.language = language
    }

    /// The whole configuration: defaults, overridden by each settings table that is present.
    mutating func read(_ root: TOMLTable) -> Configuration {
        var c = Configuration()
        known(root, "", ["office", "people", "rules", "office_hours", "schedule", "calendar", "input", "names", "email", "signatures", "effectiveness"])
        if let t = table(root, "office") { readOffice(t, into: &c.office) }
        if let t = table(root, "people") { readPeople(t, into: &c.people) }
        if let t = table(root, "rules") { readRules(t, into: &c.rules) }
        if let t = table(root, "office_hours") { readOfficeHours(t, into: &c.officeHours) }
        if let t = table(root, "schedule") { readSchedule(t, into: &c.schedule) }
        if let t = table(root, "calendar") { readCalendar(t, into: &c.calendar) }
        if let t = table(root, "input") { readInput(t, into: &c.input) }
        if let t = table(root, "names") { c.names = DisplayNames(readNames(t)) }
        if let t = table(root, "email") { c.emails = readEmails(t) }
        if let t = table(root, "effectiveness") { readEffectiveness(t, into: &c.effectiveness) }
        if let t = table(root, "signatures") {
            known(t, "signatures", ["trust_roots"])
            c.signatures.trustRoots = string(t, "signatures.trust_roots", nonEmpty: true)
        }
        return c
    }

    // MARK: - Settings tables

    /// `[effectiveness]`: the analysis' thresholds and the loop-back reasons' priorities.
    private mutating func readEffectiveness(_ t: TOMLTable, into e: inout EffectivenessOptions) {
        known(t, "effectiveness", ["baseline_caliper", "minimum_evaluations", "minimum_comparisons", "maximum_comparisons",
                                   "unmet_commitment_priority", "not_improved_priority", "earlier_reports"])
        e.baselineCaliper = number(t, "effectiveness.baseline_caliper", in: 0...100) ?? e.baselineCaliper
        e.minimumEvaluations = integer(t, "effectiveness.minimum_evaluations", in: 0...1000) ?? e.minimumEvaluations
        e.minimumComparisons = integer(t, "effectiveness.minimum_comparisons", in: 1...1000) ?? e.minimumComparisons
        e.maximumComparisons = integer(t, "effectiveness.maximum_comparisons", in: 1...10000) ?? e.maximumComparisons
        e.unmetCommitmentPriority = choice(t, "effectiveness.unmet_commitment_priority", Prioritas.self) ?? e.unmetCommitmentPriority
        e.notImprovedPriority = choice(t, "effectiveness.not_improved_priority", Prioritas.self) ?? e.notImprovedPriority
        e.earlierReports = strings(t, "effectiveness.earlier_reports") ?? e.earlierReports
        if e.maximumComparisons < e.minimumComparisons {
            error("effectiveness.maximum_comparisons", .settingsMaxBelowMin, ["minimum": "\(e.minimumComparisons)"])
        }
    }

    /// `[office]`: letterhead, address, city, unit code and how names are written.
    private mutating func readOffice(_ t: TOMLTable, into office: inout Configuration.Office) {
        known(t, "office", ["letterhead", "address_lines", "city", "unit_code", "name_case"])
        office.letterhead = strings(t, "office.letterhead") ?? office.letterhead
        office.addressLines = strings(t, "office.address_lines") ?? office.addressLines
        office.city = string(t, "office.city", nonEmpty: true) ?? office.city
        if let code = string(t, "office.unit_code", nonEmpty: true) {
            if code.contains("/") || code.contains(where: \.isWhitespace) {
                error("office.unit_code", .settingsUnitCode, ["code": code])
            } else { office.unitCode = code }
        }
        office.nameCase = choice(t, "office.name_case", Configuration.NameCase.self) ?? office.nameCase
    }

    /// `[people]`: the signatories and the Quality Assessors.
    /// The Penyaji drafts, the Kepala Seksi PKL approves, the Kepala Kantor receives: one
    /// person in two of these roles would check their own work, so the settings are refused.
    private mutating func separateRoles(_ people: Configuration.People) {
        let roles = [("people.penyaji", people.penyaji), ("people.kepala_seksi_pkl", people.kepalaSeksiPKL), ("people.kepala_kantor", people.kepalaKantor)]
        for (i, (key, person)) in roles.enumerated() {
            guard let nip = person.nip else { continue }
            if let (other, _) = roles[..<i].first(where: { $0.1.nip == nip }) {
                error("\(key).nip", .settingsTwoRoles, ["nip": "\(nip)", "other": other])
            }
        }
    }

    private mutating func readPeople(_ t: TOMLTable, into people: inout Configuration.People) {
        known(t, "people", ["kepala_kantor", "kepala_seksi_pkl", "penyaji", "quality_assessors"])
        people.kepalaKantor = person(t, "people.kepala_kantor", default: people.kepalaKantor)
        people.kepalaSeksiPKL = person(t, "people.kepala_seksi_pkl", default: people.kepalaSeksiPKL)
        people.penyaji = person(t, "people.penyaji", default: people.penyaji)
        separateRoles(people)
        people.qualityAssessors += persons(t, "people.quality_assessors", default: .init(position: "Quality Assessor"))
    }

    /// `[rules]`: the thresholds that make someone a coaching candidate.
    private mutating func readRules(_ t: TOMLTable, into rules: inout Configuration.Rules) {
        known(t, "rules", ["quality_minimum", "minimum_evaluations", "aspect_minimum", "kpi_bands",
                           "team_flagged_share", "team_average_target", "cool_down_working_days"])
        rules.qualityMinimum = number(t, "rules.quality_minimum", in: 0...100) ?? rules.qualityMinimum
        rules.minimumEvaluations = integer(t, "rules.minimum_evaluations", in: 0...1000) ?? rules.minimumEvaluations
        rules.teamFlaggedShare = number(t, "rules.team_flagged_share", in: 0...1) ?? rules.teamFlaggedShare
        rules.teamAverageTarget = number(t, "rules.team_average_target", in: 0...100) ?? rules.teamAverageTarget
        rules.coolDownWorkingDays = integer(t, "rules.cool_down_working_days", in: 0...260) ?? rules.coolDownWorkingDays
        if let aspects = table(t, "rules.aspect_minimum") { rules.aspectMinimum = aspectMinimums(aspects) }
        if let bands = table(t, "rules.kpi_bands") { rules.kpiBands = kpiBands(bands) }
    }

    /// `[names]`: the name documents give a code, `kepatuhan_sop = "Kepatuhan SOP"`.
    private mutating func readNames(_ t: TOMLTable) -> [String: String] {
        var result: [String: String] = [:]
        for key in t.keys {
            let path = "names.\(key)"
            guard HeaderName.isCode(key) else { error(path, .settingsCodeLetters); continue }
            if let name = string(t, path, nonEmpty: true) { result[key] = name }
        }
        return result
    }

    /// `[email]`: NIP → e-mail address, for the calendar invitations of step 4.
    private mutating func readEmails(_ t: TOMLTable) -> [NIP: String] {
        var result: [NIP: String] = [:]
        for key in t.keys {
            let path = "email.\(key)"
            guard case .valid(let nip, _) = NIP.validate(Array(key.utf8), isPPPK: true) else { error(path, .settingsEmailKey); continue }
            guard let address = string(t, path, nonEmpty: true) else { continue }
            guard CalendarParticipant.cleanEmail(address) != nil else { error(path, .settingsEmailInvalid); continue }
            result[nip] = address
        }
        return result
    }

    /// `[rules.aspect_minimum]`: a minimum score per aspect code.
    private mutating func aspectMinimums(_ aspects: TOMLTable) -> [String: Double] {
        var result: [String: Double] = [:]
        for key in aspects.keys {
            let path = "rules.aspect_minimum.\(key)"
            guard HeaderName.isCode(key) else { error(path, .settingsAspectCodeLetters); continue }
            if let v = number(aspects, path, in: 0...100) { result[key] = v }
        }
        return result
    }

    /// `[rules.kpi_bands]`: the range each KPI should stay in.
    private mutating func kpiBands(_ bands: TOMLTable) -> [String: Configuration.Band] {
        var result: [String: Configuration.Band] = [:]
        for key in bands.keys {
            let path = "rules.kpi_bands.\(key)"
            guard let band = table(bands, path) else { continue }
            known(band, path, ["min", "max"])
            let b = Configuration.Band(min: number(band, "\(path).min", in: -1e12...1e12),
                                       max: number(band, "\(path).max", in: -1e12...1e12))
            if b.min == nil && b.max == nil { error(path, .settingsBandEmpty) }
            else if let lo = b.min, let hi = b.max, lo > hi { error(path, .settingsBandReversed, ["min": "\(lo)", "max": "\(hi)"]) }
            else { result[key] = b }
        }
        return result
    }

    /// `[office_hours]`: kept only when the times follow each other.
    private mutating func readOfficeHours(_ t: TOMLTable, into hours: inout Configuration.OfficeHours) {
        let keys = ["start", "end", "break_start", "break_end", "friday_break_start", "friday_break_end"]
        known(t, "office_hours", keys)
        var h = hours
        h.start = time(t, "office_hours.start") ?? h.start
        h.end = time(t, "office_hours.end") ?? h.end
        h.breakStart = time(t, "office_hours.break_start") ?? h.breakStart
        h.breakEnd = time(t, "office_hours.break_end") ?? h.breakEnd
        h.fridayBreakStart = time(t, "office_hours.friday_break_start") ?? h.fridayBreakStart
        h.fridayBreakEnd = time(t, "office_hours.friday_break_end") ?? h.fridayBreakEnd
        if !(h.start < h.breakStart && h.breakStart < h.breakEnd && h.breakEnd < h.end
             && h.start < h.fridayBreakStart && h.fridayBreakStart < h.fridayBreakEnd && h.fridayBreakEnd < h.end) {
            error("office_hours", .settingsHoursOrder)
        } else { hours = h }
    }

    /// `[schedule]`: session lengths and limits; kept only when they leave days for sessions.
    private mutating func readSchedule(_ t: TOMLTable, into schedule: inout Configuration.ScheduleOptions) {
        known(t, "schedule", ["agent_session_minutes", "team_leader_session_minutes", "max_sessions_per_day",
                              "first_session_working_day", "working_days_after_last_session", "place", "stand_in_coaches"])
        var o = schedule
        o.agentSessionMinutes = integer(t, "schedule.agent_session_minutes", in: 15...240) ?? o.agentSessionMinutes
        o.teamLeaderSessionMinutes = integer(t, "schedule.team_leader_session_minutes", in: 15...240) ?? o.teamLeaderSessionMinutes
        o.maxSessionsPerDay = integer(t, "schedule.max_sessions_per_day", in: 1...20) ?? o.maxSessionsPerDay
        o.firstSessionWorkingDay = integer(t, "schedule.first_session_working_day", in: 1...13) ?? o.firstSessionWorkingDay
        o.workingDaysAfterLastSession = integer(t, "schedule.working_days_after_last_session", in: 0...12) ?? o.workingDaysAfterLastSession
        o.place = string(t, "schedule.place", nonEmpty: true) ?? o.place
        o.standInCoaches += persons(t, "schedule.stand_in_coaches", default: .init(position: "Plh. Kepala Seksi Penjaminan Kualitas Layanan"))
        if o.firstSessionWorkingDay + o.workingDaysAfterLastSession > 14 {
            error("schedule", .settingsScheduleNoDays)
        } else { schedule = o }
    }

    /// `[calendar]`: Cuti Bersama and the office's own holidays and working days.
    private mutating func readCalendar(_ t: TOMLTable, into calendar: inout Configuration.CalendarOptions) {
        known(t, "calendar", ["cuti_bersama_is_working_day", "extra_holidays", "extra_working_days"])
        calendar.cutiBersamaIsWorkingDay = bool(t, "calendar.cuti_bersama_is_working_day") ?? false
        calendar.extraHolidays = days(t, "calendar.extra_holidays")
        calendar.extraWorkingDays = days(t, "calendar.extra_working_days")
    }

    /// `[input]`: delimiter, encoding, the problem limit and header aliases.
    private mutating func readInput(_ t: TOMLTable, into input: inout Configuration.InputOptions) {
        known(t, "input", ["delimiter", "encoding", "max_problems_per_file", "header_aliases"])
        if let d = string(t, "input.delimiter", nonEmpty: true) {
            switch d {
            case "auto": input.delimiter = nil
            case ",", ";": input.delimiter = d.utf8.first
            case "tab", "\t": input.delimiter = 0x09
            default: error("input.delimiter", .settingsDelimiter, ["value": d])
            }
        }
        input.encoding = choice(t, "input.encoding", InputEncoding.self) ?? input.encoding
        input.maxProblemsPerFile = integer(t, "input.max_problems_per_file", in: 1...100_000) ?? input.maxProblemsPerFile
        if let aliases = table(t, "input.header_aliases") { readHeaderAliases(aliases, into: &input.headerAliases) }
    }

    /// `[input.header_aliases]`: an office's header names for our columns.
    private mutating func readHeaderAliases(_ aliases: TOMLTable, into headerAliases: inout [String: [String]]) {
        for key in aliases.keys {
            let path = "input.header_aliases.\(key)"
            let canonical = HeaderName.normalize(key)
            guard HeaderName.isAliasable(canonical) else {
                error(path, .settingsAliasUnknown, ["key": key, "columns": HeaderName.aliasableColumns.joined(separator: ", ")])
                continue
            }
            if let names = strings(aliases, path) {
                headerAliases[canonical, default: []] += names.map(HeaderName.normalize)
            }
        }
    }

    // MARK: - Typed access

    private func line(_ path: String) -> SourceLocation { SourceLocation(file: file, line: locator.line(of: path)) }

    mutating func error(_ path: String, _ message: String) {
        log.error(line(path), "'\(path)' \(message)", field: path)
    }

    mutating func error(_ path: String, _ key: MessageKey, _ arguments: [String: String] = [:]) {
        error(path, language.text(key, arguments))
    }

    private func leaf(_ path: String) -> String { String(path.split(separator: ".").last ?? Substring(path)) }

    mutating func value(_ t: TOMLTable, _ path: String) -> TOMLValueConvertible? { t[leaf(path)] }

    mutating func known(_ t: TOMLTable, _ path: String, _ keys: [String]) {
        for key in t.keys where !keys.contains(key) {
            let full = path.isEmpty ? key : "\(path).\(key)"
            let hint = keys.min { Self.distance($0, key) < Self.distance($1, key) }
                .flatMap { Self.distance($0, key) <= 3 ? language.text(.settingsDidYouMean, ["key": $0]) : nil } ?? ""
            log.warning(line(full), language.text(.settingsUnknownKey, ["key": full, "hint": hint]), field: full)
        }
    }

    mutating func table(_ t: TOMLTable, _ path: String) -> TOMLTable? {
        guard let v = value(t, path) else { return nil }
        guard let table = v.table else { error(path, .settingsTable, ["path": path]); return nil }
        return table
    }

    mutating func string(_ t: TOMLTable, _ path: String, nonEmpty: Bool = false) -> String? {
        guard let v = value(t, path) else { return nil }
        guard let s = v.string else { error(path, .settingsText, ["key": leaf(path)]); return nil }
        if nonEmpty && s.trimmingASCIIWhitespace().isEmpty { error(path, .settingsNotEmpty); return nil }
        if let problem = TextHygiene.problem(in: s) { error(path, problem.text(language)); return nil }
        return s
    }

    mutating func strings(_ t: TOMLTable, _ path: String) -> [String]? {
        guard let v = value(t, path) else { return nil }
        guard let array = v.array, let list = Optional(array.compactMap(\.string)), list.count == array.count else {
            error(path, .settingsTexts)
            return nil
        }
        return list
    }

    mutating func number(_ t: TOMLTable, _ path: String, in range: ClosedRange<Double>) -> Double? {
        guard let v = value(t, path) else { return nil }
        guard let n = v.double ?? v.int.map(Double.init) else {
            error(path, .settingsNumber, ["low": Self.show(range.lowerBound), "high": Self.show(range.upperBound), "found": v.debugDescription])
            return nil
        }
        guard range.contains(n) else {
            error(path, .settingsRange, ["low": Self.show(range.lowerBound), "high": Self.show(range.upperBound), "found": Self.show(n)])
            return nil
        }
        return n
    }

    mutating func integer(_ t: TOMLTable, _ path: String, in range: ClosedRange<Int>) -> Int? {
        guard let v = value(t, path) else { return nil }
        guard let n = v.int, range.contains(n) else {
            error(path, .settingsWholeNumber, ["low": "\(range.lowerBound)", "high": "\(range.upperBound)", "found": v.debugDescription])
            return nil
        }
        return n
    }

    mutating func bool(_ t: TOMLTable, _ path: String) -> Bool? {
        guard let v = value(t, path) else { return nil }
        guard let b = v.bool else { error(path, .settingsBool, ["found": v.debugDescription]); return nil }
        return b
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ t: TOMLTable, _ path: String, _: E.Type) -> E? where E.RawValue == String {
        guard let s = string(t, path) else { return nil }
        guard let e = E(rawValue: s.lowercased()) else {
            error(path, .settingsChoice, ["choices": E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "), "value": s])
            return nil
        }
        return e
    }

    /// Office times as `07.30` (Indonesian style) or `07:30`.
    mutating func time(_ t: TOMLTable, _ path: String) -> Int? {
        guard let s = string(t, path) else { return nil }
        let parts = s.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...23).contains(h), (0...59).contains(m) else {
            error(path, .settingsTime, ["value": s])
            return nil
        }
        return h * 60 + m
    }

    mutating func person(_ t: TOMLTable, _ path: String, default base: Configuration.Person) -> Configuration.Person {
        guard let p = path.hasSuffix("]") ? t : table(t, path) else { return base }
        known(p, path, ["name", "nip", "position"])
        var result = base
        result.name = string(p, "\(path).name") ?? base.name
        result.position = string(p, "\(path).position", nonEmpty: true) ?? base.position
        // An empty NIP means "not filled in yet"; a document that needs it refuses then.
        if let nip = string(p, "\(path).nip"), !nip.trimmingASCIIWhitespace().isEmpty {
            switch NIP.validate(Array(nip.utf8)) {
            case .valid(let value, _): result.nip = value
            case .invalid(let why): error("\(path).nip", .settingsNIP, ["why": why.text(language)])
            }
        }
        return result
    }

    /// A list of `[[path]]` tables of people; each entry starts from `base`.
    mutating func persons(_ t: TOMLTable, _ path: String, default base: Configuration.Person) -> [Configuration.Person] {
        guard let list = value(t, path) else { return [] }
        guard let array = list.array else { error(path, .settingsPersonList, ["path": path]); return [] }
        var result: [Configuration.Person] = []
        for (i, item) in array.enumerated() {
            let key = "\(path)[\(i)]"
            guard let entry = item.table else { error(key, .settingsPersonEntry); continue }
            result.append(person(entry, key, default: base))
        }
        return result
    }

    mutating func days(_ t: TOMLTable, _ path: String) -> [Configuration.CalendarDay] {
        guard let v = value(t, path) else { return [] }
        guard let array = v.array else { error(path, .settingsDaysList); return [] }
        var result: [Configuration.CalendarDay] = []
        for item in array {
            guard let entry = item.table, let d = entry["date"]?.string, let date = CivilDate(parsing: d) else {
                error(path, .settingsDayEntry)
                continue
            }
            result.append(.init(date: date, name: entry["name"]?.string ?? ""))
        }
        return result
    }

    static func show(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    /// Edit distance, for "did you mean" hints.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
