import ArgumentParser
import CoachingCore

// Dates, periods and NIPs are parsed once, where the command line is read.

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Periode: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension NIP: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .valid(let nip, _) = NIP.validate(Array(argument.utf8), isPPPK: true) else { return nil }
        self = nip
    }
}

/// Reads a period given on the command line, or says the form it takes (like a date, not only
/// "is invalid").
enum PeriodArgument {
    static func parse(_ text: String) throws -> Periode {
        guard let periode = Periode(parsing: text) else { throw ValidationError(say(.periodInvalid, ["value": text])) }
        return periode
    }
}

/// Reads a date given on the command line, or says which forms are accepted (issue #19,
/// surprise 6): `CivilDate(parsing:)` takes `2026-11-25` and, as Indonesian Excel writes
/// dates, `25/11/2026`.
enum DateArgument {
    static func parse(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(parsing: text) else {
            throw ValidationError(say(.dateInvalid, ["value": text, "forms": say(.dateForms)]))
        }
        return date
    }
}
