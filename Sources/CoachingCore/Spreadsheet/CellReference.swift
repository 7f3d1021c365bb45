/// A cell's place in a sheet as spreadsheets name it: `AB12` is column 28, row 12. Columns
/// and rows count from 1, as people see them.
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// Excel's and LibreOffice's limits (`XFD1048576`): a reference beyond them is damage.
    public static let maximumColumn = 16_384
    public static let maximumRow = 1_048_576

    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// `AB12`; nil for anything else, and for a place outside a spreadsheet's limits.
    public init?(parsing text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7, !(digits == 0 && byte == UInt8(ascii: "0")) else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard digits > 0, column <= Self.maximumColumn, row <= Self.maximumRow else { return nil }
        self.init(column: column, row: row)
    }

    /// The column part alone, `AB` for 28: base 26 without a zero digit.
    public static func columnName(_ column: Int) -> String {
        var n = column, name: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            n = (n - 1) / 26
        }
        return String(name)
    }

    /// `AB12`.
    public var description: String { Self.columnName(column) + String(row) }
}
