/// Row heights from the text of the cells: LibreOffice and Excel show a file's rows at the
/// height it gives (one line by default) and grow a row to its wrapped text only once a cell
/// is edited, so a reason list or a long path would show its first line only.
extension Workbook.Sheet {
    /// The height of one line of 10-point Arial, the workbook's font, in points.
    static let lineHeight = 12.75

    /// Sets ``rowHeights`` for every row whose wrapped cells need more than one line: each
    /// line of a cell's text takes as many lines as it has characters per column width (a
    /// width counts characters, less one for the cell's margins), and the row is as tall as
    /// its tallest cell. An estimate, erring on the tall side for narrow letters.
    public mutating func fitRowHeights() {
        rowHeights = [:]
        for (r, row) in rows.enumerated() {
            var lines = 1
            for (c, cell) in row.enumerated() where cell.style.wraps {
                guard case .text(let text) = cell.value else { continue }
                let perLine = max(1, Int((c < columnWidths.count ? columnWidths[c] : 8.43) - 1))
                let needed = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
                    total + max(1, (line.count + perLine - 1) / perLine)
                }
                lines = max(lines, needed)
            }
            if lines > 1 { rowHeights[r + 1] = Double(lines) * Self.lineHeight }
        }
    }
}
