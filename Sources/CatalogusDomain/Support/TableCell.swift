/// One cell of a table that is written as CSV or as an Excel sheet. The case says what
/// the value is, so that each writer can show it properly: CSV keeps its exact digits
/// (money in cents, as the `_cents` column names say), the workbook writes numbers as
/// numbers, money as euros, dates as dates and percentages as percentages.
package enum TableCell: Sendable, Equatable {
    /// Text, often typed by a person (it may look like a formula: never run it).
    case text(String)
    /// A section's title, in a sheet laid out like a printed report: text in CSV, bold in a workbook.
    case heading(String)
    /// A value of a closed set: CSV (for programs) writes the code, a workbook (for
    /// people) its Dutch label from the vocabulary.
    case code(String, label: String)
    /// nil is an empty cell (a number never recorded).
    case integer(Int64?)
    /// `units / 10^scale` with `scale` decimals: `.decimal(205, scale: 1)` is `20.5`.
    case decimal(Int64?, scale: Int)
    /// Euro cents: CSV writes the cents, a workbook euros with a `€` format.
    case money(Int64?)
    /// A calendar date `YYYY-MM-DD`: CSV writes the text, a workbook a date.
    case date(String)
    /// Percentage points `units / 10^scale` (`.percent(205, scale: 1)` is 20.5 %): CSV
    /// writes `20.5`, a workbook the fraction 0.205 with a `%` format.
    case percent(Int64?, scale: Int)
    /// A ratio where 1 is 100 % (`.ratio(1000, scale: 3)`): CSV writes `1.000`, a
    /// workbook 1 with a `%` format.
    case ratio(Int64?, scale: Int)

    /// Spreadsheets run a cell starting with one of these as a formula (OWASP CSV injection).
    package static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// Where a spreadsheet may start a new cell inside our text: at any separator it might
    /// split on (a Dutch Excel splits a comma file on `;`, where our quotes no longer
    /// stand at the start of a field and so count for nothing) and at a line break.
    package static let cellBreaks: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, 0x0A, 0x0D]

    /// The cell's CSV bytes before quoting: text that a spreadsheet would evaluate gets a
    /// `'` before it — at its start, and after every separator or line break inside it
    /// where what follows would start a formula (or a quote that a reader might open).
    package var unquoted: [UInt8] {
        switch self {
        case .text(let text), .heading(let text), .date(let text), .code(let text, _):
            let utf8 = Array(text.utf8)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count + 1)
            for (index, byte) in utf8.enumerated() {
                if index == 0 || Self.cellBreaks.contains(utf8[index - 1]) {
                    let opensFormula = Self.formulaStarts.contains(byte)
                        // `"=…` after a break: a reader may take the quote as opening a field.
                        || (index > 0 && byte == 0x22 && index + 1 < utf8.count && Self.formulaStarts.contains(utf8[index + 1]))
                    if opensFormula { bytes.append(UInt8(ascii: "'")) }
                }
                bytes.append(byte)
            }
            return bytes
        case .integer(let value), .money(let value):
            return value.map { Array(String($0).utf8) } ?? []
        case .decimal(let units, let scale), .percent(let units, let scale), .ratio(let units, let scale):
            return units.map { Array(Self.decimalText($0, scale: scale).utf8) } ?? []
        }
    }

    /// A number of some kind: its bytes are digits, a sign and a decimal mark, never a formula.
    package var isNumber: Bool {
        switch self {
        case .integer, .money, .decimal, .percent, .ratio: true
        case .text, .heading, .code, .date: false
        }
    }

    /// The cell for a Dutch spreadsheet (`sep=;`, what a Dutch Excel opens directly): the
    /// label instead of the code, a decimal comma, and money in euros (`344,79`) as the
    /// workbooks have it. Text is neutralised as in `unquoted`.
    package var unquotedDutch: [UInt8] {
        func comma(_ text: String) -> [UInt8] { Array(text.utf8).map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 } }
        switch self {
        case .code(_, let label): return TableCell.text(label).unquoted
        case .money(let cents): return cents.map { comma(Self.decimalText($0, scale: 2)) } ?? []
        case .decimal(let units, let scale), .percent(let units, let scale), .ratio(let units, let scale):
            return units.map { comma(Self.decimalText($0, scale: scale)) } ?? []
        case .text, .heading, .date, .integer: return unquoted
        }
    }

    /// `units / 10^scale` in decimal notation, exactly (no floating point).
    package static func decimalText(_ units: Int64, scale: Int) -> String {
        guard scale > 0 else { return String(units) }
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let fraction = String(units.magnitude % divisor).leftPadded(to: scale)
        return "\(units < 0 ? "-" : "")\(units.magnitude / divisor).\(fraction)"
    }
}

/// Rows of typed cells under a header: the one description of a tabular representation,
/// written as CSV (`CSVWriter`) or as a worksheet (`Workbook`). A column is declared
/// once, where the rows are produced.
package struct Table: Sendable {
    /// The worksheet's name (what the sheet holds, e.g. "Prijslijst 2026").
    package let name: String
    package private(set) var header: [String]
    package private(set) var rows: [[TableCell]] = []

    package init(name: String, header: [String] = []) {
        self.name = name
        self.header = header
    }

    /// The header row: column names are ours, so they are text.
    package mutating func header(_ names: [String]) { header = names }

    package mutating func row(_ cells: [TableCell]) { rows.append(cells) }
}
