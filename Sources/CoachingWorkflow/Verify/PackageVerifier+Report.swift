import CoachingCore

extension PackageVerifier {
    /// What the check found.
    public struct Report: Sendable {
        /// The most findings kept; the rest are counted. A real change yields a handful, but a
        /// hostile package can yield several per entry (131,064 for one of 65,534 entries with
        /// long names, 107 MB of text), and the report must stay within the memory budget too.
        public static let findingLimit = 1_000
        /// The longest finding kept whole, in characters: ours name a path and a reason, but
        /// libxml2 quotes names (up to 50,000 bytes) and a ZIP's paths can be as long.
        public static let findingLength = 2_000

        public var name: String
        public var batch: String
        public var fileCount: Int
        /// Each a reason the package cannot be trusted; empty when all holds. At most
        /// ``findingLimit``; ``omittedFindings`` counts the others.
        public private(set) var findings: [String] = []
        public private(set) var omittedFindings = 0
        /// What the reader should know but does not fail the check (an unsigned package
        /// without a key to expect).
        public var notes: [String] = []
        public var signature: String = ""

        public var holds: Bool { findings.isEmpty && omittedFindings == 0 }
        /// Every finding, those not kept included.
        public var findingCount: Int { findings.count + omittedFindings }

        /// The language of the findings, the notes and ``signature``.
        let language: Language

        init(name: String, batch: String, language: Language = .id) {
            self.name = name
            self.batch = batch
            self.language = language
            fileCount = 0
        }

        mutating func add(_ finding: String) {
            if findings.count < Self.findingLimit { findings.append(Self.shortened(finding)) } else { omittedFindings += 1 }
        }

        mutating func add(contentsOf findings: some Sequence<String>) {
            for finding in findings { add(finding) }
        }

        /// Findings found but not kept (counted where they were found).
        mutating func addOmitted(_ count: Int) { omittedFindings += count }

        static func shortened(_ finding: String) -> String {
            finding.utf8.count <= findingLength ? finding : finding.prefix(findingLength) + "…"
        }
    }
}
