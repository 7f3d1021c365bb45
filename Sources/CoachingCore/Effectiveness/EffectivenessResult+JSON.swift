import Foundation

extension EffectivenessResult {
    /// The whole result for programs: plain numbers (decimal point), dates and periods as
    /// text, keys sorted so that two runs on the same inputs give the same bytes. Written by
    /// ``EffectivenessJSONWriter`` (fast); the same bytes as ``encodedJSON``.
    public var json: [UInt8] { EffectivenessJSONWriter.bytes(self) }

    /// The same JSON through Foundation's `JSONEncoder` and the `Codable` form: the reference
    /// the hand-written writer is tested against.
    var encodedJSON: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }
}
