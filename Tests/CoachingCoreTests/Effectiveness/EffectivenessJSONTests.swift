import CoachingCore
import Foundation
import Testing

/// efektivitas.json is written by hand for speed; it must stay what `JSONEncoder` makes of
/// the result's `Codable` form, byte for byte.
@Suite("Effectiveness: the hand-written JSON equals JSONEncoder's")
struct EffectivenessJSONTests {
    typealias F = EffectivenessFixture

    func encoded(_ result: EffectivenessResult) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(result))
    }

    @Test("The fixture's result gives the same bytes as JSONEncoder")
    func fixture() throws {
        let result = try F.result()
        #expect(String(decoding: result.json, as: UTF8.self) == String(decoding: try encoded(result), as: UTF8.self))
    }

    @Test("Awkward text, missing figures and extreme numbers give the same bytes as JSONEncoder")
    func awkward() throws {
        var result = try F.result()
        result.units[0].nama = "Sri \"Wati\" \\ a/b\tc\nd\u{01}é–"
        result.units[0].baseline = nil
        result.units[0].effect = -1.4210854715202004e-14
        result.units[0].change = 1e21
        result.units[0].jabatan = nil
        result.rollups[0].low = nil
        result.rollups[0].effect = 0.1 + 0.2
        result.files.append("C:\\laporan/\"x\".csv")
        #expect(String(decoding: result.json, as: UTF8.self) == String(decoding: try encoded(result), as: UTF8.self))
    }
}
