/// The positions the performance report covers.
public enum Jabatan: String, Sendable, Hashable, Codable, CaseIterable {
    case agenInformasi = "Agen Informasi"
    case teamLeaderInformasi = "Team Leader Informasi"

    /// Reads the exact spelling from bytes without making a String (the common case at a
    /// million rows), falling back to ``init(parsing:)`` for other casing and spacing.
    init?(bytes: UnsafeRawBufferPointer) {
        if FieldParsing.equals(bytes, "Agen Informasi") { self = .agenInformasi; return }
        if FieldParsing.equals(bytes, "Team Leader Informasi") { self = .teamLeaderInformasi; return }
        self.init(parsing: String(decoding: bytes, as: UTF8.self))
    }

    /// Accepts the names in any letter case and spacing (`team leader  informasi`).
    public init?(parsing text: some StringProtocol) {
        let normalized = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        guard let match = Jabatan.allCases.first(where: { $0.rawValue.lowercased() == normalized }) else { return nil }
        self = match
    }
}

/// The priority of an improvement recommendation.
public enum Prioritas: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case tinggi, sedang, rendah

    public init?(parsing text: some StringProtocol) {
        let normalized = text.trimmingASCIIWhitespace().lowercased()
        guard let match = Prioritas(rawValue: normalized) else { return nil }
        self = match
    }

    private var rank: Int { self == .tinggi ? 0 : self == .sedang ? 1 : 2 }
    /// `tinggi` sorts first.
    public static func < (a: Prioritas, b: Prioritas) -> Bool { a.rank < b.rank }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r\n" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r\n" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
