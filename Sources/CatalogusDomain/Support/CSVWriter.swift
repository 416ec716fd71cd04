import JSON

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, CR, LF or *any*
/// separator a spreadsheet might split on (`,`, `;`, tab), whichever one this file uses:
/// a Dutch Excel splits a comma file on `;`, so `x;=cmd|…` left bare in a comma file
/// would become a cell `=cmd|…` that runs. With `;` as separator (Dutch spreadsheet
/// locales) the file starts with a UTF-8 byte-order mark so that Excel reads accents.
///
/// Two forms: `,` is the program form (code names, a decimal point, money in cents);
/// `;` is for people in a Dutch spreadsheet (the columns' Dutch names and the values'
/// labels from the vocabulary, a decimal comma, money in euros), as the workbooks are.
package struct CSVWriter {
    package let separator: UInt8
    package private(set) var bytes: [UInt8] = []
    /// The `;` form: for a person's Dutch spreadsheet rather than for a program.
    package var forPeople: Bool { separator == UInt8(ascii: ";") }

    package init(separator: Character = ",") {
        self.separator = separator == ";" ? UInt8(ascii: ";") : UInt8(ascii: ",")
        if self.separator == UInt8(ascii: ";") { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// The header row: the column names (ours, so text), or their Dutch names for people.
    package mutating func header(_ names: [String]) {
        row(names.map { .text(forPeople ? Vocabulary.columnTerms.label($0) : $0) })
    }

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
            let utf8 = forPeople ? cell.unquotedDutch : cell.unquoted
            // A number's decimal comma (`12,34` in the `;` form) stays bare, so that a Dutch
            // spreadsheet reads a number; it can never start a formula.
            if !cell.isNumber, utf8.contains(where: Self.needsQuotes.contains) {
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
