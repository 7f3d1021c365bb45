import Foundation

/// `coaching lampirkan`: signed PDFs (or one scan of the paper signed in ink) taken back into a batch.
public struct AttachRequest: Sendable {
    /// The batch: its id (`2026-001`) or its folder.
    public var batch: String
    /// The files handed back, as given on the command line.
    public var files: [String]
    /// `--scan NUMBER`: the one file is a scan of this document (a number, or `rekap`), not a signed PDF.
    public var scanOf: String?
    /// The office's settings now (not the batch's copy): `signatures.trust_roots` names the
    /// root certificates, which an office adds after its batches were made.
    public var settings: Settings

    public init(batch: String, files: [String], scanOf: String? = nil, settings: Settings) {
        self.batch = batch
        self.files = files
        self.scanOf = scanOf
        self.settings = settings
    }
}

/// What `coaching lampirkan` did with each file.
public struct AttachOutcome: Sendable {
    /// A file recorded (or found already on record).
    public struct Attached: Sendable, Equatable {
        /// The file as given.
        public var file: String
        /// The document: its number, or `rekap`.
        public var document: String
        /// Where the copy is kept, relative to the output root.
        public var path: String
        /// The verdict's lines (signer, time, trust); a scan's one line.
        public var lines: [String]
        /// Signer's name and number (signed copies).
        public var signer: String?
        public var signerID: String?
    }

    /// A file not taken, with the reasons to show.
    public struct Refused: Sendable, Equatable {
        public var file: String
        public var lines: [String]
    }

    public var attached: [Attached] = []
    /// The same bytes were on record already: nothing changed.
    public var alreadyOnRecord: [Attached] = []
    public var refused: [Refused] = []
    /// How the certificate chains were judged, for the summary (the roots folder, or "not checked").
    public var trust: String = ""
    public var folder: URL
    public var notices: [String] = []
}
