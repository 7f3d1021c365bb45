import Foundation

/// Looks at the first bytes of an input to tell its format (CSV or XML) and which of the
/// two SOP inputs it is, and to turn away files that are not text at all with a message a
/// clerk can act on (a zipped file, an Excel workbook, a PDF).
public struct InputSniffer {
    /// What the first bytes say.
    public enum Verdict: Equatable, Sendable {
        case input(format: Format, kind: InputKind?)
        /// Not an input we read; line and column when the problem has a place.
        case refused(String, line: Int = 0, column: Int = 0)
    }

    public enum Format: String, Sendable { case csv, xml }

    let aliases: [String: [String]]
    /// The language of the refusals.
    let language: Language

    public init(aliases: [String: [String]] = [:], language: Language = .id) {
        self.aliases = aliases
        self.language = language
    }

    public func sniff(_ head: [UInt8]) -> Verdict {
        if head.starts(with: [0x1F, 0x8B]) { return .refused(language.text(.sniffGzip)) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return .refused(language.text(.sniffZip))
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .refused(language.text(.sniffOldExcel)) }
        if head.starts(with: Array("%PDF".utf8)) { return .refused(language.text(.sniffPDF)) }
        var body = head[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text = body.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if text.first == UInt8(ascii: "<") {
            let string = String(decoding: text, as: UTF8.self)
            if let range = string.range(of: "<!DOCTYPE") {
                // Refused before libxml2 sees it; the reader refuses it again, should this miss.
                let before = string[..<range.lowerBound]
                let line = before.filter { $0 == "\n" }.count + 1 + (head.count - text.count > 0 ? countNewlines(head[..<(head.count - text.count)]) : 0)
                let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 } ?? 1
                return .refused(language.text(.xmlDoctypeRefused), line: line, column: column)
            }
            if string.contains("<laporanKinerja") || string.contains(":laporanKinerja") { return .input(format: .xml, kind: .report) }
            if string.contains("<rekomendasiPerbaikan") || string.contains(":rekomendasiPerbaikan") { return .input(format: .xml, kind: .recommendations) }
            return .input(format: .xml, kind: nil)
        }
        let firstLine = text.prefix { $0 != 0x0A && $0 != 0x0D }
        let headerText = String(decoding: firstLine, as: UTF8.self)
        let names = Set(headerText.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" })
            .map { HeaderName.canonical(String($0).replacingQuotes(), aliases: aliases) })
        if names.contains("nilai_kualitas") || names.contains("jabatan") { return .input(format: .csv, kind: .report) }
        if names.contains("rekomendasi") || names.contains("temuan") || names.contains("prioritas") {
            return .input(format: .csv, kind: .recommendations)
        }
        return .input(format: .csv, kind: nil)
    }
}

private func countNewlines(_ bytes: ArraySlice<UInt8>) -> Int { bytes.filter { $0 == 0x0A }.count }

private extension String {
    func replacingQuotes() -> String { String(filter { $0 != "\"" }) }
}

/// Replays the first bytes it was asked to look at, then reads on: lets the sniffer look
/// at a stream without reading the file twice.
package final class PeekingByteSource: ByteSource {
    private let base: ByteSource
    /// The underlying source when it can be read at any offset (for parallel reading).
    var randomAccess: RandomAccessByteSource? { base as? RandomAccessByteSource }
    package private(set) var head: [UInt8] = []
    private var replayed = 0

    /// Reads up to `count` bytes ahead.
    package init(_ base: ByteSource, peek count: Int = 8192) throws {
        self.base = base
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try buffer.withUnsafeMutableBytes { try base.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if n == 0 { break }
            filled += n
        }
        head = Array(buffer[..<filled])
    }

    package func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if replayed < head.count {
            let n = min(buffer.count, head.count - replayed)
            head.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + replayed, byteCount: n) }
            replayed += n
            return n
        }
        return try base.read(into: buffer)
    }
}
