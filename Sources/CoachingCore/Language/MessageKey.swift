/// Every message the tool says to people, by name. Its text is in both catalogues
/// (``Catalogue/indonesian(_:)`` and ``Catalogue/english(_:)``), with `{name}` placeholders.
///
/// To add a message: add a case here (under the section of its command or stage), then its
/// text in `Catalogue+Indonesian.swift` and `Catalogue+English.swift` (the compiler names a
/// catalogue that lacks it), with the same placeholders; say it with `language.text(.key, ["name": value])`.
/// Nouns counted with ``Language/count(_:_:)`` hold `one|many` in English.
public enum MessageKey: String, Sendable, CaseIterable {
    // MARK: - Language and general words
    case languageUnknown
    case nounError, nounWarning, nounRow, nounPerson, nounTeam, nounProblem, nounPeriod, nounSession, nounCandidate
    case nounDocument, nounFile, nounFinding, nounBatch, nounColumn, nounMoreRow
    case listedMany

    // MARK: - check: the report of every problem
    case checkOmitted, checkNoErrors, checkWarningsInParentheses, checkHasErrors, checkNotRead, checkPeriod, checkPeriods
    case fileUnreadable

    // MARK: - Ingest: files, headers, rows
    case fileEmpty, fileHeaderOnly, fileWindows1252, rowWidth, delimiterTab
    case headerUnknownColumn, headerMissingReport, headerMissingRecommendations, headerDuplicate
    case inputKindUnknownCSV, inputKindUnknownXML, inputIsRecommendationsNotReport, inputIsReportNotRecommendations, recommendationsWithoutReport
    case periodEmpty, periodInvalid, statusInvalid, nameEmpty, nameProblem, positionInvalid, teamEmpty, teamProblem
    case leaderOwnRowIgnored, leaderMissing, leaderNIPInvalid, evaluationsInvalid, kpiInvalid
    case scoreQuality, scoreAspect, scoreOutOfRange, scoreEmpty, scoreInvalid, numberAmbiguous
    case aspectEmpty, findingEmpty, findingProblem, recommendationEmpty, recommendationProblem, priorityInvalid
    case recommendationDuplicate, recommendationIDReused, recommendationNobody, recommendationAspectUnknown
    case reportDuplicatePerson, leaderIsAgent, leaderWithoutRow, andMoreRows, rowsRepeatOtherFile
    case csvQuoteInside, csvTextAfterQuote, csvUnclosedQuote, csvLineTooLong, csvReadFailed, csvInvalidUTF8, csvNotWindows1252, csvBinary
    case xmlCannotStart, xmlWrongKind, xmlWrongRoot, xmlNoRows, xmlAspectUndeclared, xmlKPIUndeclared, xmlGivenTwice
    // MARK: - The unavailability file (schedule --unavailable)
    case unavailableEmpty, unavailableHeader, unavailableRowWidth, unavailableDate, unavailableBothTimes, unavailableTime

    // MARK: - NIP
    case nipEmpty, nipSpaces, nipDigitsOnly, nipLength, nipBirthInvalid, nipBirthFuture, nipServiceMonth
    case nipServiceYearFuturePPPK, nipServiceFuture, nipServiceBeforeBirth, nipSex, nipSequence, nipAgeUnusual

    // MARK: - Text hygiene
    case textNoLetter, textControl, textNotCharacter, textDirection

    // MARK: - Dates on the command line (issue #19, surprise 6)
    case dateForms, dateInvalid, periodArgumentInvalid, nipArgumentInvalid, todayVariableInvalid

    // MARK: - File system (issue #19, surprise 8)
    case fileExists, fileNoPermission, fileDiskFull, fileNotFound, fileReadOnly, fileIsDirectory, fileNotDirectory, fileOther

    // MARK: - Settings
    case settingsUnreadable, settingsUnusable
    case settingsNotTOML, settingsTableNameMissing, settingsTableNameStart, settingsMaxBelowMin, settingsUnitCode, settingsTwoRoles, settingsCodeLetters, settingsAspectCodeLetters, settingsEmailKey, settingsEmailInvalid, settingsBandEmpty, settingsBandReversed
    case settingsHoursOrder, settingsScheduleNoDays, settingsDelimiter, settingsAliasUnknown, settingsUnknownKey, settingsDidYouMean, settingsTable, settingsText, settingsNotEmpty, settingsTexts, settingsNumber, settingsRange
    case settingsWholeNumber, settingsBool, settingsChoice, settingsTime, settingsNIP, settingsPersonList, settingsPersonEntry, settingsDaysList, settingsDayEntry

    // MARK: - Approval and receipt (steps 4, 8, 9)
    case refusalNotNIP, refusalNoRole, refusalWrongPerson, actionApprove, actionReceive
    case refusalFuture, whatApproval, whatReceipt, refusalBackwards
    case whenJadwalDrafted, whenSessionHeld, whenJadwalApproved, whenApproved
    case jadwalAlreadyApproved, distributed, jadwalNotApprovedYet, minutesAlreadyApproved, minutesNotDrawn
    case noMinutesWaitingApproval, registerNoJadwal, noMinutesForSession, documentMissing, documentChanged
    case notApprovedSoNotReceived, alreadyReceived, noMinutesWaitingReceipt, tandaTerima
    case approvedSummary, receivedSummary, nothingReceived, templatesChangedMinutes

    // MARK: - status
    case progressOf, nextApproveJadwal, nextMinutes, nextApproveMinutes, nextReceive, nextArchive, nextMakeUp, andMore
    case signedBy, signedScan, statusBatchLeftOut
    case statusReceivedLateNotArchived, statusReceivedNotArchived, statusDoneLate, statusDone, statusOnTrack, statusAtRisk, statusLate
    case statusHeader, statusDays, statusBy, statusStepLate, statusPrepared, statusDistributed, statusMakeUpOpen, statusNextBatch
    case statusAbsent, statusPDF, statusPDFOutdated, statusSigned, statusSignedShown, statusNext
    case statusNoOpen, statusArchivedExist, statusNoBatch
    case noSuchBatch, knownBatches

    // MARK: - candidates, calendar
    case candidatesHeader, candidatesSkippedCount, candidatesWhy, candidatesFocus, candidatesSkipped
    case calendarAssigned, calendarDeadline, calendarNoneSkipped, calendarSkipped

    // MARK: - init, templates, output files, find
    case initExists, initWrote, templatesOK, templatesProblems, templatesCopied, templatesKept, nounProblemPlain, nounTemplate
    case outputFailed, outputWrote, findNothing

    // MARK: - schedule (issue #19, surprises 1, 3, 4)
    case unplacedNoTime, unplacedNoTimeHelp, unplacedOnlyCoach, unplacedOnlyCoachHelp, unplacedOnlyAssessor, unplacedOnlyAssessorHelp
    case unplacedSummary, unplacedGroup, unplacedHelp, unplacedListWritten, unplacedRefused, unplacedFirst, unplacedOne
    case assumedAssignedGiven, assumedAssignedToday, assumedNoRecommendations, provisionalHolidays
    case scheduleWritten, scheduleWindow, scheduleWrittenTo, scheduleExists, scheduleNobody, scheduleNoRows, scheduleConcurrent
    case templatesErrorNothingWritten, inputsErrorNothingWritten, jadwalCannotBeSigned

    // MARK: - minutes, archive, verify: the summaries
    case minutesSummary, minutesNew, minutesRedrawn, minutesRevised, minutesNothingChanged, minutesUnchanged, minutesMakeUp, minutesNoRoom
    case minutesAbsent, minutesPending, minutesMorePending, minutesBatchIn
    case archiveUnchanged, archiveDone, archiveFiles, archiveSigned, archiveUnsigned, archiveDrafts, archiveBrowse
    case verifyFinding, verifyMoreFindings, verifyNote, verifyOK, verifyNotOK
    case verifyTwiceInPackage, verifyOutside, verifyListedTwice, verifyAdded, verifyMissing, verifyChanged
    case verifyNotSigned, verifyUnsignedExpected, verifyUnsignedNote, verifySignatureUnreadable, verifySignedNotChecked, verifyNoPublicKey
    case verifySignatureValid, verifyOtherKey, verifyOtherKeyFinding, verifySignatureInvalid, verifySignatureInvalidFinding
    case verifyNoManifest, verifySignatureUnreadableShort
    // MARK: - verify: the package against its register; the office key
    case keyMissingPrivate, keyMissingPublic, verifyRegisterMissing, verifyRegisteredNotListed, verifyNumberDiffers, verifyNIPStatusDiffers, verifyContentDiffers, verifyNotInRegister, verifyNone, verifyManifestUnreadable
    case verifyManifestOtherBatch, verifyWhatManifest, verifyWhatSignature, verifyStatedTooLarge, verifyTooLarge, verifySignedNoBasis, verifySignedBasisMissing, verifySignedTooLarge, verifySignedDoesNotHold, verifySignedChecked, nounSignedPDF
    case blockJadwalDraft, blockNoMinutes, blockMinutesDraft, blockNotReceived, blockMakeUp, archiveNotYet

    // MARK: - pdf, lampirkan, keygen
    case pdfSummary, pdfRefused, attachAlready, attachSummary, keygenMade, keygenExists, keygenCannotWrite
    // MARK: - lampirkan: files refused, trust roots, the signature check
    case attachNoFiles, attachScanOneFile, attachNothingRecorded, attachNotPDF, attachNoPrintedPDF, attachStillDraft, attachPrintedBeforeChange, attachExtends, attachAlreadySigned, attachNotADocument
    case attachScanType, attachScanAlready, attachScanKept, attachCannotRead, attachNotAFile, attachTooLarge, trustNotConfigured, trustChecked, nounRootCertificate, trustSettingIn
    case trustTheSettings, trustFolderMissing, trustFileTooLarge, trustFileUnreadable, trustFolderEmpty, verdictUnreadable, verdictNotRegistered, verdictNoSignature, verdictSignedTwice, verdictByteRange
    case verdictChangedOnce, verdictChangedMany, verdictUnsupported, verdictDocumentChanged, verdictSignatureInvalid, verdictSignedBy, verdictNoName, verdictNumber, verdictTimestamp, verdictTimestampOther
    case verdictClaimed, verdictNoTime, verdictChainNotChecked, verdictChainTrusted, verdictChainNotTrusted
    // MARK: - pdf: Chromium and what is not printed
    case printChromiumNotExecutable, printChromiumMissing, printNoDocument, printHTMLMissing, printHTMLChanged, printPDFNotRecorded, printHTMLChangedSincePrinted, printSignedBy, printSignedExtends
    // MARK: - The register: missing, damaged, busy
    case registerNone, registerNotOurs, registerNewer, registerCheckFailed, registerRebuildEmpty, registerRebuildNotNeeded, registerRebuildUnusable, registerOutIsFile
    // MARK: - register rebuild
    case rebuildNoBatchFolder, rebuildStagingLeft, nounChange, rebuildNoCopy, rebuildNotRebuilt, rebuildMeanwhile, rebuildBatchLine
    case nounAuditLine, rebuildFileMissing, rebuildFileChanged, rebuildDone, nounBatchFolder, rebuildNumbering, rebuildDifference
    case registerOutCannotMake, registerCannotCreate, registerLost, registerDamaged, registerBusy, registerReadOnly, registerUnusable

    // MARK: - A batch's own files, and minutes refusals
    case batchSettingsMissing, batchSettingsChanged, batchJadwalMissing, batchJadwalChanged, batchJadwalUnreadable
    case reviseNotApproved, nounSessionWord, notesOlderOne, notesOlderMany, notesHaveErrors, minutesCannotBeSigned, approvedCannotChange

    // MARK: - The worksheet against the Jadwal (minutes)
    case notesNoSession, notesTwiceRow, notesTwiceLine, notesWrongNIP, notesNoDate, notesNoDiscussion, notesNoCommitments
    case notesAfterDeadline, notesWrongMakeUpDate, notesWrongDate, notesDueBefore, notesDueOff, or
    case pendingTwice, pendingErrors, pendingEmpty, pendingNoRow, offWeekend, offHoliday, offCutiBersama, offOffice
    case cellNotSession, cellNotAttendance, cellTargetsCount, cellProblem, cellNIPNumber, cellNotSerialDate, cellNotDate
    case cellNIPRounded, cellNIPTypeAsText, cellNIPMismatch, cellNIPMatches, dateTwoWaysTaken, dateNeitherScheduled, dateTwoWays
    case dateTwoWaysNoOrder, timeStart, timeEnd, cellNotTime, cellOtherTime
    case worksheetEmpty, worksheetColumnsMissing, rowWidthShort, xmlNotesProblem, workbookEmpty, workbookColumnsMissing

    // MARK: - Help texts of the command line
    case optBatch, optNotes, optOnlyValid, optRevise, optReason, optReports, optRecommendations, optPeriod, optDocument, optSessionsDraft, optByKepalaSeksi, optOnApproval, optAssignedOn, optUnavailable, optAllowPartial, optBatchOrAll, optToday, optTextOrJSON, optInputFiles, optFormatTextJSON, optDelimiter, optOut, optTemplates, optConfig, optConfigDiscussion, optSessionsApproved, optByKepalaKantor, optOnReceipt
    case helpArchiveDiscussion, helpVerifyDiscussion, helpFindDiscussion, helpCandidatesDiscussion, helpCalendarDiscussion, helpKeygenDiscussion
    case helpAttachDiscussion, helpInitDiscussion, helpMinutesDiscussion, helpPdfDiscussion
    case helpRegisterRebuildDiscussion, helpSampleDiscussion, helpTemplatesCheckDiscussion
    case helpCoachingDiscussion, helpScheduleDiscussion, helpCheckDiscussion, helpApproveDiscussion, helpReceiveDiscussion, helpStatusDiscussion
    case optOutput, optArchiveTo, optIncludeDrafts, optArchiveOn, optArchiveKey, optPackage, optPublicKey, optCalendarFrom, optCalendarAdd, optInitDir, optInitForce, optCoolDownFrom, optFormatAll, optAttachFiles, optScan, optKeygenTo, optFindNIP, optFindNumber, optFrom, optTo, optFormatFind, optWriteDir, optAgents, optPeriods, optSeed, optLastPeriod, optTemplateDir, helpTemplatesCopyDiscussion, optForceFiles, optPdfDocuments, optTabs
    case usageXlsxOutput, usageAdd, usageReviseReason, usageNotFolder, usageAttachFiles, usageScanOne, usageSessionForMinutes, usageAgents, usagePeriods, usageLastPeriod, usageCoachingShare, usageEffect, usageCheckFiles, usageDelimiter, usageTabs
    case helpLang
    case statusDaysFinished
    // MARK: - The progress line on a terminal
    case progressPreparationSheets, progressMinutes, progressArchive, progressVerify, progressPrint
    // MARK: - coaching efektivitas
    case helpEffectiveness, helpEffectivenessDiscussion, optEffectivenessReports, optRiwayat, optFromPeriod, optToPeriod, usageReportsNeeded, usageToBeforeFrom
    case effectivenessInputErrors, effectivenessNoSessions, effectivenessWritten, effectivenessHeadline, effectivenessHeadlineShort, effectivenessSessionRepeated
    case riwayatEmpty, riwayatHeaderMissing, riwayatNumberEmpty, riwayatNIPInvalid, riwayatDateInvalid, riwayatDuplicate, sampleWritten, sampleWrittenSessions
    case helpApprove, helpArchive, helpAttach, helpCalendar, helpCandidates, helpCheck, helpCoaching, helpFind, helpInit, helpKeygen, helpMinutes, helpPdf, helpReceive, helpRegister, helpRegisterRebuild, helpSample, helpSchedule, helpStatus, helpTemplates, helpTemplatesCheck, helpTemplatesCopy, helpVerify
    // MARK: - Workbooks that cannot be read (xlsx)
    // `empty` is the one text left empty on purpose: an optional fragment (``Message/parts``)
    // that is absent, so that its placeholder vanishes rather than showing.
    case empty, sizeBytes, sizeMegabytes, xlsxNotZip, xlsxNoWorkbookPart, xlsxNoSheet, xlsxSheetNoPart, xlsxSheetMissing, xlsxDamaged, xlsxPartNotXML, xlsxPartNotXMLAt, xlsxTooLarge, xlsxTooManyFiles, xlsxPartTooLarge, xlsxPartsTooLarge, xlsxTooManyTexts, xlsxRowOutside, xlsxNotCellReference, xlsxRowTooWide, xlsxSharedTextMissing, xlsxNumberNotNumber, xlsxCellType, xlsxTooManyCells
    // MARK: - XML files: inputs refused, and the tool's own files damaged
    case xmlDoctypeRefused, xmlSchemaViolation, xmlNotWellFormed, xmlNoSchema, xmlReadToEndFailed, sniffGzip, sniffZip, sniffOldExcel, sniffPDF, manifestTooManyFiles, xmlCheckUnreadable, xmlCheckNotOurs, xmlCheckNotToEnd, xmlCheckAt, xmlCheckInvalid, jadwalSessionUnreadable, beritaAcaraIncomplete
    // MARK: - verify: a document against its manifest entry
    case verifyXMLNumberDiffers, verifyNumberNone, verifyHTMLNumberMissing
    // MARK: - The register: a row or the audit log damaged, the batch folder's copy
    case registerDamagedRow, registerWhyValue, registerWhyDocumentNumber, registerWhyBatchID, registerRowDocument, registerRowBatchOf, registerRowStatusOf, registerRowDateOf, registerRowApprovalDateOf, registerRowReceiptDateOf, registerRowArchiveDateOf, registerRowBatch, registerRowAssignedOf, registerRowDeadlineOf, registerRowMinutesDateOf, registerRowBatchArchivedOf, registerRowCopyBatchOf, registerRowCopyFormOf, stagingCannotMove, auditLineBroken, auditLinesLost, extractAuditEmpty, extractAuditHeader, extractAuditWidth, extractAuditOrder, extractAuditGap, extractAuditChanged, extractDocumentsHeader, extractTooManyDocuments, copyFileUnreadable, copyAuditNumber, copyCopyUnreadable, copyOtherBatch, copyBatchDates, copyDocumentUnreadable, copyNotDate, copyFileMissing, copyHeader, recordHashDiffers, recordApprovedBy, recordApprovalBy, recordNoApproval, recordNobody, recordDraftApproved, recordReceivedBy, recordReceiptBy, recordNoReceipt, recordArchivedNotLogged, recordDoesNotHold
    // MARK: - Templates: what templates check and the steps find wrong
    case templatePartialIncludesItself, templateNoPartial, templateUnknownName, templatePartialsTooDeep, templateTagNeverClosed, templateTagNotClosedWith, templateSetDelimiter, templateTagNoName, templatePartialOutside, templateClosesUnopened, templateClosesOther, templateSectionNeverClosed, templateNone, templatesErrorNothingDone, templateSetBuiltIn, templateSetFolder, templateSetHintBuiltIn, templateSetHintFolder, templateSetChanged
    // MARK: - pdf: Chromium stopped while printing
    case printChromiumFile, printChromiumADocument, printChromiumTimeout, printChromiumRefusedPrint, printChromiumCannotOpen, printChromiumNotBase64, printChromiumTabCrashed, printChromiumNoTab, printChromiumNoSession, printChromiumNoAnswer, printChromiumRefused, printChromiumNotJSON, printChromiumNoProfile, printChromiumNoPipe, printChromiumCannotStart, printChromiumStopped, printChromiumStoppedReading, printChromiumClosedPipe, printChromiumExitStatus, printChromiumKilled, printChromiumSaid, printPDFInfoFailed
    // MARK: - archive: the batch folder's files refused
    case archivePrivateKey, archiveFileChanged, archiveFileMissing, archiveInsideBatch
    // MARK: - Files that cannot be read or written; verify: a package that cannot be read
    case fileCannotWrite, verifyFolderNoManifest, verifyPackageDamaged, verifyEntryDamaged, verifyFileUnreadable, keyNotPrivate, keyNotPublic
    // MARK: - The holiday calendar, invitations and the rekap's Berita Acara
    case calendarUnknownYear, invitationMissing, invitationChanged, rekapMinutesChanged, rekapMinutesUnreadable, rekapNotMinutes
    // MARK: - Candidates, earlier batches, the distribution, settings and office templates
    case historyJadwalUnreadable, inputsErrorRunAgain, reportNoRowsFor, reportNoRows, distributionNoRoster, distributionRosterChanged, settingsDiffer, settingsRolesSame, templatesNotFolder, templatesLinkOutside
    // MARK: - sample: the simulated effect
    case optSampleEffect, optSampleRiwayat, optSampleShare
    // MARK: - verify: a package's entries; a worksheet too large
    case verifyOutsideBatchFolder, worksheetTooLarge
    // MARK: - lampirkan: a file in the folder of root certificates
    case trustPEMUnreadable, trustNotCertificate
    // MARK: - archive: a package beyond a ZIP's limits
    case zipTooLarge, zipTooManyFiles
    // MARK: - The loop back of candidates and schedule (effdefects)
    case followUpEarlierMissing, followUpEarlierLeftOut, followUpUnavailable, followUpReportErrors, followUpNoBaseline, minutesLeftOut
    // MARK: - efektivitas: reading the reports (effspeed)
    case effectivenessPeriodRepeated
    // MARK: - cli-id
    case findBatchSession, findSignedBy, findScan, findInPackage, findTotal, candidatesWroteSummary, attachUnsignedCopy, statusLeftOutCount, rebuildNotNeededNotice, registerWhyDate, statusDaysLate, nounWorkingDay
}
