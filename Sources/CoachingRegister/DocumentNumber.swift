/// A document's number as the office writes it: `JDW-1/KLIP/2026`, `BA-12/KLIP/2026`.
///
/// The sequence comes from the register's counter for the kind and year and is never reused.
package struct DocumentNumber: Sendable, Hashable, CustomStringConvertible {
    package var kind: DocumentKind
    package var sequence: Int
    /// The office's unit code (`office.unit_code` in the settings).
    package var unit: String
    package var year: Int

    package init(kind: DocumentKind, sequence: Int, unit: String, year: Int) {
        self.kind = kind
        self.sequence = sequence
        self.unit = unit
        self.year = year
    }

    /// Reads `PREFIX-SEQ/UNIT/YEAR`; nil for anything else.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[2]), !parts[1].isEmpty,
              let dash = parts[0].firstIndex(of: "-"),
              let kind = DocumentKind.allCases.first(where: { $0.prefix == parts[0][..<dash] }),
              let sequence = Int(parts[0][parts[0].index(after: dash)...]), sequence > 0 else { return nil }
        self.init(kind: kind, sequence: sequence, unit: String(parts[1]), year: year)
    }

    package var description: String { "\(kind.prefix)-\(sequence)/\(unit)/\(year)" }
}

/// A batch's id: the year and its sequence in that year, `2026-001`.
package struct BatchID: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var year: Int
    package var sequence: Int

    package init(year: Int, sequence: Int) {
        self.year = year
        self.sequence = sequence
    }

    /// Reads `YYYY-NNN`; nil for anything else.
    package init?(parsing text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count >= 3,
              let year = Int(parts[0]), let sequence = Int(parts[1]), sequence > 0 else { return nil }
        self.init(year: year, sequence: sequence)
    }

    package var description: String {
        let digits = String(sequence)
        return "\(year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The batch's folder relative to the output root: `2026/2026-001`.
    package var folder: String { "\(year)/\(self)" }

    package static func < (a: BatchID, b: BatchID) -> Bool { (a.year, a.sequence) < (b.year, b.sequence) }
}
