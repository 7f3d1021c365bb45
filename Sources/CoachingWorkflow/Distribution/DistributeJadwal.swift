import CoachingCore
import CoachingRegister
import CompiledMustache
import Foundation

/// Step 4 of the SOP after the approval: the Jadwal distributed. Drawn inside the approval's
/// transaction, so the approved Jadwal and its invitations appear together or not at all.
struct DistributeJadwal {
    /// The audit log's action for a distribution.
    static let action = "didistribusikan"
    let batch: RegisteredBatch
    let configuration: Configuration
    let root: URL
    let notice: Template
    /// DTSTAMP: now in UTC from the injected clock.
    let stamp: String

    /// The files (path relative to the output root → bytes) and what to say about them.
    struct Drawn {
        var files: [(String, [UInt8])]
        var summary: String
        var notes: [String]
    }

    /// The invitations, calendars and Team Leader notices of `jadwal` (approved), with the
    /// sessions in `changes` at their latest version.
    func draw(_ jadwal: JadwalRecord, changes: [Int: Distribution.Change] = [:], registered: [String: String]) throws -> Drawn {
        var timer = StageTimer()
        defer { timer.mark("step 4: invitations, calendars and notices drawn") }
        let folder = batch.id.folder
        var notes: [String] = []
        let roster = readRoster(registered: registered, notes: &notes)
        let distribution = Distribution(jadwal: jadwal, batch: batch.id.description, configuration: configuration, roster: roster,
                                        emails: configuration.emails, stamp: stamp, changes: changes, uuid: PersonUUID.of)
        notes += distribution.omissions
        let width = jadwal.entries.count
        var files: [(String, [UInt8])] = distribution.invitations.map { invitation in
            ("\(folder)/\(BatchLayout.invitationsFolder)/\(BatchLayout.minutesName(session: invitation.session, sessions: width)).ics", invitation.bytes)
        }
        files += distribution.calendars.map { c in ("\(folder)/\(BatchLayout.calendarsFolder)/\(c.role.rawValue)-\(c.nip).ics", c.bytes) }
        let (configuration, notice) = (self.configuration, self.notice)
        let notices = distribution.notices.parallelMap(minimumPerThread: 32) { n in
            Result { () throws -> (String, [UInt8]) in
                let value = TeamLeaderNoticeDocument(notice: n, jadwal: jadwal, configuration: configuration).value
                return ("\(folder)/\(BatchLayout.noticesFolder)/tl-\(n.leader.nip).html", try notice.render(value, sizeHint: 8192))
            }
        }
        files += try notices.map { try $0.get() }
        let summary = "\(distribution.invitations.count) undangan, \(distribution.calendars.count) kalender, \(distribution.notices.count) pemberitahuan Team Leader"
        return Drawn(files: files, summary: summary, notes: notes)
    }

    /// The batch's Team Leaders, as the register recorded the file; none (with a note) for a
    /// batch made before the distribution existed, or whose file was changed.
    private func readRoster(registered: [String: String], notes: inout [String]) -> TeamLeaderRoster {
        let path = "\(batch.id.folder)/\(BatchLayout.teamLeaders)"
        guard let expected = registered[path] else {
            notes.append(configuration.language.text(.distributionNoRoster, ["batch": "\(batch.id)", "file": BatchLayout.teamLeaders]))
            return TeamLeaderRoster()
        }
        guard let bytes = try? BatchFiles.contents(root.appendingPathComponent(path).path), SHA256Digest.hex(bytes) == expected,
              let roster = TeamLeaderRoster(tsv: bytes) else {
            notes.append(configuration.language.text(.distributionRosterChanged, ["path": path]))
            return TeamLeaderRoster()
        }
        return roster
    }
}
