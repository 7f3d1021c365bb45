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
