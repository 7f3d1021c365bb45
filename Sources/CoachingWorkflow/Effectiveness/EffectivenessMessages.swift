import Foundation
import CoachingCore

/// What `coaching efektivitas` says to the person at the desk, from the message catalogue.
public enum EffectivenessMessages {
    /// The closing line: where the report went and how many pairs were measured.
    public static func written(folder: String, root: String, units: Int, measured: Int, language: Language) -> String {
        language.text(.effectivenessWritten, ["folder": "\(root)/\(folder)/", "units": units.grouped(language), "measured": measured.grouped(language)])
    }

    /// The overall effect in one sentence, in the language's numbers (`1,79` / `1.79`).
    public static func headline(_ all: Rollup?, language: Language) -> String {
        guard let all, all.status == .terukur, let effect = all.effect, let low = all.low, let high = all.high else {
            return language.text(.effectivenessHeadlineShort)
        }
        func number(_ value: Double) -> String {
            language == .id ? IndonesianNumber.format(value, decimals: 2) : String(format: "%.2f", value)
        }
        return language.text(.effectivenessHeadline, ["effect": number(effect), "low": number(low), "high": number(high)])
    }
}
