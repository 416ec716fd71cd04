import JSON

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, CR, LF or *any*
/// separator a spreadsheet might split on (`,`, `;`, tab), whichever one this file uses:
/// a Dutch Excel splits a comma file on `;`, so `x;=cmd|…` left bare in a comma file
/// would become a cell `=cmd|…` that runs. With `;` as separator (Dutch spreadsheet
/// locales) the file starts with a UTF-8 byte-order mark so that Excel reads accents.
package struct CSVWriter {
    package let separator: UInt8
    package private(set) var bytes: [UInt8] = []

    package init(separator: Character = ",") {
        self.separator = separator == ";" ? UInt8(ascii: ";") : UInt8(ascii: ",")
        if self.separator == UInt8(ascii: ";") { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// The header row: column names are ours, so they are text.
    package mutating func header(_ names: [String]) { row(names.map(TableCell.text)) }

    /// A whole table: its header, then its rows.
    package init(separator: Character = ",", table: Table) {
        self.init(separator: separator)
        header(table.header)
        for cells in table.rows { row(cells) }
    }

    /// Bytes that make a field quoted, whatever this file's own separator is.
    package static let needsQuotes: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, 0x22, 0x0A, 0x0D]

    package mutating func row(_ cells: [TableCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(separator) }
            let utf8 = cell.unquoted
            if utf8.contains(where: Self.needsQuotes.contains) {
                bytes.append(0x22)
                for byte in utf8 {
                    if byte == 0x22 { bytes.append(0x22) }
                    bytes.append(byte)
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }
}

/// JSON, CSV (`Accept: text/csv` or `?output=csv`, and `?sep=;`) or an Excel workbook
/// (`Accept:` the xlsx media type or `?output=xlsx`).
package enum OutputFormat {
    case json
    case csv(separator: Character)
    case xlsx

    package static let queryNames: Set<String> = ["output", "sep"]

    /// A spreadsheet type that `Accept` names instead of JSON (it does not name JSON too).
    package enum AcceptWish: Hashable, Sendable { case csv, xlsx }

    package static let csvContentType = "text/csv; charset=utf-8; header=present"
}
