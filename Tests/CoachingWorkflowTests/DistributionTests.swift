import CoachingCore
import CoachingRegister
@testable import CoachingWorkflow
import Foundation
import Testing
import TestSupport

/// Steps 4 and 5 in process: the approved Jadwal distributed (invitations, calendars, Team
/// Leader notices) and the preparation sheets written with the batch; registered and hashed.
@Suite("Distribution and preparation in process", .serialized)
struct DistributionTests {
    static let kepalaSeksi = "198012302010012005"
    static func date(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }

    /// The example's settings with two e-mail addresses.
    static let settings: Settings = {
        let text = try! String(contentsOfFile: WorkflowFixture.example("coaching.toml"), encoding: .utf8)
            + "\n[email]\n\"198012302010012005\" = \"ratna.kusumawardani@pajak.go.id\"\n\"199001152015022001\" = \"dewi.lestari@pajak.go.id\"\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("coaching-email-\(UUID().uuidString).toml").path
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return try! Settings.load(path, language: .en)
    }()

    /// The example scheduled on 25 November and approved on 26 November; the batch folder.
    static func approvedExample(_ fixture: WorkflowFixture) throws -> URL {
        let outcome = try fixture.workflow.schedule(ScheduleRequest(
            reports: WorkflowFixture.example("laporan-kinerja.csv"), recommendations: WorkflowFixture.example("rekomendasi-perbaikan.csv"),
            unavailable: nil, assignedOn: date(11, 25), period: nil, allowPartial: false, settings: settings))
        let batch = try #require(WorkflowFixture.batch(outcome))
        let approved = try fixture.workflow.approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: kepalaSeksi, on: date(11, 26)))
        #expect(approved.notes == ["Distributed: 20 undangan, 8 kalender, 5 pemberitahuan Team Leader in 2026/2026-001/distribusi/."])
        return batch.folder
    }

    static func files(under folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { !$0.hasSuffix("/") && FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
            .filter { var dir: ObjCBool = false; FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &dir); return !dir.boolValue }
            .sorted()
    }

    @Test func theApprovalWritesAnInvitationPerSessionACalendarPerPersonAndANoticePerTeamLeader() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        let distributed = Self.files(under: folder.appendingPathComponent("distribusi"))
        #expect(distributed.filter { $0.hasPrefix("undangan/") }.count == 20)
        #expect(distributed.filter { $0.hasPrefix("kalender/") } == [
            "kalender/pelatih-198012302010012005.ics", "kalender/qa-198609262015051001.ics", "kalender/qa-199001152015022001.ics",
            "kalender/tl-198610252012041794.ics", "kalender/tl-199012242013012488.ics", "kalender/tl-199402042016041458.ics",
            "kalender/tl-199704272022092298.ics", "kalender/tl-199708202025072783.ics",
        ])
        #expect(distributed.filter { $0.hasPrefix("pemberitahuan-tl/") }.count == 5)
        #expect(distributed.contains("team-leader.tsv"))
        let prepared = Self.files(under: folder.appendingPathComponent("persiapan"))
        #expect(prepared.count == 22 && prepared.first == "qa-198609262015051001.html" && prepared.last == "sesi-020.html")

        // Every file is in the register with its hash, so an edit is found by name.
        let commits = try CommitPath.open(fixture.workflow.environment.outputRoot, create: false, language: .en)
        let registered = try commits.read { try $0.files(batch: BatchID(parsing: "2026-001")!) }
        for path in distributed.map({ "distribusi/\($0)" }) + prepared.map({ "persiapan/\($0)" }) {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(path)))
            #expect(registered["2026/2026-001/\(path)"] == SHA256Digest.hex(bytes), "\(path)")
        }

        // Every line ends in CRLF and is at most 75 octets (RFC 5545 §3.1).
        for path in distributed where path.hasSuffix(".ics") {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("distribusi/\(path)")))
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
            #expect(lines.allSatisfy { $0.last == 0x0D && $0.count - 1 <= 75 }, "\(path)")
            #expect(bytes.suffix(2) == [0x0D, 0x0A])
        }

        // Status says what was written with the draft and the approval.
        let status = try fixture.workflow.status(StatusRequest(batch: "2026-001", today: Self.date(11, 26))).statuses[0]
        #expect(status.prepared == "20 lembar persiapan, 2 daftar Quality Assessor")
        #expect(status.distributed == "20 undangan, 8 kalender, 5 pemberitahuan Team Leader")
    }

    /// The same approval at the same time writes the same bytes, in another process too: every
    /// file's SHA-256 against a list the golden run wrote (its own process, its own hash seed),
    /// so an order taken from a Dictionary or Set cannot pass by sharing one seed.
    @Test func theSameApprovalAtTheSameTimeWritesTheSameBytesAcrossProcesses() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        var lines: [String] = []
        for sub in ["distribusi", "persiapan"] {
            for n in Self.files(under: folder.appendingPathComponent(sub)) {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(sub)/\(n)")))
                lines.append("\(SHA256Digest.hex(bytes))  \(sub)/\(n)")
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/distribusi-persiapan.sha256")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try text.write(to: url, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count)
        for (line, want) in zip(lines, expected) { #expect(line == want) }
    }

    @Test func theDocumentsMatchTheirGoldenFiles() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        for (file, golden) in [("distribusi/undangan/sesi-001.ics", "undangan-sesi-001.ics"),
                               ("distribusi/kalender/qa-199001152015022001.ics", "kalender-qa.ics"),
                               ("distribusi/pemberitahuan-tl/tl-198610252012041794.html", "pemberitahuan-team-leader.html"),
                               ("persiapan/sesi-001.html", "lembar-persiapan.html"),
                               ("persiapan/qa-199001152015022001.html", "daftar-persiapan-qa.html")] {
            let rendered = try Data(contentsOf: folder.appendingPathComponent(file))
            let url = repositoryRoot.appendingPathComponent("Tests/CoachingCoreTests/Fixtures/golden/\(golden)")
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil { try rendered.write(to: url) }
            #expect(rendered == (try Data(contentsOf: url)), "\(golden)")
        }
    }

    /// A Python with the icalendar library (PyPI), which `.ci/run` installs.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3", "/usr/local/bin/python3"]
        return candidates.first { p in
            FileManager.default.isExecutableFile(atPath: p) && (try? runStatus(p, ["-c", "import icalendar"])) == 0
        }
    }()

    static func runStatus(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Every file read by Python's icalendar, a calendar library kept apart from this code,
    /// and its fields compared with the Jadwal.
    /// Shown as skipped without icalendar; on CI (`CI` set) it runs anyway and fails, so a
    /// missing library is never a silent pass.
    @Test(.enabled(if: DistributionTests.python != nil || ProcessInfo.processInfo.environment["CI"] != nil,
                   "no python3 with icalendar (pip install icalendar)"))
    func aCalendarLibraryReadsEveryFileAsTheJadwalSays() throws {
        let python = try #require(Self.python, "CI is set but no python3 with icalendar is on PATH (pip install icalendar)")
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        let script = #"""
import sys, glob, os, datetime
from icalendar import Calendar
folder = sys.argv[1]
out = []
for path in sorted(glob.glob(os.path.join(folder, "distribusi", "**", "*.ics"), recursive=True)):
    cal = Calendar.from_ical(open(path, "rb").read())
    name = os.path.relpath(path, folder)
    tz = [c for c in cal.walk("VTIMEZONE")]
    assert len(tz) == 1 and str(tz[0]["TZID"]) == "Asia/Jakarta", name
    for e in cal.walk("VEVENT"):
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        assert start.utcoffset() == datetime.timedelta(hours=7), name
        att = [(a.params.get("CN"), a.params.get("ROLE"), a.params.get("X-NIP"), str(a)) for a in e.get("ATTENDEE")]
        out.append("|".join([name, str(cal.get("METHOD")), str(e["UID"]), str(e["SEQUENCE"]), start.isoformat(), end.isoformat(),
                             e["DTSTAMP"].dt.isoformat(), str(e["SUMMARY"]), str(e["LOCATION"]), str(e["STATUS"]),
                             str(e["ORGANIZER"]), ";".join(",".join(map(str, a)) for a in att)]))
print("\n".join(out))
"""#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, folder.path]
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile(), errorText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errorText, as: UTF8.self))")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let invitations = lines.filter { $0.hasPrefix("distribusi/undangan/") }
        #expect(invitations.count == 20)
        #expect(invitations.first == "distribusi/undangan/sesi-001.ics|REQUEST|2026-001-sesi-1@coaching.klip.pajak.go.id|0|2026-11-27T07:30:00+07:00|2026-11-27T08:15:00+07:00|2026-12-31T02:00:00+00:00|Coaching: Gilang Lubis (sesi 1)|Ruang Coaching KLIP DJP|CONFIRMED|mailto:ratna.kusumawardani@pajak.go.id|Gilang Lubis,REQ-PARTICIPANT,198607282015091716,urn:uuid:5de52888-601d-5c50-a0df-f30f2bceb5d3;Ratna Kusumawardani,CHAIR,198012302010012005,mailto:ratna.kusumawardani@pajak.go.id;Dewi Lestari,REQ-PARTICIPANT,199001152015022001,mailto:dewi.lestari@pajak.go.id")
        // Each session is in the coach's calendar once, under the same UID as its invitation.
        let coach = lines.filter { $0.hasPrefix("distribusi/kalender/pelatih-") }
        #expect(coach.count == 20)
        #expect(Set(coach.map { $0.split(separator: "|")[2] }) == Set(invitations.map { $0.split(separator: "|")[2] }))
        #expect(coach.allSatisfy { $0.split(separator: "|")[1] == "None" })
        // A Team Leader's calendar holds their team's sessions: 9 for Tim 1.
        #expect(lines.filter { $0.hasPrefix("distribusi/kalender/tl-198610252012041794.ics|") }.count == 9)
    }

    /// A no-show's make-up moves its session: its invitation is sent again with SEQUENCE one
    /// higher at the new time; with no room left, a CANCEL. Other sessions are left alone, and
    /// the same notes again change nothing.
    @Test func aMakeUpRaisesTheSequenceAndNoRoomCancels() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        func invitation(_ n: Int) throws -> String {
            try String(contentsOf: folder.appendingPathComponent("distribusi/undangan/\(BatchLayout.minutesName(session: n, sessions: 20)).ics"), encoding: .utf8)
        }
        func on(_ day: CivilDate) -> Workflow {
            Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(day), actor: "qa", language: .en))
        }
        let first = try invitation(1)
        #expect(try invitation(7).contains("\r\nSEQUENCE:0\r\nDTSTART;TZID=Asia/Jakarta:20261130T"))

        _ = try on(Self.date(12, 2)).recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        let seven = try invitation(7)
        #expect(seven.contains("\r\nMETHOD:REQUEST\r\n") && seven.contains("\r\nSEQUENCE:1\r\nDTSTART;TZID=Asia/Jakarta:20261203T073000\r\nDTEND;TZID=Asia/Jakarta:20261203T081500\r\n"))
        #expect(seven.replacingOccurrences(of: "\r\n ", with: "").contains("Sesi pengganti: peserta tidak hadir pada Senin\\, 30 November 2026"))
        #expect(try invitation(20).contains("\r\nSEQUENCE:1\r\nDTSTART;TZID=Asia/Jakarta:20261203T081500\r\n"))
        #expect(try invitation(1) == first)
        // The coach's calendar has the session at its new time.
        let coach = try String(contentsOf: folder.appendingPathComponent("distribusi/kalender/pelatih-198012302010012005.ics"), encoding: .utf8)
        #expect(coach.contains("UID:2026-001-sesi-7@coaching.klip.pajak.go.id\r\nDTSTAMP:20261202T020000Z\r\nSEQUENCE:1\r\nDTSTART;TZID=Asia/Jakarta:20261203T073000"))

        // The same notes again: nothing is sent again.
        #expect(try on(Self.date(12, 4)).recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"))).changedNothing)
        #expect(try invitation(7) == seven)

        // Session 20 missed again on its make-up day and recorded after the last session day:
        // no room left, the invitation is cancelled, one version higher.
        var text = try String(contentsOfFile: WorkflowFixture.example("catatan-coaching-lengkap.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\r\n20;02/12/2026;", with: "\r\n20;03/12/2026;")
        let notes = fixture.root.appendingPathComponent("lagi.csv").path
        try text.write(toFile: notes, atomically: true, encoding: .utf8)
        _ = try on(Self.date(12, 11)).recordMinutes(MinutesRequest(batch: "2026-001", notes: notes))
        let twenty = try invitation(20)
        #expect(twenty.contains("\r\nMETHOD:CANCEL\r\n") && twenty.contains("\r\nSEQUENCE:2\r\n") && twenty.contains("\r\nSTATUS:CANCELLED\r\n"))
        // The cancellation names the day the make-up was missed, not the Jadwal's first day.
        #expect(twenty.replacingOccurrences(of: "\r\n ", with: "").contains("Sesi dibatalkan: peserta tidak hadir pada Kamis\\, 3 Desember 2026"))
        // The redrawn notices say which session moved.
        let notices = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("distribusi/pemberitahuan-tl").path)
            .map { try String(contentsOf: folder.appendingPathComponent("distribusi/pemberitahuan-tl/\($0)"), encoding: .utf8) }
        #expect(notices.contains { $0.contains("<li>Sesi 7 (") && $0.contains("dipindahkan dari Senin, 30 November 2026") })
        #expect(notices.contains { $0.contains("<li>Sesi 20 (") && $0.contains(") dibatalkan (semula Kamis, 3 Desember 2026") })
        #expect(try invitation(7) == seven)
        let status = try on(Self.date(12, 11)).status(StatusRequest(batch: "2026-001")).statuses[0]
        #expect(status.distributed == "1 undangan diperbarui (sesi 20); kalender dan pemberitahuan Team Leader disusun ulang")
    }

    /// Minutes recorded before the approval: the first distribution already sends a no-show's
    /// session at its make-up time (one version after the Jadwal's), and the minutes run again
    /// afterwards find nothing to send.
    @Test func approvingAfterTheMinutesSendsTheMakeUpNotTheDraftedTime() throws {
        let fixture = try WorkflowFixture()
        func on(_ day: CivilDate) -> Workflow {
            Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(day), actor: "qa", language: .en))
        }
        let outcome = try fixture.workflow.schedule(ScheduleRequest(
            reports: WorkflowFixture.example("laporan-kinerja.csv"), recommendations: WorkflowFixture.example("rekomendasi-perbaikan.csv"),
            unavailable: nil, assignedOn: Self.date(11, 25), period: nil, allowPartial: false, settings: Self.settings))
        let folder = try #require(WorkflowFixture.batch(outcome)).folder
        _ = try on(Self.date(12, 2)).recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        _ = try on(Self.date(12, 2)).approve(ApprovalRequest(batch: "2026-001", document: .jadwal, by: Self.kepalaSeksi, on: Self.date(12, 2)))
        func invitation(_ n: Int) throws -> String {
            try String(contentsOf: folder.appendingPathComponent("distribusi/undangan/\(BatchLayout.minutesName(session: n, sessions: 20)).ics"), encoding: .utf8)
        }
        let seven = try invitation(7)
        #expect(seven.contains("\r\nMETHOD:REQUEST\r\n") && seven.contains("\r\nSEQUENCE:1\r\nDTSTART;TZID=Asia/Jakarta:20261203T073000\r\n"))
        #expect(try invitation(1).contains("\r\nSEQUENCE:0\r\n"))
        #expect(try on(Self.date(12, 3)).recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"))).changedNothing)
        #expect(try invitation(7) == seven)
    }

    /// The invitations say what was sent: one edited or missing would silently undo a change,
    /// so the minutes stop and name it.
    @Test func anEditedOrMissingInvitationStopsTheMinutesAndIsNamed() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(12, 2)), actor: "qa", language: .en))
        let request = MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"))
        let three = folder.appendingPathComponent("distribusi/undangan/sesi-003.ics")
        let original = try Data(contentsOf: three)
        try (original + Data("X-EDITED:1\r\n".utf8)).write(to: three)
        var thrown = #expect(throws: WorkflowError.self) { try workflow.recordMinutes(request) }
        #expect(thrown?.lines.last?.contains("sesi-003.ics was changed") == true, "\(thrown?.lines ?? [])")
        try FileManager.default.removeItem(at: three)
        thrown = #expect(throws: WorkflowError.self) { try workflow.recordMinutes(request) }
        #expect(thrown?.lines.last?.contains("sesi-003.ics is missing") == true, "\(thrown?.lines ?? [])")
        try original.write(to: three)
        #expect(try !workflow.recordMinutes(request).changedNothing)
    }

    /// A Team Leader whose sessions are all cancelled still gets a notice drawn again, saying
    /// so, so the one sent before (listing the sessions) is not left behind.
    @Test func aLeaderWhoseSessionsAreAllCancelledGetsANoticeSayingSo() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        let root = fixture.workflow.environment.outputRoot
        let opened = try OpenedBatch.open("2026-001", root: root, language: .en)
        let roster = try #require(TeamLeaderRoster(tsv: [UInt8](Data(contentsOf: folder.appendingPathComponent("distribusi/team-leader.tsv")))))
        let leader = try #require(opened.jadwal.entries.compactMap { roster.leaders[$0.nip] }.first)
        let theirs = opened.jadwal.entries.filter { roster.leaders[$0.nip]?.nip == leader.nip }
        let changes = Dictionary(uniqueKeysWithValues: theirs.map { e in
            (e.number, Distribution.Change(sequence: 1, date: e.date, start: e.start, end: e.end, cancelled: true, note: "dibatalkan"))
        })
        let notice = try fixture.workflow.environment.templates.document(BatchLayout.noticeTemplate, schema: TeamLeaderNoticeDocument.schema, language: .en)
        let registered = try opened.commits.read { try $0.files(batch: opened.batch.id) }
        let drawn = try DistributeJadwal(batch: opened.batch, configuration: opened.configuration, root: root, notice: notice, stamp: "20261202T020000Z")
            .draw(opened.jadwal, changes: changes, registered: registered)
        let file = try #require(drawn.files.first { $0.0.hasSuffix("/tl-\(leader.nip).html") }, "no notice drawn for \(leader.nip)")
        let text = String(decoding: file.1, as: UTF8.self)
        #expect(text.contains("seluruh sesi <i>coaching</i> anggota tim Saudara dibatalkan"))
        #expect(!text.contains("<table class=\"jadwal\">"))
        #expect(theirs.allSatisfy { text.contains("<li>Sesi \($0.number) (") })
    }

    /// A preparation sheet's earlier sessions are the approved (or later) Berita Acara of the
    /// people in the batch only, chosen by the register: a draft, or someone else's, is not read.
    @Test func earlierSessionsAreOnlyApprovedMinutesOfTheBatchsPeople() throws {
        let fixture = try WorkflowFixture()
        _ = try Self.approvedExample(fixture)
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(12, 2)), actor: "qa", language: .en))
        _ = try workflow.recordMinutes(MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv")))
        _ = try workflow.approve(ApprovalRequest(batch: "2026-001", document: .beritaAcara, sessions: [1], by: Self.kepalaSeksi, on: Self.date(12, 2)))
        let opened = try OpenedBatch.open("2026-001", root: fixture.workflow.environment.outputRoot, language: .en)
        let (one, two) = (opened.jadwal.entries[0], opened.jadwal.entries[1])
        let report = WorkflowFixture.example("laporan-kinerja.csv")
        let inputs = try InputLoader(configuration: opened.configuration, today: Self.date(12, 31))
            .load(report: InputFile(name: report, source: MemoryByteSource(try String(contentsOfFile: report, encoding: .utf8))), recommendations: nil, periode: nil)
        let found = PrepareSessions.earlierSessions(commits: opened.commits, inputs: inputs, coachees: [one.nip, two.nip],
                                                    configuration: opened.configuration, today: Self.date(12, 31))
        #expect(Set(found.keys) == [one.nip], "session 2's Berita Acara is a draft; the others' people are not asked for")
        #expect(found[one.nip]?.count == 1)
    }

    /// A name-based UUID (RFC 9562 version 5) as Python's uuid.uuid5 makes it, and a person's
    /// in the office's namespace.
    @Test func aPersonsUUIDIsVersion5OfTheNIP() {
        let dns = PersonUUID.bytes("6ba7b8109dad11d180b400c04fd430c8")
        #expect(PersonUUID.v5("python.org", namespace: dns) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(PersonUUID.v5("coaching.klip.pajak.go.id", namespace: dns) == "d2e29d85-f8c2-590a-85de-fc6beceda19c")
        #expect(PersonUUID.of(TestSupport.nip("198607282015091716")) == "5de52888-601d-5c50-a0df-f30f2bceb5d3")
    }

    /// A minutes run that changes no session reads only the invitations of the sessions a
    /// no-show record names: another one, even gone, is not touched.
    @Test func minutesThatChangeNoSessionReadOnlyTheNoShowsInvitations() throws {
        let fixture = try WorkflowFixture()
        let folder = try Self.approvedExample(fixture)
        let workflow = Workflow(WorkflowEnvironment(outputRoot: fixture.workflow.environment.outputRoot, clock: .fixed(Self.date(12, 2)), actor: "qa", language: .en))
        let request = MinutesRequest(batch: "2026-001", notes: WorkflowFixture.example("catatan-coaching-lengkap.csv"))
        _ = try workflow.recordMinutes(request)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("distribusi/undangan/sesi-003.ics"))
        #expect(try workflow.recordMinutes(request).changedNothing)
        // Session 7's own invitation is still read, and checked.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("distribusi/undangan/sesi-007.ics"))
        #expect(throws: WorkflowError.self) { try workflow.recordMinutes(request) }
    }
}
