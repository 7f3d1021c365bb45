import CoachingCore
import Foundation

/// argument-parser writes its own words around the tool's help and command-line errors
/// ("USAGE:", "Error: Missing expected argument …", "Show help information.") in English,
/// with no way to give it others. In Indonesian they are said again here, phrase by phrase,
/// on the finished text; English is left as the library wrote it. Only the words the library
/// uses are listed: anything else passes through unchanged (a newer release's new phrase
/// shows in English rather than garbled).
enum ArgumentParserWords {
    /// `text` (a help page or a command-line error) in `language`.
    static func say(_ text: String, in language: Language) -> String {
        guard language == .id else { return text }
        var out = text
        for (pattern, replacement) in indonesian {
            out = pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: replacement)
        }
        return out
    }

    /// Pattern and replacement (`$1` … the captured parts), applied in this order.
    private static let indonesian: [(NSRegularExpression, String)] = [
        // Help pages: the section headings and the library's own option texts.
        (#"(?m)^OVERVIEW: "#, "IKHTISAR: "),
        (#"(?m)^USAGE: "#, "PENGGUNAAN: "),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMEN:"),
        (#"(?m)^OPTIONS:$"#, "OPSI:"),
        (#"(?m)^SUBCOMMANDS:$"#, "SUBPERINTAH:"),
        (#"See 'coaching help <subcommand>' for detailed help\."#, "Lihat 'coaching help <subperintah>' untuk bantuan lengkap."),
        (#"Show the version\."#, "Menampilkan versi."),
        (#"Show help information\."#, "Menampilkan bantuan ini."),
        (#"\(values: ([^;)]*); default: ([^)]*)\)"#, "(nilai: $1; bawaan: $2)"),
        (#"\(values: ([^)]*)\)"#, "(nilai: $1)"),
        (#"\(default: ([^)]*)\)"#, "(bawaan: $1)"),
        // Command-line errors.
        (#"(?m)^Error: "#, "error: "),
        (#"Missing expected argument '([^']*)'"#, "argumen '$1' belum diberikan"),
        (#"Missing value for '([^']*)'"#, "nilai untuk '$1' belum diberikan"),
        (#"Unexpected arguments? ('[^\n]*')"#, "argumen tidak dikenal: $1"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "opsi '$1' tidak dikenal. Maksud Anda '$2'?"),
        (#"Unknown option '([^']*)'"#, "opsi '$1' tidak dikenal"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "nilai '$1' tidak sah untuk '$2'"),
        (#"Please provide one of ([^\n]*)\."#, "Pilih salah satu dari $1."),
        (#"' and '"#, "' dan '"),
        (#"(?m)^Help:  "#, "Bantuan:  "),
        (#"(?m)^Usage: "#, "Penggunaan: "),
        (#"See '([^']*)' for more information\."#, "Lihat '$1' untuk keterangan lebih lanjut."),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}
