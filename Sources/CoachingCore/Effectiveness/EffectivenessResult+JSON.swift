import Foundation

extension EffectivenessResult {
    /// The whole result for programs: plain numbers (decimal point), dates and periods as
    /// text, keys sorted so that two runs on the same inputs give the same bytes.
    public var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }
}
