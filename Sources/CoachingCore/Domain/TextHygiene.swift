/// Characters a document must never carry, caught where a value enters the tool (`check`,
/// the notes, the settings) with its file, line, column and field, rather than when a Jadwal
/// or Berita Acara can no longer be written or read.
///
/// Refused: characters outside XML 1.0's `Char` production (control characters but tab and
/// line breaks), noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their likes in every plane),
/// bidirectional embeddings, overrides and isolates (which make a name read otherwise than it
/// is stored), and, in names, text without a single letter (say only U+200B).
public enum TextHygiene {
    /// Why `text` cannot go into a document, in a clerk's words; nil when it can.
    /// `isName`: the value is a person's or team's name and needs a visible letter.
    public static func problem(in text: String, isName: Bool = false) -> Message? {
        var text = text
        return text.withUTF8 { problem(UnsafeRawBufferPointer($0), isName: isName) }
    }

    /// The same for a field's UTF-8 bytes: printable ASCII, the common case, is passed byte by byte.
    static func problem(_ bytes: UnsafeRawBufferPointer, isName: Bool) -> Message? {
        var plain = true, letter = false
        for byte in bytes {
            if byte < 0x20 || byte >= 0x7F { plain = false; break }
            if !letter { letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        }
        if plain { return isName && !letter && !bytes.isEmpty ? noLetter : nil }
        return problem(scalars: String(decoding: bytes, as: UTF8.self).unicodeScalars, isName: isName)
    }

    private static let noLetter = Message(.textNoLetter)

    private static func problem(scalars: String.UnicodeScalarView, isName: Bool) -> Message? {
        var letter = false
        for scalar in scalars {
            let v = scalar.value
            let hex = String(v, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D {
                return Message(.textControl, ["code": code])
            }
            if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE {
                return Message(.textNotCharacter, ["code": code])
            }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                return Message(.textDirection, ["code": code])
            }
            if !letter { letter = scalar.properties.isAlphabetic }
        }
        return isName && !letter && !scalars.isEmpty ? noLetter : nil
    }
}
