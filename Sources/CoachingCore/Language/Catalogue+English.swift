extension Catalogue {
    /// English, on request (`--lang en`, `COACHING_LANG=en`).
    public static func english(_ key: MessageKey) -> String {
        switch key {
        // MARK: - Language and general words
        case .languageUnknown: "{source} is '{value}', not a language this tool speaks; accepted values: {accepted}"
        case .nounError: "error|errors"
        case .nounWarning: "warning|warnings"
        case .nounRow: "row|rows"
        case .nounPerson: "person|people"
        case .nounTeam: "team|teams"
        case .nounProblem: "more problem|more problems"
        case .nounPeriod: "period|periods"
        case .nounSession: "session|sessions"
        case .nounCandidate: "candidate|candidates"
        case .nounDocument: "document|documents"
        case .nounFile: "file|files"
        case .nounColumn: "column|columns"
        case .nounMoreRow: "more row|more rows"
        case .nounBatch: "batch|batches"
        case .nounFinding: "finding|findings"
        case .listedMany: "{count}, {first} to {last}"

        // MARK: - check
        case .checkOmitted: "{file}: note: {more} not shown (the first {limit} are listed)"
        case .checkNoErrors: "No errors{warnings}: the inputs can be used."
        case .checkWarningsInParentheses: " ({warnings})"
        case .checkHasErrors: "{errors} and {warnings}: fix the errors and check again."
        case .checkNotRead: "not read"
        case .checkPeriod: "period {period}"
        case .checkPeriods: "{count} periods {first}…{last}"
        case .fileUnreadable: "the file could not be read: {reason}"

        // MARK: - Ingest
        case .fileEmpty: "the file is empty; expected a header line and data rows"
        case .fileHeaderOnly: "the file has a header line but no data rows"
        case .fileWindows1252: "the file is in Windows-1252 (older Excel), not UTF-8; it was converted. Saving as \"CSV UTF-8\" avoids this"
        case .rowWidth: "this row has {fields} fields but the header has {width}; check for a missing or extra {delimiter}, or a value that needs quotes"
        case .delimiterTab: "tab"
        case .headerUnknownColumn: "column '{column}' is not one this tool reads and is ignored (add an alias in coaching.toml if it is one of ours)"
        case .headerMissingReport: "the header lacks the {column} {missing}; a Laporan Kinerja Agen needs {required}"
        case .headerMissingRecommendations: "the header lacks the {column} {missing}; a Rekomendasi Perbaikan Kinerja Agen needs {required} (id is optional)"
        case .headerDuplicate: "column '{column}' appears twice (also column {first}); which one counts is unclear"
        case .inputKindUnknownCSV: "cannot tell which input this is: a Laporan Kinerja Agen has the columns {report}; a Rekomendasi Perbaikan Kinerja Agen has {recommendations}. Map your headers with [input.header_aliases] in coaching.toml"
        case .inputKindUnknownXML: "cannot tell which input this is: the root element must be <laporanKinerja> or <rekomendasiPerbaikan> in namespace {namespace}"
        case .inputIsRecommendationsNotReport: "this is a Rekomendasi Perbaikan Kinerja Agen, not the Laporan Kinerja Agen"
        case .inputIsReportNotRecommendations: "this is a Laporan Kinerja Agen, not the Rekomendasi Perbaikan Kinerja Agen"
        case .recommendationsWithoutReport: "no Laporan Kinerja Agen was given in this run, so the people and periods of these recommendations were not checked against one"
        case .periodEmpty: "the period is empty; write the month as YYYY-MM, e.g. 2026-10"
        case .periodInvalid: "'{value}' is not a period; write the month as YYYY-MM, e.g. 2026-10"
        case .statusInvalid: "'{value}' is not an employment status; use PNS or PPPK"
        case .nameEmpty: "the name is empty"
        case .nameProblem: "the name {problem}"
        case .positionInvalid: "'{value}' is not a position in this report; use 'Agen Informasi' or 'Team Leader Informasi'"
        case .teamEmpty: "the team is empty"
        case .teamProblem: "the team's name {problem}"
        case .leaderOwnRowIgnored: "a team leader's own row leaves nip_team_leader empty; the value is ignored"
        case .leaderMissing: "an agent's row needs the NIP of their team leader"
        case .leaderNIPInvalid: "the team leader's NIP is wrong: {reason}"
        case .evaluationsInvalid: "the number of evaluations must be a whole number (0 or more), found '{value}'"
        case .kpiInvalid: "{kpi} must be a number, found '{value}'"
        case .scoreQuality: "the quality score"
        case .scoreAspect: "the score for {aspect}"
        case .scoreOutOfRange: "{what} must be from 0 to 100, found {value}"
        case .scoreEmpty: "{what} is empty; it must be a number from 0 to 100"
        case .scoreInvalid: "{what} must be a number from 0 to 100, found '{value}'"
        case .numberAmbiguous: "'{value}' is unclear in a file separated by ';', where ',' is the decimal mark and '.' groups thousands; write it without the '.' or with ',' for decimals"
        case .aspectEmpty: "the aspect is empty; name the aspect the recommendation is about, e.g. etika_bertelepon"
        case .findingEmpty: "the finding (temuan) is empty"
        case .findingProblem: "the finding {problem}"
        case .recommendationEmpty: "the recommendation text is empty"
        case .recommendationProblem: "the recommendation {problem}"
        case .priorityInvalid: "'{value}' is not a priority; use tinggi, sedang or rendah"
        case .recommendationDuplicate: "has the same period, NIP, aspect and finding as line {line}; it is listed twice"
        case .recommendationIDReused: "id '{id}' is already used on line {line}; each recommendation needs its own id"
        case .recommendationNobody: "there is no row for NIP {nip} in {period} in the Laporan Kinerja Agen, so this recommendation belongs to nobody"
        case .recommendationAspectUnknown: "'{aspect}' is not an aspect of the report; known aspects: {known}"
        case .reportDuplicatePerson: "NIP {nip} already has a row for {period} on line {line}; a person appears once per period"
        case .leaderIsAgent: "the team leader named here{others}, {nip}, is an Agen Informasi in {period}, not a Team Leader Informasi"
        case .leaderWithoutRow: "the team leader named here{others}, {nip}, has no row of their own as Team Leader Informasi in {period}"
        case .andMoreRows: " (and on {rows})"
        case .rowsRepeatOtherFile: "{rows} of this file (from here on) repeat people and periods already in {other}; only the rows of {other} are used"

        // MARK: - NIP
        case .nipEmpty: "the NIP is empty"
        case .nipSpaces: "a NIP is written without spaces"
        case .nipDigitsOnly: "a NIP has digits only"
        case .nipLength: "a NIP has 18 digits; this one has {count}"
        case .nipBirthInvalid: "the first 8 digits of a NIP are the birth date (YYYYMMDD), and {digits} is not a date"
        case .nipBirthFuture: "the first 8 digits of a NIP are the birth date (YYYYMMDD), and {digits} is after today ({today})"
        case .nipServiceMonth: "digits 9–14 of a NIP are the start of service (YYYYMM), and month {month} does not exist"
        case .nipServiceYearFuturePPPK: "digits 9–12 of a NIP are the year service started, and {year} is after this year ({thisYear})"
        case .nipServiceFuture: "digits 9–14 of a NIP are the start of service (YYYYMM), and {service} is after this month ({month})"
        case .nipServiceBeforeBirth: "the start of service ({year}) in this NIP is before the birth date ({birthYear})"
        case .nipSex: "digit 15 of a NIP is the sex code, 1 or 2, not {sex}"
        case .nipSequence: "the last 3 digits of a NIP are a sequence number from 001; 000 is not used"
        case .nipAgeUnusual: "this NIP says service started at age {age}, which is unusual; please check it"

        // MARK: - Text hygiene
        case .textNoLetter: "has no visible letter (only spaces, marks or invisible characters); type the name again"
        case .textControl: "holds a control character ({code}) that a document cannot carry; type the value again without it"
        case .textNotCharacter: "holds {code}, which is not a character; type the value again without it"
        case .textDirection: "holds a direction control ({code}) that makes the text read otherwise than it is stored; type the value again without it"

        // MARK: - Dates on the command line
        case .dateForms: "2026-11-25 or 25/11/2026 (year-month-day, or day/month/year as Indonesian Excel writes it)"
        case .dateInvalid: "'{value}' is not a date; write it as {forms}"
        case .periodArgumentInvalid: "'{value}' is not a period; write the month as YYYY-MM, e.g. 2026-10"
        case .nipArgumentInvalid: "'{value}' is not a NIP: {reason}"
        case .todayVariableInvalid: "error: COACHING_TODAY is '{value}', not a date; write it as {forms}"

        // MARK: - File system
        case .fileExists: "{path} already exists; move or delete it first, or choose another name"
        case .fileNoPermission: "no permission to read or write {path}; check the permissions of the file and its folder (ls -l), or use a folder of your own"
        case .fileDiskFull: "the disk is full while writing {path}; free some space and run again"
        case .fileNotFound: "{path} is not found; check the file's name and folder"
        case .fileReadOnly: "{path} is on a read-only medium; use a folder that can be written to (for example with --out)"
        case .fileIsDirectory: "{path} is a folder, not a file; name a file in it"
        case .fileNotDirectory: "part of the path {path} is a file, not a folder; check the path"
        case .fileOther: "{path}: {reason}"

        // MARK: - Settings
        case .settingsUnreadable: "cannot read the settings file {file}"
        case .settingsUnusable: "The settings in {file} cannot be used; fix the lines above."
        case .settingsNotTOML: "this is not valid TOML: {detail}"
        case .settingsTableNameMissing: "this is not valid TOML: the table name is missing after '['"
        case .settingsTableNameStart: "this is not valid TOML: a table name must start with a letter, a digit, _ or -, or be quoted (found '{found}')"
        case .settingsMaxBelowMin: "must be at least effectiveness.minimum_comparisons ({minimum})"
        case .settingsUnitCode: "must not contain '/' or spaces, as it goes into document numbers like BA-1/{code}/2026"
        case .settingsTwoRoles: "is {nip}, the NIP {other}.nip names too; one person cannot hold two roles of the same documents (drafting, approving, receiving)"
        case .settingsCodeLetters: "codes use lower-case letters, digits and '_' only"
        case .settingsAspectCodeLetters: "aspect codes use lower-case letters, digits and '_' only"
        case .settingsEmailKey: "keys are NIPs (18 digits)"
        case .settingsEmailInvalid: "is not an e-mail address (name@domain)"
        case .settingsBandEmpty: "needs min, max or both, e.g. { min = 70 }"
        case .settingsBandReversed: "min ({min}) is above max ({max})"
        case .settingsHoursOrder: "times must follow each other: start < break_start < break_end < end (and the same for Friday)"
        case .settingsScheduleNoDays: "first_session_working_day plus working_days_after_last_session leaves no day for sessions within the 14 working days"
        case .settingsDelimiter: "must be \"auto\", \",\", \";\" or \"tab\", not \"{value}\""
        case .settingsAliasUnknown: "'{key}' is not one of our columns; aliases map an office's header onto one of: {columns}, aspek_<code> or kpi_<code>"
        case .settingsUnknownKey: "'{key}' is not a setting this tool knows and is ignored{hint}"
        case .settingsDidYouMean: " (did you mean '{key}'?)"
        case .settingsTable: "must be a table ([{path}])"
        case .settingsText: "must be text in quotes, e.g. {key} = \"…\""
        case .settingsNotEmpty: "must not be empty"
        case .settingsTexts: "must be a list of texts, e.g. [\"…\", \"…\"]"
        case .settingsNumber: "must be a number from {low} to {high}, found {found}"
        case .settingsRange: "must be from {low} to {high}, found {found}"
        case .settingsWholeNumber: "must be a whole number from {low} to {high}, found {found}"
        case .settingsBool: "must be true or false, found {found}"
        case .settingsChoice: "must be one of {choices}, not \"{value}\""
        case .settingsTime: "must be a time like \"07.30\", not \"{value}\""
        case .settingsNIP: "is not a valid NIP: {why}"
        case .settingsPersonList: "must be a list of [[{path}]] tables"
        case .settingsPersonEntry: "must be a table with name, nip and position"
        case .settingsDaysList: "must be a list like [{ date = \"2025-08-18\", name = \"Cuti bersama\" }]"
        case .settingsDayEntry: "each entry needs a date as \"YYYY-MM-DD\", e.g. { date = \"2025-08-18\", name = \"Cuti bersama\" }"

        // MARK: - Help texts
        case .optBatch: "The batch: its id (2026-001) or its folder."
        case .optNotes: "The filled-in worksheet (.xlsx, .csv or .xml)."
        case .optOnlyValid: "Write the minutes of the sessions whose notes are in order, and list the rest as pending."
        case .optRevise: "Sessions whose approved Berita Acara is corrected (a new revision)."
        case .optReason: "Why the revision is needed; kept in the document and the audit log."
        case .optReports: "The Laporan Kinerja Agen (.csv or .xml)."
        case .optRecommendations: "The Rekomendasi Perbaikan Kinerja Agen (.csv or .xml)."
        case .optPeriod: "The period, YYYY-MM (default: the latest in the report)."
        case .optDocument: "Which document: jadwal or berita-acara."
        case .optSessionsDraft: "Only these sessions' Berita Acara (default: every draft)."
        case .optByKepalaSeksi: "NIP of the Kepala Seksi PKL who approves."
        case .optOnApproval: "Date of the approval."
        case .optAssignedOn: "Date the Kepala Kantor's assignment was received (default: today, WIB)."
        case .optUnavailable: "Who is away when: CSV with nip,tanggal,dari,sampai."
        case .optAllowPartial: "Write the schedule even when some candidates do not fit."
        case .optBatchOrAll: "The batch: its id (2026-001) or its folder (default: every open batch)."
        case .optToday: "Count up to this day (default: today, WIB)."
        case .optTextOrJSON: "text or json."
        case .optInputFiles: "Input files (.csv or .xml)."
        case .optFormatTextJSON: "Output: text for people, json for programs."
        case .optDelimiter: "CSV delimiter: auto, ',', ';' or tab (overrides the settings)."
        case .optOut: "Output root."
        case .optTemplates: "Folder of templates replacing the built-in ones, file by file."
        case .optConfig: "Settings file."
        case .optConfigDiscussion: "Default: coaching.toml in the current folder if there is one, else built-in defaults."
        case .optSessionsApproved: "Only these sessions' Berita Acara (default: every approved one)."
        case .optByKepalaKantor: "NIP of the Kepala Kantor."
        case .optOnReceipt: "Date of the receipt."
        case .helpCoachingDiscussion: """
            Inputs are the Laporan Kinerja Agen (one row per person per period) and the Rekomendasi Perbaikan Kinerja Agen (one row per recommendation), as CSV (',', ';' or tab; UTF-8 or Windows-1252) or XML (see Schemas/). Settings come from coaching.toml (see `coaching init`).

            Start here:
              coaching init
                  write an annotated coaching.toml (fill in who signs)
              coaching check REPORT RECS
                  check the inputs and list every problem
              coaching candidates --reports REPORT --recommendations RECS
                  who should be coached, why, and on what
              coaching schedule --reports REPORT --recommendations RECS --assigned-on DATE
                  the sessions and the draft Jadwal Coaching, as a new batch folder
              coaching minutes BATCH --notes WORKSHEET
                  after the sessions: one Berita Acara per session, from the filled-in worksheet
              coaching approve BATCH --document jadwal|berita-acara --by NIP --on DATE
                  the Kepala Seksi PKL's approval: the final documents
              coaching receive BATCH --by NIP --on DATE
                  the Kepala Kantor's receipt of the Berita Acara
              coaching pdf BATCH
                  a PDF of each document, to sign electronically (TTE) in SRIKANDI / BSrE
              coaching lampirkan BATCH SIGNED.pdf…
                  take the signed PDFs back into the record (checks each signature)
              coaching status [BATCH]
                  where each batch stands in the 14 working days, and who acts next
              coaching archive BATCH
                  step 10: the signed ZIP package for the records office (coaching keygen once first)
              coaching verify PACKAGE
                  prove a package (or its extracted folder) is unchanged
              coaching find --nip NIP
                  which coaching a person received, and where the documents are
              coaching efektivitas --reports REPORT…
                  does coaching work? effect against comparable people, commitments followed up
              coaching calendar --from DATE
                  the SOP's 14-working-day deadline
              coaching sample --out DIR
                  realistic example inputs

            Language: Indonesian (the default); --lang en or COACHING_LANG=en for English.

            Exit status: 0 all good, 1 a problem in the inputs, the settings, the notes or the register, 64 a wrong command line.
            """
        case .helpScheduleDiscussion: """
            Steps 1–4 of the SOP: from the report and the recommendations to the draft (KONSEP) Jadwal Coaching for the Kepala Seksi PKL to sign. Sessions start on schedule.first_session_working_day and end schedule.working_days_after_last_session working days before the 14-working-day deadline; highest priority first; the coach and one Quality Assessor per session.

            It always says the assignment day it uses (today when --assigned-on is not given), and warns without --recommendations.

            Writes OUT/YEAR/YEAR-NNN/ whole or not at all: jadwal-coaching.html and .xml, kandidat.xlsx and kandidat.csv (the candidates and why), lembar-kerja.xlsx (the Quality Assessors' worksheet as a workbook: what coaching filled in is locked, hadir is a ya/tidak list) and the same as lembar-kerja.csv, the inputs and the settings used. Running again on the same inputs writes nothing new and names the existing batch.

            If not everyone fits, it says who, why and what would help, and writes nothing unless --allow-partial is given, which lists them in tidak-terjadwal.csv in the batch.

            Example:
              coaching schedule --config Examples/coaching.toml \\
                --reports Examples/laporan-kinerja.csv \\
                --recommendations Examples/rekomendasi-perbaikan.csv \\
                --assigned-on 2026-11-25
            """
        case .helpCheckDiscussion: """
            Give the Laporan Kinerja Agen and the Rekomendasi Perbaikan Kinerja Agen together, so the recommendations are checked against the people in the report. Which file is which is told from its header (CSV) or root element (XML); the order does not matter.

            Each problem is printed as file:line:column: error|warning: message (column), followed by one summary line per file. Warnings never block.

            Examples:
              coaching check Examples/*.csv
              coaching check --format json export.xml
            """
        case .helpApproveDiscussion: """
            Step 4 (the Jadwal) and step 8 (the Berita Acara) of the SOP. The final documents are drawn again from the drafts, without the KONSEP mark and dated on the approval day; from then on they cannot change (a correction is a revision: `coaching minutes … --revise`).

            Only the Kepala Seksi PKL named in the batch's coaching.toml can approve; the date cannot be before the draft, and the Berita Acara only after the Jadwal.

            Examples:
              coaching approve 2026-001 --document jadwal --by 198012302010012005 \\
                --on 2026-11-26
              coaching approve 2026-001 --document berita-acara --session 1 2 3 \\
                --by 198012302010012005 --on 2026-12-11
            """
        case .helpReceiveDiscussion: """
            Records the receipt in the register for every approved Berita Acara of the batch (or the --session ones). The documents themselves do not change: they were final at approval, and the receipt is signed on paper in the block left for it.

            Only the Kepala Kantor named in the batch's coaching.toml; not before the approval date.

            Example:
              coaching receive 2026-001 --by 197205141998031002 --on 2026-12-14
            """
        case .helpStatusDiscussion: """
            Without BATCH: every batch not yet archived; when all are archived, it says how many and how to see them. A batch is at risk (berisiko) with 3 working days or fewer left, late (terlambat) after the deadline without the Kepala Kantor's receipt. A no-show is reported once its record says there is no room for a make-up (the person goes to the next batch), or once the make-up it proposes is recorded: until then the batch is not done.

            Examples:
              coaching status
              coaching status 2026-001 --today 2026-12-10 --format json
            """
        case .helpArchiveDiscussion: """
            Writes one ZIP package per batch, arsip-coaching-<batch>.zip (under <out>/arsip unless --to says otherwise), holding the documents, the inputs and settings used, the register's entries and audit log of the batch (register/), an index.html to browse, and manifest.xml listing every file with its SHA-256. The manifest is signed with the office key when there is one (see coaching keygen). The same batch always gives the same bytes.

            Refuses while a document is still a draft or not yet received, and names each one; --include-drafts makes a package anyway, marked as such on its first page, and leaves the batch open.

            index.html is also written into the batch folder.

            Examples:
              coaching archive 2026-001
              coaching archive 2026-001 --to /mnt/arsip --on 2026-12-16
            """
        case .helpVerifyDiscussion: """
            Recomputes every file's SHA-256 against the manifest, validates every XML against its schema, checks that the numbers in the documents, the manifest and the register's entries agree, that no file is missing or extra, and that the manifest's signature is the office's. Prints each finding plainly; exit 0 only when everything holds.

            The public key comes from --public-key, else kunci-arsip.pub in ~/.klip-coaching (or $COACHING_KEYS). With a key, an unsigned package fails; without one, an unsigned package is reported as such.

            Examples:
              coaching verify Output/arsip/arsip-coaching-2026-001.zip
              coaching verify /mnt/arsip/2026-001 --public-key kunci-arsip.pub
            """
        case .helpFindDiscussion: """
            Looks through every batch in the register under the output root. Dates are the session's (for a Berita Acara) or the drafting's (for a Jadwal). Each document is shown with its number, batch, session, person, status and dates, the file in its batch folder and, once archived, the package it is in.

            Examples:
              coaching find --nip 198607282015091716
              coaching find --number BA-12/KLIP/2026
              coaching find --from 2026-11-01 --to 2026-12-31 --format csv
              coaching find --from 2026-11-01 --to 2026-12-31 --format xlsx \\
                --output dokumen.xlsx

            --format xlsx writes the same columns as csv as a workbook (NIPs and numbers as text, dates as dates) into the file --output names; --to is the last date, not a file.
            """
        case .helpCandidatesDiscussion: """
            A person is a candidate when the overall score is below rules.quality_minimum, an aspect is below its minimum, a KPI is outside its band, or a recommendation has priority tinggi. A team leader also when at least rules.team_flagged_share of the team is, or the team average misses rules.team_average_target. Someone with fewer than rules.minimum_evaluations evaluations is listed as skipped, not coached, and so is someone coached less than rules.cool_down_working_days working days before --assigned-on in a batch under --out. Order: more reasons first, then the lower score, then the NIP.

            The same selection as `coaching schedule` makes for the same inputs, settings, date and output folder.

            --format xlsx writes the list as a workbook (the NIPs as text, all 18 digits; the scores as numbers) into the file --output names, as kandidat.xlsx in a batch folder.

            Examples:
              coaching candidates --reports Examples/laporan-kinerja.csv \\
                --recommendations Examples/rekomendasi-perbaikan.csv
              coaching candidates --reports Examples/laporan-kinerja.csv \\
                --format xlsx --output kandidat.xlsx
            """
        case .helpCalendarDiscussion: """
            Day 1 is the first working day after the assignment date. Weekends, national holidays and cuti bersama are skipped (cuti bersama count as working days with cuti_bersama_is_working_day = true in coaching.toml; [calendar] also adds an office's own days). 2025 and 2026 are decreed; 2027 is an estimate and gets a warning; later years are refused until their days are added to coaching.toml.

            Example:
              coaching calendar --from 2026-11-25 --add 14
            """
        case .helpKeygenDiscussion: """
            Writes an Ed25519 key pair: kunci-arsip.key (private, readable only by you) and kunci-arsip.pub (public: give it to whoever verifies packages). By default into ~/.klip-coaching (or $COACHING_KEYS), where coaching archive and coaching verify look for them. Keep the private key out of the output folder: it is never written into a package, and archive refuses a batch folder that holds it.

            Refuses to replace an existing key: packages signed with it could no longer be checked against a new one.

            Example:
              coaching keygen
              coaching keygen --to /media/kunci-kantor
            """
        case .optOutput: "Write to this file instead of standard output; needed for --format xlsx. (--out is the output root, where the register is.)"
        case .optArchiveTo: "Folder for the package (default: <out>/arsip)."
        case .optIncludeDrafts: "Package a batch with drafts or unreceived minutes; the package says so and the batch stays open."
        case .optArchiveOn: "Date of archiving (default: today, WIB); a batch archived before keeps its date."
        case .optArchiveKey: "The office's private key (default: kunci-arsip.key in ~/.klip-coaching or $COACHING_KEYS, if there)."
        case .optPackage: "A package (.zip) or an extracted batch folder."
        case .optPublicKey: "The office's public key."
        case .optCalendarFrom: "Assignment date, YYYY-MM-DD or DD/MM/YYYY."
        case .optCalendarAdd: "Working days to count (the SOP allows 14)."
        case .optInitDir: "Folder to write coaching.toml into."
        case .optInitForce: "Replace an existing coaching.toml."
        case .optCoolDownFrom: "The day the cool-down counts back from, as schedule's --assigned-on (default: today, WIB)."
        case .optFormatAll: "Output: text for people, csv or json for programs, xlsx for spreadsheets (with --output)."
        case .optAttachFiles: "The signed PDFs (or, with --scan, the one scan)."
        case .optScan: "The one file is a scan of this document's paper signed in ink: its number (BA-12/KLIP/2026) or rekap."
        case .optKeygenTo: "Folder for the two key files (default: ~/.klip-coaching or $COACHING_KEYS)."
        case .optFindNIP: "The person's NIP (18 digits)."
        case .optFindNumber: "A document number, e.g. BA-12/KLIP/2026."
        case .optFrom: "From this date."
        case .optTo: "Up to this date."
        case .optFormatFind: "Output: text (default), csv or json for programs, xlsx for spreadsheets (with --output)."
        case .optWriteDir: "Folder to write into (created if missing)."
        case .optAgents: "Number of agents (team leaders come on top)."
        case .optPeriods: "Number of monthly periods, ending with --last-period."
        case .optSeed: "Seed: the same seed gives the same files."
        case .optLastPeriod: "The most recent period, YYYY-MM."
        case .optTemplateDir: "Template folder."
        case .helpTemplatesCopyDiscussion: "Existing files are left alone unless --force is given."
        case .optForceFiles: "Replace files that already exist."
        case .optPdfDocuments: "Only these documents: numbers (BA-12/KLIP/2026) or rekap (default: every one)."
        case .optTabs: "Tabs printing at once in the one browser."
        case .helpAttachDiscussion: """
            After `coaching pdf`, the office signs the PDFs in SRIKANDI or the BSrE service; lampirkan takes the signed files back. Each is matched to the PDF of the batch it extends (a signature appends to the PDF, so the printed PDF's bytes must be its beginning), and its signature is checked: one signature, covering the whole file, its digest and its signature valid. Accepted files are copied into the batch (ttd/berita-acara/sesi-007-ttd.pdf) and recorded with the signer's name, NIK or NIP and the signing time; status, find and the archive show them.

            The signer's certificate chain is checked against the root certificates in the folder signatures.trust_roots names in coaching.toml; without that setting it is not checked, and lampirkan says so.

            The good files are recorded; each refused file is listed with its reasons, and the exit status is then 1. A file already on record changes nothing.

            --scan NUMBER takes one file, a scan (PDF, JPEG or PNG) of that document's paper signed in ink, kept as evidence.

            Examples:
              coaching lampirkan 2026-001 ~/Unduhan/sesi-*-signed.pdf
              coaching lampirkan 2026-001 --scan BA-12/KLIP/2026 pindai-ba-12.jpg
            """
        case .helpInitDiscussion: """
            The file explains each setting: letterhead and unit code, the people who sign, the coaching rules, office hours, calendar options and header aliases. An existing coaching.toml is never overwritten unless --force is given.
            """
        case .helpMinutesDiscussion: """
            Steps 6–7 of the SOP. NOTES is the batch's lembar-kerja.xlsx filled in (a workbook: the columns coaching filled in are locked), or lembar-kerja.csv as Excel or LibreOffice saves it (';', 27/11/2026 or 11/27/26, a NIP turned into 1.98607282015092E+017 are fine: each row is checked against the session its sesi names, with a warning), or the same as XML (Schemas/catatan-coaching.xsd). Per session: hadir (ya/tidak; empty while pending), tanggal (the day it was held), pembahasan, komitmen (one per line) with target_tanggal, tindak_lanjut, catatan.

            Every row is checked against the batch's Jadwal: a session that does not exist, a NIP or date that does not match, a session after the deadline, a held session without discussion or commitments. With any problem nothing is written, unless --only-valid is given; then the rest is listed as pending.

            Writes, into the batch folder: berita-acara/sesi-NNN.html and .xml (a no-show gets a record of its own, proposing a make-up session from the day after today inside the 14 working days, or saying there is no room and the person goes to the next batch), and rekap-coaching.html. A make-up is recorded by filling in the session's row again with the make-up day in tanggal. Numbers (BA-n/UNIT/YEAR) come from the register and never change: running again on the same notes changes nothing. A draft is redrawn when its notes change; an approved one only with --revise SESSION --reason TEXT.

            Example:
              coaching minutes 2026-001 --notes lembar-kerja-terisi.xlsx
            """
        case .helpPdfDiscussion: """
            Writes a PDF beside each document's HTML in the batch folder (jadwal-coaching.pdf, berita-acara/sesi-007.pdf, tanda-terima/tanda-terima-1.pdf, rekap-coaching.pdf), A4 as the documents' own page style says, tagged, with an outline, its title, the office as author and the document number as subject; each PDF is recorded in the register with its SHA-256 and goes into the archive package.

            A PDF whose HTML is unchanged since it was printed is left as it is (sudah ada); one whose HTML changed (the rekap, redrawn at approval and receipt) is printed again, unless a signed copy of it is on record. Drafts print with their KONSEP mark.

            Needs Chromium (apt install chromium), one browser for the whole batch; COACHING_CHROMIUM names another one. No other command needs it.

            Examples:
              coaching pdf 2026-001
              coaching pdf 2026-001 --document BA-12/KLIP/2026 rekap
            """
        case .usageXlsxOutput: "--format xlsx writes a workbook to open in a spreadsheet, not text for the terminal: name the file with --output FILE"
        case .usageAdd: "--add must be from 1 to 260 working days"
        case .usageReviseReason: "--revise needs --reason: say why the approved Berita Acara is corrected"
        case .usageNotFolder: "{folder} is not an existing folder"
        case .usageAttachFiles: "name the signed PDF files to attach"
        case .usageScanOne: "--scan takes one file, the scan of that document ({count} were given)"
        case .usageSessionForMinutes: "--session is for --document berita-acara"
        case .usageAgents: "--agents must be from 1 to 2,000,000"
        case .usagePeriods: "--periods must be from 1 to 120"
        case .usageLastPeriod: "--last-period must be a month as YYYY-MM, e.g. 2026-10"
        case .usageCoachingShare: "--coaching-share must be from 0 to 1"
        case .usageEffect: "--effect must be ASPECT=+N, e.g. kepatuhan_sop=+6 (N from -100 to 100), not \"{value}\""
        case .usageCheckFiles: "give at least one input file"
        case .usageDelimiter: "--delimiter must be auto, ',', ';' or tab"
        case .usageTabs: "--tabs must be 1 to 8"
        case .helpRegisterRebuildDiscussion: """
            Every batch folder keeps a copy of its part of the register (YEAR/YEAR-NNN/register/), rewritten with every change. When register.sqlite is lost, rebuild reads those copies and makes the register again: batches, documents with their status, approvals and receipts, the files' hashes, the audit lines, and the numbering, which continues after the highest number found so that no number is given twice.

            Refused while a register.sqlite is there (move a damaged or emptied one aside first and keep it), and when any batch folder has no readable copy. Files that are not as the copies record are listed: the rebuilt register keeps the recorded hashes, so the later steps refuse those files by name until they are restored.

            Example:
              mv Output/register.sqlite Output/register.sqlite.rusak
              coaching register rebuild
            """
        case .helpSampleDiscussion: """
            Writes laporan-kinerja.csv/.xml and rekomendasi-perbaikan.csv/.xml: Indonesian names, valid NIPs, teams of 8–15 agents with their team leader, plausible scores with some people clearly below the thresholds, and the recommendations that follow. Files appear whole or not at all.

            Examples:
              coaching sample --out Examples
              coaching sample --out /tmp/big --agents 83334 \\
                --periods 12     (about 1,000,000 rows)

            With --effect (or --riwayat) it also simulates the coaching held: after each period, people with an aspect below its minimum are coached the next month (seven in ten of them), written to riwayat-coaching.csv, and from the period after that month their coached aspects gain the planted effect, on top of the usual noise (so regression to the mean is there too). `coaching efektivitas --riwayat` then measures it:
              coaching sample --out /tmp/s --periods 12 --agents 2000 \\
                --effect kepatuhan_sop=+6
              coaching efektivitas --reports /tmp/s/laporan-kinerja.csv \\
                --riwayat /tmp/s/riwayat-coaching.csv --out /tmp/s/out
            """
        case .helpTemplatesCheckDiscussion: """
            Each document template is compiled with its partials, files from DIR replacing the built-in ones of the same name. A name the document does not provide, a missing partial, a partial that includes itself or a syntax error is reported as file:line:column: message. Without DIR the built-in templates are checked.
            """
        case .helpLang: "Language of messages and help: id (the default) or en. Also COACHING_LANG=en."
        // the progress line
        case .progressPreparationSheets: "Drawing the preparation sheets"
        case .progressMinutes: "Writing the Berita Acara"
        case .progressArchive: "Packaging the archive, stage"
        case .progressVerify: "Checking the package's files"
        case .progressPrint: "Printing PDFs"
        // coaching efektivitas
        case .helpEffectiveness: "Does coaching work? The change after coaching against comparable uncoached people, and the commitments followed up."
        case .helpEffectivenessDiscussion: """
            Per coached person and coached aspect: the baseline (mean of up to three periods before the coaching period), the first and second period after, and the change; the same change of comparable people (same jabatan, baseline within effectiveness.baseline_caliper points, not coached on that aspect from three periods before to two after); the difference (difference in differences) with a 95 % interval per aspect, coach, team and batch. Below effectiveness.minimum_evaluations scored contacts in a period or effectiveness.minimum_comparisons comparable people: "data belum cukup". Every commitment of a Berita Acara is followed up once its target date has passed.

            The sessions come from the approved Berita Acara in the register under --out, and from --riwayat (a riwayat-coaching.csv, as `coaching sample --effect` writes). Writes OUT/efektivitas/FROM_TO/: laporan-efektivitas.html (for the Kepala Kantor, A4), efektivitas.csv, pembanding.csv, ringkasan.csv, komitmen.csv (every figure with the report rows it comes from, as file:line) and efektivitas.json.

            Examples:
              coaching efektivitas \\
                --reports laporan-2026-01.csv laporan-2026-02.csv … --from 2026-03 \\
                --to 2026-08
              coaching efektivitas --reports /tmp/s/laporan-kinerja.csv \\
                --riwayat /tmp/s/riwayat-coaching.csv --out /tmp/s/out
            """
        case .optEffectivenessReports: "Laporan Kinerja files (.csv or .xml), one per period or cumulative."
        case .optRiwayat: "Sessions held, as riwayat-coaching.csv, besides those in the register."
        case .optFromPeriod: "First coaching period analysed, YYYY-MM (default: the first session's)."
        case .optToPeriod: "Last coaching period analysed, YYYY-MM (default: the last session's)."
        case .usageReportsNeeded: "--reports needs at least one file"
        case .usageToBeforeFrom: "--to ({to}) is before --from ({from})"
        case .effectivenessInputErrors: "The inputs have errors (see above); correct them and run again. No effectiveness report was written."
        case .effectivenessNoSessions: "No coaching session is on record: the register holds no approved Berita Acara and --riwayat was not given. No effectiveness report was written."
        case .effectivenessWritten: "Effectiveness report written to {folder}: {units} person-and-aspect pairs, {measured} measured."
        case .effectivenessHeadline: "Effect of coaching: {effect} points (95 % interval: {low} to {high})."
        case .effectivenessSessionRepeated: "{number} is already in the register; this row is left out so that the session counts once"
        case .riwayatEmpty: "the file is empty; it needs the header line {header}"
        case .riwayatHeaderMissing: "the header lacks the column(s) {columns}"
        case .riwayatNumberEmpty: "the Berita Acara number is empty"
        case .riwayatNIPInvalid: "\"{value}\" is not a valid 18-digit NIP"
        case .riwayatDateInvalid: "\"{value}\" is not a date (YYYY-MM-DD)"
        case .riwayatDuplicate: "{number} is already the session of {nip} at line {line}"
        case .sampleWritten: "Wrote {files} files to {out}: {people} people in {teams} teams, {rows} report rows, {recommendations} recommendations{sessions}."
        case .sampleWrittenSessions: ", {sessions} coaching sessions"
        case .effectivenessHeadlineShort: "Effect of coaching: data belum cukup (not enough data)."
        case .helpApprove: "Record the Kepala Seksi PKL's approval and write the final documents (without KONSEP)."
        case .helpArchive: "Package a finished batch for the records office (step 10) and mark it archived."
        case .helpAttach: "Take signed PDFs (TTE) back into a batch, or a scan of a paper signed in ink."
        case .helpCalendar: "Count working days: the SOP's deadline from an assignment date, and the days skipped."
        case .helpCandidates: "List who should be coached in a period, with the reasons and the focus areas."
        case .helpCheck: "Read and validate input files; list every problem with file, line and column."
        case .helpCoaching: "Coaching paperwork for KLIP DJP (SOP LIP30-0005): check the inputs, pick the candidates, schedule the sessions, write the Jadwal Coaching and the Berita Acara, follow them through approval and receipt, and archive them."
        case .helpFind: "Find documents in the register: which coaching a person received, where each document is, its status."
        case .helpInit: "Write an annotated coaching.toml with every setting at its default."
        case .helpKeygen: "Make the office's key that signs archive packages (once)."
        case .helpMinutes: "Turn the Quality Assessors' notes into the Berita Acara Coaching of each held session (HTML and XML)."
        case .helpPdf: "Print each document of a batch to PDF, for electronic signature (TTE) or the records office."
        case .helpReceive: "Record that the Kepala Kantor received the approved Berita Acara (step 9)."
        case .helpRegister: "Look after the register (register.sqlite) itself."
        case .helpRegisterRebuild: "Make a lost register again from the batch folders."
        case .helpSample: "Make realistic synthetic inputs (both inputs, CSV and XML), the same for the same seed."
        case .helpSchedule: "Schedule the coaching sessions and write the Jadwal Coaching (HTML and XML) as a new batch."
        case .helpStatus: "Where each batch stands in the SOP: steps done, working days used and left of the 14, who acts next."
        case .helpTemplates: "Check an office's document templates, or copy the built-in ones to edit."
        case .helpTemplatesCheck: "Lint a template folder against the data each document provides."
        case .helpTemplatesCopy: "Write the built-in templates into a folder, to edit and use with --templates."
        case .helpVerify: "Check an archive package (or its extracted folder) has not been changed."

        // MARK: - Approval and receipt
        case .refusalNotNIP: "--by {nip} is not a NIP (18 digits)"
        case .refusalNoRole: "the batch's coaching.toml names no {role} ({key}.nip), so nobody can {action}"
        case .refusalWrongPerson: "NIP {nip} cannot {action}: that is for the {role}, {name} (NIP {expected}), as the batch's coaching.toml names in {key}"
        case .actionApprove: "approve"
        case .actionReceive: "receive the Berita Acara"
        case .refusalFuture: "{date} is after today ({today}, WIB); {what} cannot be recorded before it has happened"
        case .whatApproval: "an approval"
        case .whatReceipt: "a receipt"
        case .refusalBackwards: "{date} is before {before}, when {what}; dates cannot go backwards"
        case .whenJadwalDrafted: "the Jadwal was drafted"
        case .whenSessionHeld: "{number} records a session on that day"
        case .whenJadwalApproved: "the Jadwal was approved"
        case .whenApproved: "{number} was approved"
        case .jadwalAlreadyApproved: "{number} was already approved on {date}; nothing changed."
        case .distributed: "Distributed: {summary} in {folder}/."
        case .jadwalNotApprovedYet: "the Jadwal {number} is not approved yet; the SOP approves it (step 4) before the Berita Acara (step 8): coaching approve {batch} --document jadwal …"
        case .minutesAlreadyApproved: "{number} (session {session}) was already approved on {date}; left as it is."
        case .minutesNotDrawn: "{number} could not be drawn: {reason}"
        case .noMinutesWaitingApproval: "No Berita Acara of batch {batch} is waiting for approval; nothing changed."
        case .registerNoJadwal: "the register has no Jadwal for batch {batch}"
        case .noMinutesForSession: "no Berita Acara for session {sessions} in batch {batch}; run coaching minutes first"
        case .documentMissing: "{path} ({number}) is missing; the register expects it"
        case .documentChanged: "{path} ({number}) was changed after coaching wrote it; restore it, or draw it again with coaching minutes"
        case .notApprovedSoNotReceived: "{number} (session {session}) is not approved yet, so not received."
        case .alreadyReceived: "{number} (session {session}) was already received on {date}."
        case .noMinutesWaitingReceipt: "No approved Berita Acara of batch {batch} is waiting to be received."
        case .tandaTerima: "Tanda Terima {number} lists the {count} Berita Acara received: {path}"
        case .approvedSummary: "Approved by {name} on {date}: {documents}. The final documents are in {folder}/"
        case .receivedSummary: "Received by {name} on {date}: {documents}."
        case .nothingReceived: "Nothing was received."
        case .templatesChangedMinutes: "The Berita Acara of batch {batch}"

        // MARK: - status
        case .progressOf: "{done} of {total}"
        case .nextApproveJadwal: "approve the Jadwal: coaching approve {batch} --document jadwal --by NIP --on DATE"
        case .nextMinutes: "fill in the worksheet and run: coaching minutes {batch} --notes FILE"
        case .nextApproveMinutes: "approve the Berita Acara: coaching approve {batch} --document berita-acara --by NIP --on DATE"
        case .nextReceive: "receive the Berita Acara: coaching receive {batch} --by NIP --on DATE"
        case .nextArchive: "archive the batch: coaching archive {batch}"
        case .nextMakeUp: "record the make-up session of session {session} ({name}), proposed for {makeUp}{more}: fill in its row again with the day it was held (or missed) and run: coaching minutes {batch} --notes FILE{option}"
        case .andMore: " (and {count} more)"
        case .signedBy: "{document}: signed by {signer}"
        case .signedScan: "{document}: scan of the paper signed in ink (pindaian)"
        case .statusBatchLeftOut: "warning: batch {batch} is left out: {reason}"
        case .statusReceivedLateNotArchived: "received LATE (after the deadline), not yet archived"
        case .statusReceivedNotArchived: "received in time, not yet archived"
        case .statusDoneLate: "done, LATE (received after the deadline)"
        case .statusDone: "done"
        case .statusOnTrack: "on track"
        case .statusAtRisk: "AT RISK"
        case .statusLate: "LATE"
        case .statusHeader: "Batch {batch} · {jadwal} · {state}"
        case .statusDaysFinished: "  assigned {assigned}, deadline {deadline}; finished in {used} of 14 working days (received {received})"
        case .statusDays: "  assigned {assigned}, deadline {deadline}; working days used {used} of 14, {left} left (as of {today})"
        case .statusBy: " by {actor}"
        case .statusStepLate: " (LATE: after the deadline {deadline})"
        case .statusPrepared: "        with it, step 5's preparation: {prepared}"
        case .statusDistributed: "        with it, the distribution: {distributed}"
        case .statusMakeUpOpen: "make-up session proposed for {makeUp}, not yet recorded"
        case .statusNextBatch: "no room for a make-up; goes to the next batch"
        case .statusAbsent: "  absent: session {session}, {name} ({nip}), {number}: {follows}"
        case .statusPDF: "  PDF: {current} of {documents} documents{outdated}"
        case .statusPDFOutdated: ", {count} older than their HTML (coaching pdf {batch} prints them again)"
        case .statusSigned: "  signed copies: {count}{shown}"
        case .statusSignedShown: " (the first and the last shown; coaching find lists each)"
        case .statusNext: "  next: {next}"
        case .statusNoOpen: "No open batch under {root}."
        case .statusArchivedExist: "{count} archived: {list}. See one with coaching status BATCH (for example coaching status {last}); look documents up with coaching find --nip NIP."
        case .statusNoBatch: "No batch under {root} yet; coaching schedule makes one."

        // MARK: - schedule
        case .unplacedNoTime: "no time left between {first} and {last} when a coach, a Quality Assessor and the person are all free"
        case .unplacedNoTimeHelp: "name another Quality Assessor or a stand-in coach in coaching.toml, raise schedule.max_sessions_per_day (now {maxPerDay}), or lower schedule.working_days_after_last_session (now {daysAfter})"
        case .unplacedOnlyCoach: "the person is the only coach named, and nobody coaches their own session"
        case .unplacedOnlyCoachHelp: "name a stand-in coach in coaching.toml ([[schedule.stand_in_coaches]])"
        case .unplacedOnlyAssessor: "the person is the only Quality Assessor left for this session (the coach does not accompany it), and nobody accompanies their own session"
        case .unplacedOnlyAssessorHelp: "name another Quality Assessor in coaching.toml ([[people.quality_assessors]])"
        case .unplacedSummary: "{severity}: {count} of {total} candidates do not fit."
        case .unplacedGroup: "  {count}: {reason}."
        case .unplacedHelp: "  To fit them all: {suggestion}."
        case .unplacedListWritten: "The candidates who do not fit, with the reason for each: {path}"
        case .unplacedRefused: "Nothing was written; with --allow-partial the others are scheduled and the list of those who do not fit is written to {file} in the batch folder."
        case .unplacedFirst: "  Among them:"
        case .unplacedOne: "    {name} ({nip})"
        case .assumedAssignedGiven: "Assignment received on {date} (--assigned-on)."
        case .assumedAssignedToday: "Assignment received on {date}, taken as today (WIB) because --assigned-on was not given."
        case .assumedNoRecommendations: "warning: no --recommendations: the candidates come from the Laporan Kinerja Agen alone, without the Rekomendasi Perbaikan Kinerja Agen, and the Jadwal carries no focus from them."
        case .provisionalHolidays: "warning: the holidays of {year} are an estimate, not yet decreed; check the deadline when the decree is out"
        case .scheduleWritten: "Jadwal Coaching {number} (KONSEP): {sessions} for {candidates}, {first} to {last}; deadline {deadline}."
        case .scheduleWindow: "The settings' window for sessions: {first} to {last}."
        case .scheduleWrittenTo: "Written to {folder}/"
        case .scheduleExists: "This schedule already exists as {folder} (same inputs, settings and templates); nothing new was written."
        case .scheduleNobody: "No one to coach in {period}: {skipped} of {people} skipped, nobody else meets a rule. Nothing was written."
        case .scheduleNoRows: "error: the report has no rows"
        case .scheduleConcurrent: "other runs keep adding batches under {root} at the same time; try again when they have finished"
        case .templatesErrorNothingWritten: "The templates have an error; nothing was read or written."
        case .inputsErrorNothingWritten: "The inputs have errors (above); nothing was written."
        case .jadwalCannotBeSigned: "The Jadwal Coaching cannot be signed without these; nothing was written."

        // MARK: - minutes, archive, verify
        case .minutesSummary: "Batch {batch}, Jadwal {jadwal}: {held} held, {absent} absent, {pending} pending."
        case .minutesNew: "New Berita Acara (KONSEP)"
        case .minutesRedrawn: "Redrawn"
        case .minutesRevised: "Revised (KONSEP again)"
        case .minutesNothingChanged: "Nothing changed: the minutes already match these notes."
        case .minutesUnchanged: "Unchanged: {count} Berita Acara already match their notes."
        case .minutesMakeUp: "make-up session proposed for {date}, {time}"
        case .minutesNoRoom: "no room left for a make-up session inside the 14 working days (to {deadline}); goes to the next batch"
        case .minutesAbsent: "  absent: session {session}, {name} ({nip}): {next}"
        case .minutesPending: "  pending: session {session}, {name} ({nip}): {why}"
        case .minutesMorePending: "  … and {count} more pending (see rekap-coaching.html)"
        case .minutesBatchIn: "The batch is in {folder}/"
        case .archiveUnchanged: "Already archived; the package is unchanged: {package}"
        case .archiveDone: "Archived batch {batch}: {package}"
        case .archiveFiles: "  {files}, {megabytes} MB, SHA-256 {sha256}"
        case .archiveSigned: "  manifest signed with the office key {fingerprint}"
        case .archiveUnsigned: "  not signed: there is no office key (coaching keygen makes one)"
        case .archiveDrafts: "  holds unfinished documents (its index says so on top); the batch stays open until it is archived without --include-drafts"
        case .archiveBrowse: "  browse: {index}"
        case .verifyFinding: "FAIL {finding}"
        case .verifyMoreFindings: "FAIL … and {count} more findings, not listed"
        case .verifyNote: "note: {note}"
        case .verifyOK: "OK {package}: batch {batch}, {files}; hashes, schemas and numbers agree; {signature}."
        case .verifyNotOK: "NOT OK {package}: {findings}; do not rely on this package."
        // MARK: - CSV form
        case .csvQuoteInside: "a quote (\") inside a field that does not start with one; put the whole field in quotes and double the quote"
        case .csvTextAfterQuote: "unexpected text after the closing quote of a field; a quoted field must end at the delimiter"
        case .csvUnclosedQuote: "a quoted field opened here is never closed; the rest of the file could not be read. Add the missing closing quote (\")"
        case .csvLineTooLong: "line {line} is longer than {kib} KiB without ending; this does not look like a CSV file (or a quote is missing)"
        case .csvReadFailed: "the file could not be read to the end: {reason}"
        case .csvInvalidUTF8: "the file is UTF-8 but has bytes here that are not valid UTF-8; save it again as \"CSV UTF-8\""
        case .csvNotWindows1252: "the file is neither UTF-8 nor Windows-1252 (byte 0x{byte} has no meaning in either); save it again as \"CSV UTF-8\""
        case .csvBinary: "the file holds binary data (byte 0x{byte}), not text; is it the right file?"
        case .noSuchBatch: "there is no batch {batch} in the register under {root}{known}"
        case .knownBatches: "; batches: {list}"

        // MARK: - candidates, calendar
        case .candidatesHeader: "Coaching candidates for {period}: {count} of {people}"
        case .candidatesSkippedCount: ", {count} skipped"
        case .candidatesWhy: "   why:   {reason}"
        case .candidatesFocus: "   focus: {focus}"
        case .candidatesSkipped: "Skipped:"
        case .calendarAssigned: "Assignment received: {date}"
        case .calendarDeadline: "Deadline:            {date}, after {days} hari kerja"
        case .calendarNoneSkipped: "No days skipped."
        case .calendarSkipped: "Days not counted ({count}):"

        // MARK: - init, templates, output files, find
        case .initExists: "error: {path} already exists; use --force to replace it"
        case .initWrote: "Wrote {path}. Fill in the people who sign, then run `coaching check`."
        case .templatesOK: "Templates OK ({checked})."
        case .templatesProblems: "{problems} in the templates ({checked})."
        case .templatesCopied: "Wrote {templates} to {folder}{kept}."
        case .templatesKept: "; kept {count} existing (use --force to replace)"
        case .nounProblemPlain: "problem|problems"
        case .nounTemplate: "template|templates"
        case .outputFailed: "error: {reason}; nothing was written"
        case .outputWrote: "Wrote {path}: {summary}."
        case .findNothing: "No document in the register under {root} matches."

        // MARK: - The worksheet against the Jadwal
        case .notesNoSession: "there is no session {session} in the Jadwal {jadwal} (it has sessions 1 to {count})"
        case .notesTwiceRow: "session {session} is filled in twice (first on row {line})"
        case .notesTwiceLine: "session {session} is filled in twice (first on line {line})"
        case .notesWrongNIP: "session {session} is for {name} (NIP {expected}), not NIP {nip}"
        case .notesNoDate: "session {session} was held but has no date; write the day it took place"
        case .notesNoDiscussion: "session {session} was held but nothing is written on what was discussed"
        case .notesNoCommitments: "session {session} was held but the coachee's commitments are empty"
        case .notesAfterDeadline: "session {session} is dated {date}, after the deadline of the 14 working days ({deadline})"
        case .notesWrongMakeUpDate: "session {session} was scheduled for {scheduled} and its make-up is proposed for {makeUp}, not {date}"
        case .notesWrongDate: "session {session} was scheduled for {scheduled}, not {date}"
        case .notesDueBefore: "the commitment '{commitment}' is due {date}, before the session itself"
        case .notesDueOff: "the commitment '{commitment}' is due {date}, {off}; the next working day is {next}"
        case .or: " or "
        case .pendingTwice: "filled in twice"
        case .pendingErrors: "its row has errors"
        case .pendingEmpty: "not filled in yet (hadir is empty)"
        case .pendingNoRow: "no row in the notes"
        case .offWeekend: "a weekend day ({name})"
        case .offHoliday: "a holiday ({name})"
        case .offCutiBersama: "a cuti bersama day ({name})"
        case .offOffice: "a day off of the office ({name})"

        // MARK: - The worksheet's cells
        case .cellNotSession: "'{value}' is not a session number (the first column of the worksheet)"
        case .cellNotAttendance: "'{value}' is not an answer to attendance; write ya or tidak (empty while the session is pending)"
        case .cellTargetsCount: "{commitments} commitments but {targets} target dates; give one date per commitment (one per line) or one date for all"
        case .cellProblem: "this cell {problem}"
        case .cellNIPNumber: "the NIP is the number {value}, which has not 18 digits; type the NIP as text"
        case .cellNotSerialDate: "{value} is not a day a spreadsheet can show; write the date as 27/11/2026"
        case .cellNotDate: "'{value}' is not a date; write 27/11/2026 or 2026-11-27"
        case .cellNIPRounded: "a spreadsheet turned the NIP into the number {value}, keeping {digits} of its 18 digits"
        case .cellNIPTypeAsText: "{kept}; type the NIP as text"
        case .cellNIPMismatch: "{kept}, and it does not match the NIP of session {session}, {nip} ({name}), which would have become {shown}; check that this row is session {session}, and type the NIP as text"
        case .cellNIPMatches: "{kept}; it matches the NIP of session {session}, {nip} ({name}), which is used"
        case .dateTwoWaysTaken: "'{value}' can be read as {days}; it is taken as {date}, the day session {session} was scheduled for"
        case .dateNeitherScheduled: ", and neither is the day session {session} was scheduled for ({date})"
        case .dateTwoWays: "'{value}' can be read as {days}{scheduled}; write the date as {forms}"
        case .dateTwoWaysNoOrder: "'{value}' can be read as {days}, and no other date in this file shows which comes first, day or month; write it as {forms}"
        case .timeStart: "start"
        case .timeEnd: "end"
        case .cellNotTime: "'{value}' is not a time of day; the Berita Acara keeps the Jadwal's {clock}"
        case .cellOtherTime: "session {session} was scheduled to {verb} at {clock}, not {time}; the Berita Acara keeps the Jadwal's time"

        // MARK: - archive refusals
        case .blockJadwalDraft: "the Jadwal {number} is still a draft (konsep)"
        case .blockNoMinutes: "session {session} ({name}) has no Berita Acara yet"
        case .blockMinutesDraft: "{number} (session {session}, {name}) is still a draft (konsep)"
        case .blockNotReceived: "{number} (session {session}, {name}) is approved but not yet received by the Kepala Kantor"
        case .blockMakeUp: "{number} (session {session}, {name}) proposes a make-up session for {makeUp} not yet recorded"
        case .archiveNotYet: "batch {batch} cannot be archived yet:\n{list}\nFinish these steps first, or give --include-drafts for a package marked as holding unfinished documents."

        // MARK: - pdf, lampirkan, keygen
        case .pdfSummary: "PDF: {printed} printed, {skipped} already there{refused}."
        case .pdfRefused: ", {count} not printed"
        case .attachAlready: "sudah ada: {document} ← {file} is already on record as {path}; nothing changed"
        case .attachSummary: "Lampirkan: {attached} attached, {already} already on record, {refused} refused."
        case .attachNoFiles: "name the signed PDF files to attach"
        case .attachScanOneFile: "--scan takes one document number and one file: the scan of that document ({count} files were given)"
        case .attachNothingRecorded: "Nothing was recorded; the batch folder is as it was."
        case .attachNotPDF: "It is not a PDF: a signed copy is the PDF the signing service (BSrE, SRIKANDI) returns."
        case .attachNoPrintedPDF: "It does not begin with any PDF printed for batch {batch}: a signed copy of another batch's document, of a PDF printed again since, or of a PDF changed before signing. Sign the PDF coaching pdf wrote in the batch folder, then attach it again."
        case .attachStillDraft: "{document} is still a draft (konsep): the signed PDF shows KONSEP. Record the approval (coaching approve), print again with coaching pdf {batch}, and sign the final PDF."
        case .attachPrintedBeforeChange: "It extends the PDF of {document} printed before the document changed ({html} was redrawn since, at approval or receipt): print it again with coaching pdf {batch} and sign the new PDF."
        case .attachExtends: "It extends the PDF of {document} ({pdf})."
        case .attachAlreadySigned: "{document} is already signed: sudah ada salinan bertanda tangan {path}{by}. One signed copy is kept per document."
        case .attachNotADocument: "{number} is not a document of batch {batch}, so {file} is not attached; its documents are {known} and rekap"
        case .attachScanType: "It is neither a PDF, a JPEG nor a PNG: scan the signed paper to one of these."
        case .attachScanAlready: "A scan of {document} is already on record: {path}. One scan is kept per document."
        case .attachScanKept: "A scan of the paper signed in ink (pindaian), kept as evidence: the signature on it is not checked."
        case .attachCannotRead: "It cannot be read: {reason}."
        case .attachNotAFile: "It is not a file."
        case .attachTooLarge: "It is {size} MB, above the {limit} MB taken for one file."
        case .trustNotConfigured: "Certificate chains not checked (rantai sertifikat tidak diperiksa): no root certificates are configured (signatures.trust_roots in coaching.toml)."
        case .trustChecked: "Certificate chains checked against {count} in {folder}."
        case .nounRootCertificate: "root certificate|root certificates"
        case .trustSettingIn: "signatures.trust_roots in {file}"
        case .trustTheSettings: "the settings"
        case .trustFolderMissing: "the folder of root certificates {folder} ({setting}) does not exist; put the office's root certificates (PEM or DER) there, or remove the setting to attach without checking the chains"
        case .trustFileTooLarge: "{file} in the folder of root certificates ({setting}) is {size} bytes, too large for a certificate; keep only root certificates (PEM or DER) there"
        case .trustFileUnreadable: "{reason} (in the folder of root certificates, {setting}); keep only root certificates (PEM or DER) there"
        case .trustFolderEmpty: "the folder of root certificates {folder} ({setting}) holds no certificate; put the office's root certificates (PEM or DER) there, or remove the setting to attach without checking the chains"
        case .verdictUnreadable: "The signed file cannot be read: {why}."
        case .verdictNotRegistered: "The signed file does not begin with the registered PDF: it is a signed copy of another document, or of a changed one."
        case .verdictNoSignature: "The file carries no electronic signature."
        case .verdictSignedTwice: "The document was signed {count} times; one signature per document is accepted."
        case .verdictByteRange: "The signature does not cover the whole file: {why}."
        case .verdictChangedOnce: "The document was changed once between the registered PDF and the signature."
        case .verdictChangedMany: "The document was changed {count} times between the registered PDF and the signature."
        case .verdictUnsupported: "The signature is of a kind not accepted here: {why}."
        case .verdictDocumentChanged: "The document was changed after it was signed: its bytes no longer match the signature."
        case .verdictSignatureInvalid: "The signature is not valid: {why}."
        case .verdictSignedBy: "Signed by {name}{number}."
        case .verdictNoName: "(no name in the certificate)"
        case .verdictNumber: "number"
        case .verdictTimestamp: "Signed at {time}, by a timestamp on this signature (the timestamp authority's own signature is not checked)."
        case .verdictTimestampOther: "Signed at {time} by the signer's claim: the timestamp attached is not this signature's."
        case .verdictClaimed: "Signed at {time}, as the signing software states (no timestamp)."
        case .verdictNoTime: "The signature states no signing time; the certificate was judged at the time of this check."
        case .verdictChainNotChecked: "Certificate chain not checked (rantai sertifikat tidak diperiksa): no root certificates are configured."
        case .verdictChainTrusted: "Certificate chain trusted (a root certificate the office supplied)."
        case .verdictChainNotTrusted: "Certificate chain not trusted ({why})."
        case .printChromiumNotExecutable: "COACHING_CHROMIUM names {path}, which is not an executable file; coaching pdf prints with Chromium. Install it with: sudo apt install chromium-headless-shell (or set COACHING_CHROMIUM to its path)"
        case .printChromiumMissing: "coaching pdf prints with Chromium, and none was found (chromium-headless-shell, chrome-headless-shell, chromium, chromium-browser and google-chrome are not on PATH, COACHING_CHROMIUM is not set). Install it with: sudo apt install chromium-headless-shell"
        case .printNoDocument: "batch {batch} has no document {names}; its documents are {known}"
        case .printHTMLMissing: "{path} ({name}) is missing; the register expects it"
        case .printHTMLChanged: "{path} ({name}) was changed after coaching wrote it; restore it (the register keeps its SHA-256), then print again"
        case .printPDFNotRecorded: "the PDF on disk is not the one recorded"
        case .printHTMLChangedSincePrinted: "its HTML changed since it was printed"
        case .printSignedBy: " (signed by {name})"
        case .printSignedExtends: "{pdf} ({name}) is not printed again although {why}: the signed copy {signed}{by} extends it. Restore the PDF from a copy or an archive package"
        case .registerNone: "there is no register at {path}: nothing has been scheduled under this output folder yet"
        case .registerNotOurs: "{path} is an SQLite database but not a coaching register; move it away or point --out at the right folder"
        case .registerNewer: "the register {path} was written by a newer version of coaching; use that version (this one would misread it), nothing was changed"
        case .registerCheckFailed: "the register {path} is damaged (SQLite's check says: {check}); restore it from a backup or an archive package, nothing was changed"
        case .registerRebuildEmpty: "the register {path} is there but holds no batch; move it aside (keep it) and run register rebuild again"
        case .registerRebuildNotNeeded: "the register {path} is in place and readable; there is nothing to rebuild"
        case .registerRebuildUnusable: "the register {path} is there but cannot be used; move it aside (keep it, it may still be read by an expert) and run register rebuild again"
        case .registerOutIsFile: "the output folder {path} is a file, not a folder; give --out a folder"
        case .registerOutCannotMake: "the output folder {path} cannot be made ({reason}); check the path and the permissions of the folder above it"
        case .registerCannotCreate: "could not create the register {path}: {reason}"
        case .registerLost: "the register {path} is missing or empty, but batch folders exist under {root} (the first is {first}); a new register would give their numbers again. Restore register.sqlite from a backup, or rebuild it from the batch folders with coaching register rebuild; nothing was changed"
        case .registerDamaged: "the register {path} is damaged or not a database (SQLite: {sqlite}); restore it from a backup or an archive package, nothing was changed"
        case .registerBusy: "the register {path} is held by another run for too long; try again when it has finished"
        case .registerReadOnly: "the register {path} cannot be opened for writing (SQLite: {sqlite}); check the folder's permissions"
        case .registerUnusable: "the register {path} could not be used: {sqlite}"
        case .rebuildNoBatchFolder: "there is no batch folder (YEAR/YEAR-NNN) under {root}: there is nothing to rebuild the register from"
        case .rebuildStagingLeft: "{path} holds {changes} the lost register committed but did not move into place ({first}); move that folder aside and keep it, then run register rebuild again"
        case .nounChange: "change|changes"
        case .rebuildNoCopy: "error: batch {batch} has no copy of its record ({path}); it was made by an older version of coaching"
        case .rebuildNotRebuilt: "The register was not rebuilt: its numbers could not all be known. Restore register.sqlite from a backup."
        case .rebuildMeanwhile: "another run has rebuilt the register meanwhile; nothing was changed"
        case .rebuildBatchLine: "{batch}: {documents}, {audit}"
        case .nounAuditLine: "audit line|audit lines"
        case .rebuildFileMissing: "{path} is missing"
        case .rebuildFileChanged: "{path} was changed after coaching wrote it"
        case .rebuildDone: "Rebuilt the register {path} from {folders}:"
        case .nounBatchFolder: "batch folder|batch folders"
        case .rebuildNumbering: "Numbering continues after {numbers}."
        case .rebuildDifference: "warning: {difference}; restore it before the next step"
        case .keygenMade: "Made the office key {fingerprint}:\n  private: {private} (keep it safe; only you can read it)\n  public:  {public} (give it to whoever verifies packages)"
        case .keygenExists: "{path} already exists; packages signed with it need it to be checked, so it is not replaced. Move it away first if you really mean to start a new key."
        case .keygenCannotWrite: "could not write the key files into {folder}"

        // MARK: - A batch's own files, and minutes refusals
        case .batchSettingsMissing: "the batch's settings {path} are missing; the batch folder is incomplete"
        case .batchSettingsChanged: "{path} is not the settings batch {batch} was made with (changed after it was written; the register keeps its SHA-256). They name who may approve and receive, so they cannot change: restore the file from a copy or an archive package"
        case .batchJadwalMissing: "the batch's Jadwal {path} is missing"
        case .batchJadwalChanged: "{path} is not the Jadwal the register recorded for batch {batch} (changed or replaced after it was written); restore it from a copy or an archive package"
        case .batchJadwalUnreadable: "the batch's Jadwal {path} cannot be read"
        case .reviseNotApproved: "--revise {list}: batch {batch} has no approved Berita Acara for {session} {list}; only an approved one is revised (a draft is simply drawn again from its notes)"
        case .nounSessionWord: "session|sessions"
        case .notesOlderOne: "these notes leave session {sessions} empty, but {numbers} was drawn from notes given before; these notes are older than those. Use the latest worksheet, with every session filled in so far; nothing was written."
        case .notesOlderMany: "these notes leave sessions {sessions} empty, but {numbers} were drawn from notes given before; these notes are older than those. Use the latest worksheet, with every session filled in so far; nothing was written."
        case .notesHaveErrors: "The notes have errors (above); nothing was written. Fix them, or use --only-valid to write the minutes of the sessions in order."
        case .minutesCannotBeSigned: "The Berita Acara cannot be signed without these; nothing was written."
        case .approvedCannotChange: "{number} (session {session}) is approved and cannot change; to correct it, run again with --revise {session} --reason \"…\""

        // MARK: - verify findings
        case .verifyTwiceInPackage: "{path}: is in the package twice"
        case .verifyOutside: "{path}: the manifest names a path outside the package"
        case .verifyListedTwice: "{path}: listed twice in the manifest"
        case .verifyAdded: "{path}: is in the package but not in the manifest (added or renamed)"
        case .verifyMissing: "{path}: is in the manifest but missing from the package (deleted or renamed)"
        case .verifyChanged: "{path}: its content changed (SHA-256 {hash}…, the manifest records {recorded}…)"
        case .verifyNotSigned: "not signed"
        case .verifyUnsignedExpected: "the package is not signed, but a signature by the office key {key} is expected"
        case .verifyUnsignedNote: "the package is not signed: its manifest proves no more than the files agree with each other"
        case .verifySignatureUnreadable: "{file} is not a signature coaching can read"
        case .verifySignedNotChecked: "signed by key {key}, not checked"
        case .verifyNoPublicKey: "the manifest is signed by key {key}, but no public key was given to check it (--public-key)"
        case .verifySignatureValid: "signature valid (office key {key})"
        case .verifyOtherKey: "signed by another key"
        case .verifyOtherKeyFinding: "the manifest is signed by key {key}, not by the office key {expected} given to check it"
        case .verifySignatureInvalid: "signature invalid"
        case .verifySignatureInvalidFinding: "the manifest's signature (key {key}) does not match it: the manifest was changed after it was signed"
        case .verifyNoManifest: "{file} is missing: nothing says what the package should hold"
        case .verifySignatureUnreadableShort: "signature unreadable"
        case .keyMissingPrivate: "there is no key at {path}; make one with coaching keygen"
        case .keyMissingPublic: "there is no public key at {path}"
        case .verifyRegisterMissing: "{file}: the register's entries are missing from the package"
        case .verifyRegisteredNotListed: "{at}: {number} is registered with {path}, which the manifest does not list"
        case .verifyNumberDiffers: "{path}: the manifest gives number {listed}, the register {number}"
        case .verifyNIPStatusDiffers: "{path}: the manifest gives NIP {nip} and status {status}, the register {registerNIP} and {registerStatus}"
        case .verifyContentDiffers: "{path}: its content is not what the register recorded for {number} (changed after it was written)"
        case .verifyNotInRegister: "{path}: the manifest numbers it {number}, but the register has no such document"
        case .verifyNone: "none"
        case .verifyManifestUnreadable: "{file} cannot be read"
        case .verifyManifestOtherBatch: "{file} is for batch {batch}, but the package's folder is {folder}"
        case .verifyWhatManifest: "a manifest"
        case .verifyWhatSignature: "a signature"
        case .verifyStatedTooLarge: "{path}: the package gives its size as {size} bytes, more than {what} can need; not read"
        case .verifyTooLarge: "{path}: holds more than {limit} bytes, more than {what} can need; not read"
        case .verifySignedNoBasis: "{path}: a signed PDF whose manifest entry names no PDF it extends (dasar); its signature cannot be checked"
        case .verifySignedBasisMissing: "{path}: the PDF it extends, {basis}, is not in the package intact; its signature cannot be checked"
        case .verifySignedTooLarge: "{path}: above the {limit} MB a signed PDF is read at; its signature is not checked"
        case .verifySignedDoesNotHold: "{path}: its electronic signature does not hold against {basis}: {reason}"
        case .verifySignedChecked: "{count} checked again against the PDF each extends (prefix, byte range, digest, signature); certificate chains are not judged again here (lampirkan recorded the trust)"
        case .nounSignedPDF: "signed PDF|signed PDFs"

        // MARK: - XML inputs
        case .xmlCannotStart: "the XML reader could not start"
        case .xmlWrongKind: "this is a <{other}> file where a <{expected}> file was expected"
        case .xmlWrongRoot: "the root element is <{name}> in namespace '{namespace}'; expected <{expected} xmlns=\"{ours}\">"
        case .xmlNoRows: "the file has no data rows"
        case .xmlAspectUndeclared: "aspect '{code}' is not declared in <kolom> at the top of the file"
        case .xmlKPIUndeclared: "KPI '{code}' is not declared in <kolom> at the top of the file"
        case .xmlGivenTwice: "{name} is given twice for this person"
        case .unavailableEmpty: "the file is empty; expected nip,tanggal,dari,sampai"
        case .unavailableHeader: "the header needs the columns nip and tanggal (dari and sampai are optional)"
        case .unavailableRowWidth: "this row has {fields} fields but the header has {width}"
        case .unavailableDate: "'{value}' is not a date; write 2026-11-27 or 27/11/2026"
        case .unavailableBothTimes: "give both dari and sampai, or neither for the whole day"
        case .unavailableTime: "'{value}' is not a time; write 08.00"

        // MARK: - The worksheet as a file
        case .worksheetEmpty: "the file is empty; expected the worksheet ({file}) filled in"
        case .worksheetColumnsMissing: "the header lacks the {column} {missing}; start from the lembar-kerja.csv of the batch"
        case .rowWidthShort: "this row has {fields} fields but the header has {width}"
        case .xmlNotesProblem: "<{name}> of session {session} {problem}"
        case .workbookEmpty: "the first sheet ({sheet}) is empty; expected the worksheet (lembar-kerja.xlsx) filled in"
        case .workbookColumnsMissing: "the first row of the sheet {sheet} lacks the {column} {missing}; start from the lembar-kerja.xlsx of the batch"
        // MARK: - Workbooks that cannot be read (xlsx)
        case .empty: ""
        case .sizeBytes: "{count} bytes"
        case .sizeMegabytes: "{count} MB"
        case .xlsxNotZip: "this is not an xlsx workbook (an xlsx file is a ZIP package, and this one does not start like one)"
        case .xlsxNoWorkbookPart: "this is not an xlsx workbook: it has no {path} (was it saved as .xlsx?)"
        case .xlsxNoSheet: "the workbook has no sheet"
        case .xlsxSheetNoPart: "the workbook's first sheet ({sheet}) has no part in the package"
        case .xlsxSheetMissing: "the workbook's first sheet ({sheet}) is missing from the package ({path})"
        case .xlsxDamaged: "the workbook is damaged: {detail}"
        case .xlsxPartNotXML: "the workbook is damaged: its part {part} is not well-formed XML{place}"
        case .xlsxPartNotXMLAt: " (line {line}: {issue})"
        case .xlsxTooLarge: "the workbook is {size}, more than the {limit} a worksheet can be"
        case .xlsxTooManyFiles: "the workbook holds {count} files, more than the {limit} a worksheet can have"
        case .xlsxPartTooLarge: "the workbook's part {part} would unpack to {size}, more than the {limit} allowed (damaged, or not a worksheet)"
        case .xlsxPartsTooLarge: "the workbook's parts would unpack to more than the {limit} allowed (damaged, or not a worksheet)"
        case .xlsxTooManyTexts: "the workbook holds more than {limit} texts, more than a worksheet can have"
        case .xlsxRowOutside: "the workbook is damaged: row {row} is outside a sheet"
        case .xlsxNotCellReference: "the workbook is damaged: '{value}' in row {row} is not a cell reference like B7"
        case .xlsxRowTooWide: "the workbook is damaged: row {row} has more columns than a sheet"
        case .xlsxSharedTextMissing: "this cell refers to shared text number {number}, which the workbook does not have (damaged)"
        case .xlsxNumberNotNumber: "this number cell holds '{value}', which is not a number (damaged)"
        case .xlsxCellType: "this cell has the type '{type}', which no spreadsheet writes (damaged)"
        case .xlsxTooManyCells: "the first sheet has more than {limit} cells, more than a worksheet can have"
        // MARK: - XML files: inputs refused, and the tool's own files damaged
        case .xmlDoctypeRefused: "the file declares a DOCTYPE, which is refused for safety (it can make a reader fetch files or expand entities without end); remove the <!DOCTYPE …> line"
        case .xmlSchemaViolation: "does not follow the schema: {detail}"
        case .xmlNotWellFormed: "this is not well-formed XML: {detail}"
        case .xmlNoSchema: "there is no built-in schema {schema}"
        case .xmlReadToEndFailed: "the file could not be read to the end: {reason}"
        case .sniffGzip: "the file is compressed (gzip); unpack it first and give the .csv or .xml inside"
        case .sniffZip: "this is a ZIP file or an Excel workbook (.xlsx), not CSV; in Excel choose File › Save As › \"CSV UTF-8\""
        case .sniffOldExcel: "this is an old Excel workbook (.xls), not CSV; in Excel choose File › Save As › \"CSV UTF-8\""
        case .sniffPDF: "this is a PDF, not a data file; ask for the CSV or XML export"
        case .manifestTooManyFiles: "lists more than {limit} files, more than a package can hold"
        case .xmlCheckUnreadable: "it cannot be read: {reason}"
        case .xmlCheckNotOurs: "its root element is not one of ours, so there is no schema to check it against"
        case .xmlCheckNotToEnd: "it cannot be read to the end: {reason}"
        case .xmlCheckAt: "line {line}, column {column}: {problem}"
        case .xmlCheckInvalid: "it is not valid against {schema}"
        case .jadwalSessionUnreadable: "this session of the Jadwal cannot be read (number, date or NIP)"
        case .beritaAcaraIncomplete: "this Berita Acara lacks its date, coachee or session"
        // MARK: - verify: a document against its manifest entry
        case .verifyXMLNumberDiffers: "{path}: the document's number is {number}, the manifest says {listed}"
        case .verifyNumberNone: "missing"
        case .verifyHTMLNumberMissing: "{path}: the document does not show its number {number}"
        // MARK: - The register: a row or the audit log damaged, the batch folder's copy
        case .registerDamagedRow: "the register's row for {what} cannot be read: {why}; it was changed outside coaching or is damaged. Restore the register from a backup or an archive package"
        case .registerWhyValue: "'{value}' is not valid there"
        case .registerWhyDocumentNumber: "its kind, number, year and sequence do not agree"
        case .registerWhyBatchID: "its id, year and folder do not agree"
        case .registerRowDocument: "document {number}"
        case .registerRowBatchOf: "the batch of {number}"
        case .registerRowStatusOf: "the status of {number}"
        case .registerRowDateOf: "the date of {number}"
        case .registerRowApprovalDateOf: "the approval date of {number}"
        case .registerRowReceiptDateOf: "the receipt date of {number}"
        case .registerRowArchiveDateOf: "the archive date of {number}"
        case .registerRowBatch: "batch {batch}"
        case .registerRowAssignedOf: "the assignment date of batch {batch}"
        case .registerRowDeadlineOf: "the deadline of batch {batch}"
        case .registerRowMinutesDateOf: "the minutes date of batch {batch}"
        case .registerRowBatchArchivedOf: "the archive date of batch {batch}"
        case .registerRowCopyBatchOf: "the batch of the copy {path}"
        case .registerRowCopyFormOf: "the form of the copy {path}"
        case .stagingCannotMove: "could not move {from} to {to}: {reason}"
        case .auditLineBroken: "audit line {id} ({action} {number}, {at}) does not follow the line before it: it, or a line before it, was changed or removed"
        case .auditLinesLost: "the audit log has lost {count} of its lines that its chain still records"
        case .extractAuditEmpty: "{file}: the register's audit log is empty"
        case .extractAuditHeader: "{file}:1: the header is not the register's audit log with its hash chain ({columns})"
        case .extractAuditWidth: "{at}: this line has {fields} fields, the header {width}, or no line number"
        case .extractAuditOrder: "{at}: audit line {id} comes after line {previous}: the lines are out of their order"
        case .extractAuditGap: "{at}: audit line {id} does not start from the link of line {previous} before it: a line was changed, removed or inserted"
        case .extractAuditChanged: "{at}: audit line {id} ({action} {number}, {time}) does not give its recorded link: it was changed after it was written"
        case .extractDocumentsHeader: "the header is not the register's ({columns})"
        case .extractTooManyDocuments: "more than {limit} documents, more than a package can hold"
        case .copyFileUnreadable: "the hash or size of {path} does not read back"
        case .copyAuditNumber: "the line number {value} is not a number"
        case .copyCopyUnreadable: "the form, hash or size of the copy {path} does not read back"
        case .copyOtherBatch: "this copy is of batch {batch}, but it lies in the folder of batch {folder}"
        case .copyBatchDates: "the assignment date or the deadline does not read back"
        case .copyDocumentUnreadable: "the number, kind, session, status, revision or date of {number} does not read back"
        case .copyNotDate: "{value} is not a date (YYYY-MM-DD)"
        case .copyFileMissing: "the file is missing"
        case .copyHeader: "the header is not {columns}"
        case .recordHashDiffers: "the register's hash of {number}'s {file} is not the one its audit log recorded; the register was changed outside coaching"
        case .recordApprovedBy: "the register says {number} was approved by {by}, but its audit log records {logged}; the register was changed outside coaching"
        case .recordApprovalBy: "an approval by {actor}"
        case .recordNoApproval: "no approval"
        case .recordNobody: "nobody"
        case .recordDraftApproved: "the register says {number} is a draft, but its audit log records its approval by {actor}; the register was changed outside coaching"
        case .recordReceivedBy: "the register says {number} was received by {by}, but its audit log records {logged}; the register was changed outside coaching"
        case .recordReceiptBy: "a receipt by {actor}"
        case .recordNoReceipt: "no receipt"
        case .recordArchivedNotLogged: "the register says {number} is archived, but the batch's audit log records no archiving; the register was changed outside coaching"
        case .recordDoesNotHold: "The record of batch {batch} does not hold; nothing was changed. Restore register.sqlite from a backup, or ask who changed it."
        // MARK: - Templates: what templates check and the steps find wrong
        case .templatePartialIncludesItself: "partial '{name}' includes itself ({chain})"
        case .templateNoPartial: "there is no partial named '{name}'"
        case .templateUnknownName: "unknown name '{name}'"
        case .templatePartialsTooDeep: "partials nest more than {depth} deep; a partial includes itself without end"
        case .templateTagNeverClosed: "a tag is opened but never closed"
        case .templateTagNotClosedWith: "the tag is never closed with {closer}"
        case .templateSetDelimiter: "a set-delimiter tag needs two delimiters separated by a space, like {{=<% %>=}}"
        case .templateTagNoName: "the tag has no name"
        case .templatePartialOutside: "partial '{name}' points outside the template folder; name a file inside it"
        case .templateClosesUnopened: "{tag} closes a section that was never opened"
        case .templateClosesOther: "{tag} closes '{open}' opened on line {line}"
        case .templateSectionNeverClosed: "'{name}' is opened here but never closed"
        case .templateNone: "there is no template named '{name}'"
        case .templatesErrorNothingDone: "The templates have an error; nothing was written."
        case .templateSetBuiltIn: "the built-in templates"
        case .templateSetFolder: "the templates in {folder}"
        case .templateSetHintBuiltIn: "without --templates"
        case .templateSetHintFolder: "with --templates {folder}"
        case .templateSetChanged: "{number} was drawn with {then} as they were on {date}, and {now} are not the same now; approving would draw the final document from other templates than its draft. Approve {hint}, with those templates restored"
        // MARK: - pdf: Chromium stopped while printing
        case .printChromiumFile: "{path}"
        case .printChromiumADocument: "a document"
        case .printChromiumTimeout: "Chromium did not finish printing {file} within {seconds} s"
        case .printChromiumRefusedPrint: "Chromium refused to print {path}: {reason}"
        case .printChromiumCannotOpen: "Chromium could not open {path}: {reason}"
        case .printChromiumNotBase64: "Chromium's PDF of {path} did not come back as base64 data"
        case .printChromiumTabCrashed: "a Chromium tab crashed while printing"
        case .printChromiumNoTab: "Chromium did not open a tab (no targetId)"
        case .printChromiumNoSession: "Chromium did not attach to its tab (no sessionId)"
        case .printChromiumNoAnswer: "Chromium did not answer {method} within {seconds} s"
        case .printChromiumRefused: "Chromium refused {method}: {reason}"
        case .printChromiumNotJSON: "Chromium sent a message that is not JSON: {text}"
        case .printChromiumNoProfile: "cannot make a temporary profile folder for Chromium: {reason}"
        case .printChromiumNoPipe: "cannot make a pipe for Chromium: {reason}"
        case .printChromiumCannotStart: "cannot start Chromium ({path}): {reason}"
        case .printChromiumStopped: "Chromium stopped while printing: {what}{how}{said}"
        case .printChromiumStoppedReading: "it stopped reading its commands"
        case .printChromiumClosedPipe: "it closed its pipe"
        case .printChromiumExitStatus: " (exit status {status})"
        case .printChromiumKilled: " (killed by signal {signal})"
        case .printChromiumSaid: "; it said:\n  {last}"
        case .printPDFInfoFailed: "the PDF Chromium made of {path} cannot be given its title, author and subject: {reason}"
        // MARK: - archive: the batch folder's files refused
        case .archivePrivateKey: "{path} holds a private key; keys never go into a package. Move it out of the batch folder."
        case .archiveFileChanged: "{path} was changed after coaching wrote it; restore it before archiving (the register keeps its SHA-256)"
        case .archiveFileMissing: "{path} is missing; the register expects it"
        case .archiveInsideBatch: "{path} is inside the batch folder, so the package would hold the one made before it; put packages outside {folder}"
        // MARK: - Files that cannot be read or written; verify: a package that cannot be read
        case .fileCannotWrite: "cannot write {path}: check that the folder exists and is writable"
        case .verifyFolderNoManifest: "{path} holds no {file}; give the extracted batch folder or the ZIP package"
        case .verifyPackageDamaged: "{path}: {detail}"
        case .verifyEntryDamaged: "{detail}"
        case .verifyFileUnreadable: "{path}: cannot be read ({reason})"
        case .keyNotPrivate: "{file} is not a private key made by coaching keygen"
        case .keyNotPublic: "{file} is not a public key made by coaching keygen"
        // MARK: - The holiday calendar, invitations and the rekap's Berita Acara
        case .calendarUnknownYear: "the holiday calendar of {year} is not known yet; add that year's decreed holidays and cuti bersama to [calendar] extra_holidays in coaching.toml"
        case .invitationMissing: "{path} is missing; the register expects it. Restore it from the batch's copy before recording the minutes: the invitations say what was sent."
        case .invitationChanged: "{path} was changed after coaching wrote it (or cannot be read); restore it before recording the minutes: the invitations say what was sent."
        case .rekapMinutesChanged: "{path} ({number}) was changed after coaching wrote it; restore it, or draw it again with coaching minutes"
        case .rekapMinutesUnreadable: "{path} ({number}) cannot be read back: {reason}"
        case .rekapNotMinutes: "not a Berita Acara"
        // MARK: - Candidates, earlier batches, the distribution, settings and office templates
        case .historyJadwalUnreadable: "this earlier Jadwal Coaching could not be read, so its sessions do not count for the cool-down"
        case .inputsErrorRunAgain: "The inputs have errors (above); fix them and run again. `coaching check` lists them too."
        case .reportNoRowsFor: "the report has no rows for {period}"
        case .reportNoRows: "the report has no rows for any period"
        case .distributionNoRoster: "batch {batch} was made without {file}: no Team Leader notices or team calendars were written"
        case .distributionRosterChanged: "{path} is missing or was changed after coaching wrote it: no Team Leader notices or team calendars were written"
        case .settingsDiffer: "the settings differ from those of batch {batch} ({roles}); the change is in the audit log."
        case .settingsRolesSame: "the roles are the same"
        case .templatesNotFolder: "{path} is not a folder"
        case .templatesLinkOutside: "{path} leads outside the template folder (to {target}); a template must be a file in the folder itself"
        // MARK: - sample: the simulated effect
        case .optSampleEffect: "Plant a coaching effect: ASPECT=+N points on a coached aspect after coaching (repeatable)."
        case .optSampleRiwayat: "Write riwayat-coaching.csv, the simulated sessions, even without --effect."
        case .optSampleShare: "With --effect or --riwayat: the share of the people put forward who are coached, 0 to 1."
        // MARK: - verify: a package's entries; a worksheet too large
        case .verifyOutsideBatchFolder: "{path}: lies outside the batch folder {folder}/"
        case .worksheetTooLarge: "it is larger than the {limit} MB a worksheet can be"
        // MARK: - lampirkan: a file in the folder of root certificates
        case .trustPEMUnreadable: "{file}: a PEM file whose certificates cannot be read"
        case .trustNotCertificate: "{file}: neither a PEM nor a DER certificate"
        // MARK: - archive: a package beyond a ZIP's limits
        case .zipTooLarge: "the package would be larger than 4 GiB, which a ZIP without ZIP64 cannot hold"
        case .zipTooManyFiles: "a package holds at most {limit} files without ZIP64"

        // MARK: - The loop back of candidates and schedule (effdefects)
        case .followUpEarlierMissing: "effectiveness.earlier_reports names {entry} ({path}), but no report file is there; the follow-up reasons are judged without those periods"
        case .followUpEarlierLeftOut: "this earlier report has {count} error(s) and is left out of the follow-up reasons (komitmen belum tercapai, belum membaik); `coaching check` lists them"
        case .followUpUnavailable: "the follow-up reasons of earlier coaching (komitmen belum tercapai, belum membaik) are left out: {reason}"
        case .followUpReportErrors: "the report cannot be read as a history of periods"
        case .followUpNoBaseline: "{count} coached aspect(s) have no period before their session in the reports, so whether they improved cannot be said; name the earlier reports in effectiveness.earlier_reports"
        case .minutesLeftOut: "the Berita Acara {number} cannot be read or no longer matches the register; its session is left out"

        // MARK: - efektivitas: reading the reports (effspeed)
        case .effectivenessPeriodRepeated: "this person's period is already at {place}; give each period of a person once"

        // MARK: - cli-id
        case .findBatchSession: "batch {batch}, session {session}"
        case .findSignedBy: "signed by {by}: {copy}"
        case .findScan: "scan of the paper signed in ink: {scan}"
        case .findInPackage: "in the package {package}"
        case .findTotal: "{documents}."
        case .candidatesWroteSummary: "{candidates} for {periode}"
        case .attachUnsignedCopy: "It is the PDF of {document} ({pdf}) exactly as coaching pdf printed it, not signed: sign that PDF electronically, then attach the signed copy."
        case .statusLeftOutCount: "{count} under {root} could not be shown (see the warnings above); restore the files, then run coaching status again."
        case .rebuildNotNeededNotice: "The register {path} is in place and readable; there is nothing to rebuild."
        case .registerWhyDate: "'{value}' is not a valid date"
        case .statusDaysLate: "  assigned {assigned}, deadline {deadline}; {late} late against the limit of 14 working days (as of {today})"
        case .nounWorkingDay: "working day|working days"
        }
    }
}
