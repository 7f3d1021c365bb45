import CoachingCore
import CoachingRegister

/// Where a batch stands in the SOP: each step with its date and actor, the working days used
/// and left of the 14, what is late or at risk, and who must act next.
///
/// Nobody scheduled is left uncoached without a word: a session counts as reported (step 7)
/// when its Berita Acara records it held, or records a no-show with no room left for a make-up
/// (the person goes to the next batch). A no-show record that proposes a make-up session
/// keeps step 7, and so the batch, open until the make-up is recorded (held, or missed again:
/// the record is then drawn anew). Steps 8 to 10 build on step 7.
public struct BatchStatus: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        /// The SOP's step number.
        public var step: Int
        public var name: String
        /// The role the SOP gives the step.
        public var role: String
        public var done: Bool
        /// ISO date it was done (the last one, for steps over several documents).
        public var date: String?
        /// Who did it (NIP or user), when known.
        public var actor: String?
        /// `12 of 18`, for steps over several documents.
        public var progress: String?
        /// True when the step was done after the SOP's deadline; absent otherwise.
        public var late: Bool?
    }

    public var batch: String
    public var jadwal: String
    public var assignedOn: String
    public var deadline: String
    public var today: String
    /// Working days from the assignment to today, or to the receipt once step 9 is done (the
    /// SOP's 14 days end there: a finished batch does not go on using days).
    public var workingDaysUsed: Int
    public var workingDaysLeft: Int
    /// Working days beyond the SOP's 14 while the batch is not yet received: 0 up to and on the
    /// 14th day, 1 on the 15th. Shown instead of "24 of 14 used, 0 left".
    public var workingDaysLate: Int { countedToReceipt == nil ? max(0, workingDaysUsed - 14) : 0 }
    /// The day the last Berita Acara was received, once all were (step 9): where the count stops.
    public var countedToReceipt: String?
    public var steps: [Step]
    /// Where a batch stands against the SOP's 14 working days.
    public enum State: String, Codable, Sendable {
        /// The Kepala Kantor has received every Berita Acara (step 9).
        case selesai
        /// Within the deadline, more than ``BatchStatus/riskThreshold`` working days left.
        case berjalan
        /// Not finished with ``BatchStatus/riskThreshold`` working days or fewer left.
        case berisiko
        /// Past the deadline without the receipt.
        case terlambat
    }

    public var state: State
    /// The first step not done: who acts, and what to run.
    public var next: String?
    /// The scheduled people who did not come, and what follows for each.
    public var absent: [Absence]
    /// Step 4's distribution, written with the approval (the latest: `20 undangan, …`); absent before.
    public var distributed: String?
    /// Step 5's preparation sheets, written with the batch: `20 lembar persiapan, …`.
    public var prepared: String?

    /// A no-show, as its record has it.
    public struct Absence: Codable, Sendable, Equatable {
        public var session: Int
        public var name: String
        public var nip: String
        /// The no-show record's number.
        public var number: String
        /// The make-up session proposed (`2026-12-07 08:00–08:45`), not yet recorded.
        public var makeUp: String?
        /// No room left for a make-up inside the 14 working days: the person goes to the next batch.
        public var nextBatch: Bool
        /// The no-show record is approved: the make-up is then recorded with `--revise`.
        public var approved: Bool

        public init(session: Int, name: String, nip: String, number: String, makeUp: String?, nextBatch: Bool, approved: Bool) {
            self.session = session
            self.name = name
            self.nip = nip
            self.number = number
            self.makeUp = makeUp
            self.nextBatch = nextBatch
            self.approved = approved
        }
    }

    /// How many of the batch's documents have a PDF printed from their HTML as it is (`coaching pdf`).
    public struct Printed: Codable, Sendable, Equatable {
        /// Documents printable: the numbered documents and the rekap.
        public var documents: Int
        /// PDFs printed from the HTML as it is.
        public var current: Int
        /// PDFs printed from an older HTML (the rekap redrawn since): `coaching pdf` prints them again.
        public var outdated: Int
    }

    /// Nil when nothing was printed.
    public var pdf: Printed?

    /// A signed copy (or a scan of the paper signed in ink) on record for one document (`lampirkan`).
    public struct Signed: Codable, Sendable, Equatable {
        /// The document's number, or `rekap`.
        public var document: String
        /// `bertanda-tangan` (a signed PDF) or `pindaian` (a scan).
        public var form: String
        /// Who signed, and their NIP or NIK, as the certificate states it (signed PDFs).
        public var signer: String?
        public var signerID: String?
        /// Relative to the output root.
        public var path: String

        /// `BA-1/KLIP/2026: ditandatangani oleh Ratna Sari (NIP 1980…)`, or the scan of the paper signed in ink.
        public func text(_ language: Language) -> String {
            guard form == "bertanda-tangan" else { return language.text(.signedScan, ["document": document]) }
            return language.text(.signedBy, ["document": document, "signer": signerText])
        }

        /// `Ratna Sari (NIP 198012302010012005)`.
        public var signerText: String { DocumentCopy.signerText(signer: signer, signerID: signerID) }
    }

    /// Nil when no signed copy or scan is on record.
    public var signed: [Signed]?

    /// Working days at or below which an unfinished batch is at risk.
    public static let riskThreshold = 3

    /// `absent`: the batch's no-show records (``NoShowRecords``). `language`: of ``progress`` and ``next``
    /// (the steps' names are the SOP's, in Indonesian).
    init(batch: RegisteredBatch, documents: [RegisteredDocument], sessions: Int, calendar: WorkingDayCalendar,
                today: CivilDate, people: Configuration.People, absent: [Absence] = [], audit: [AuditEntry] = [], language: Language) {
        self.absent = absent
        // The distribution and the preparation are written along with the approval and the
        // draft, so they are said beside those steps, not as steps someone must still take.
        func last(_ action: String) -> String? {
            // The detail only: the audit's time is when it was recorded, not the step's date.
            audit.last { $0.action == action }.map(\.detail)
        }
        distributed = last(DistributeJadwal.action)
        prepared = last(PrepareSessions.action)
        self.batch = batch.id.description
        let jadwalDocument = documents.first { $0.kind == .jadwal }
        jadwal = jadwalDocument?.number.description ?? ""
        assignedOn = batch.assignedOn.description
        deadline = batch.deadline.description
        self.today = today.description
        let assigned = batch.assignedOn
        let minutes = documents.filter { $0.kind == .beritaAcara }
        // Every session reported and received: the days stop at the receipt (step 9).
        let receipt = minutes.count == sessions && sessions > 0 && absent.allSatisfy(\.nextBatch) && minutes.allSatisfy { $0.receivedOn != nil }
            ? minutes.compactMap(\.receivedOn).max() : nil
        let countTo = receipt.map { min($0, today) } ?? today
        countedToReceipt = receipt?.description
        // Day 1 is the first working day after the assignment; weekends and holidays do not count.
        var used = 0
        if countTo > assigned {
            var day = assigned.adding(days: 1)
            while day <= countTo {
                // Beyond the known calendar, weekdays count (the deadline itself is refused there).
                if (try? calendar.isWorkingDay(day)) ?? !day.isWeekend { used += 1 }
                day = day.adding(days: 1)
            }
        }
        workingDaysUsed = used
        workingDaysLeft = 14 - used

        func count(_ status: DocumentStatus) -> Int { minutes.count { $0.status >= status } }
        func last(_ dates: [CivilDate?]) -> String? { dates.compactMap { $0 }.max()?.description }
        // The register keeps NIPs; a person reads names.
        func who(_ nip: String?) -> String? {
            guard let nip else { return nil }
            let named = [people.kepalaSeksiPKL, people.kepalaKantor, people.penyaji].first { $0.nip?.description == nip && !$0.name.isEmpty }
            return named.map { "\($0.name) (\(nip))" } ?? nip
        }
        // A make-up proposed and not yet recorded: that session is not reported yet.
        let openMakeUps = absent.filter { !$0.nextBatch }
        let allMinutes = minutes.count == sessions && sessions > 0 && openMakeUps.isEmpty
        func of(_ done: Int) -> String { language.text(.progressOf, ["done": "\(done)", "total": "\(sessions)"]) }
        steps = [
            Step(step: 1, name: "Penugasan coaching diterima", role: "Kepala Kantor", done: true, date: batch.assignedOn.description),
            // Step 2 leaves no record of its own: the Penyaji's draft shows it was given.
            Step(step: 2, name: "Penugasan menyusun konsep Jadwal", role: "Kepala Seksi PKL", done: jadwalDocument != nil,
                 date: jadwalDocument?.draftedOn.description),
            Step(step: 3, name: "Konsep Jadwal Coaching", role: "Penyaji Bahan Penilaian", done: jadwalDocument != nil,
                 date: jadwalDocument?.draftedOn.description),
            Step(step: 4, name: "Jadwal Coaching disetujui", role: "Kepala Seksi PKL", done: (jadwalDocument?.status ?? .konsep) >= .disetujui,
                 date: jadwalDocument?.approvedOn?.description, actor: who(jadwalDocument?.approvedBy)),
            Step(step: 7, name: "Konsep Berita Acara (sesi dilaporkan)", role: "Quality Assessor", done: allMinutes,
                 date: last(minutes.map(\.draftedOn)), progress: of(minutes.count - openMakeUps.count)),
            Step(step: 8, name: "Berita Acara disetujui", role: "Kepala Seksi PKL", done: allMinutes && count(.disetujui) == sessions,
                 date: last(minutes.map(\.approvedOn)), actor: who(minutes.compactMap(\.approvedBy).last), progress: of(count(.disetujui))),
            Step(step: 9, name: "Berita Acara diterima", role: "Kepala Kantor", done: allMinutes && count(.diterima) == sessions,
                 date: last(minutes.map(\.receivedOn)), actor: who(minutes.compactMap(\.receivedBy).last), progress: of(count(.diterima))),
            Step(step: 10, name: "Diarsipkan", role: "Penyaji Bahan Penilaian", done: allMinutes && count(.diarsipkan) == sessions,
                 date: last(minutes.map(\.archivedOn)), progress: of(count(.diarsipkan))),
        ]
        // The SOP's 14 days run to the Kepala Kantor's receipt (step 9).
        let finished = steps.first { $0.step == 9 }!.done
        if finished, let received = minutes.compactMap(\.receivedOn).max(), received > batch.deadline,
           let receipt = steps.firstIndex(where: { $0.step == 9 }) {
            steps[receipt].late = true
        }
        let late = !finished && today > batch.deadline
        state = finished ? .selesai : late ? .terlambat : workingDaysLeft <= Self.riskThreshold ? .berisiko : .berjalan
        next = steps.first { !$0.done }.map { step in
            let name: String = switch step.role {
            case "Kepala Seksi PKL": people.kepalaSeksiPKL.name
            case "Kepala Kantor": people.kepalaKantor.name
            case "Penyaji Bahan Penilaian": people.penyaji.name
            default: ""
            }
            let who = name.isEmpty ? step.role : "\(step.role) (\(name))"
            let id = ["batch": batch.id.description]
            let what: String = switch step.step {
            case 4: language.text(.nextApproveJadwal, id)
            case 7 where minutes.count == sessions && !openMakeUps.isEmpty: Self.makeUpStep(openMakeUps, batch: batch.id, language: language)
            case 7: language.text(.nextMinutes, id)
            case 8: language.text(.nextApproveMinutes, id)
            case 9: language.text(.nextReceive, id)
            case 10: language.text(.nextArchive, id)
            default: step.name
            }
            return "\(who): \(what)"
        }
    }

    /// What the Quality Assessor does about make-ups still open.
    private static func makeUpStep(_ open: [Absence], batch: BatchID, language: Language) -> String {
        let first = open[0]
        let more = open.count > 1 ? language.text(.andMore, ["count": "\(open.count - 1)"]) : ""
        let revise = open.filter(\.approved).map { String($0.session) }
        let option = revise.isEmpty ? "" : " --revise \(revise.joined(separator: " ")) --reason \"…\""
        return language.text(.nextMakeUp, ["session": "\(first.session)", "name": first.name, "makeUp": first.makeUp ?? "-", "more": more,
                                           "batch": batch.description, "option": option])
    }
}
