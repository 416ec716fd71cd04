import HTTPServer

/// One CSV cell. Text says where it came from (people may type a formula into it);
/// numbers are written exactly and never altered, so `-5` stays `-5`.
enum CSVCell: Sendable, Equatable {
    case text(String)
    /// nil is an empty cell (a number never recorded).
    case integer(Int64?)
    /// `units / 10^scale` with `scale` decimals: `.decimal(205, scale: 1)` is `20.5`.
    case decimal(Int64?, scale: Int)

    /// Spreadsheets run a cell starting with one of these as a formula (OWASP CSV injection).
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// The cell's bytes before quoting: text that a spreadsheet would evaluate gets a leading `'`.
    var unquoted: [UInt8] {
        switch self {
        case .text(let text):
            let utf8 = Array(text.utf8)
            if let first = utf8.first, Self.formulaStarts.contains(first) { return [UInt8(ascii: "'")] + utf8 }
            return utf8
        case .integer(let value):
            return value.map { Array(String($0).utf8) } ?? []
        case .decimal(let units, let scale):
            guard let units else { return [] }
            guard scale > 0 else { return Array(String(units).utf8) }
            var divisor: UInt64 = 1
            for _ in 0..<scale { divisor *= 10 }
            let fraction = String(units.magnitude % divisor).leftPadded(to: scale)
            return Array("\(units < 0 ? "-" : "")\(units.magnitude / divisor).\(fraction)".utf8)
        }
    }
}

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold the separator, a quote,
/// CR or LF. With `;` as separator (Dutch spreadsheet locales) the file starts with a
/// UTF-8 byte-order mark so that Excel reads accents.
struct CSVWriter {
    let separator: UInt8
    private(set) var bytes: [UInt8] = []

    init(separator: Character = ",") {
        self.separator = separator == ";" ? UInt8(ascii: ";") : UInt8(ascii: ",")
        if self.separator == UInt8(ascii: ";") { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// The header row: column names are ours, so they are text.
    mutating func header(_ names: [String]) { row(names.map(CSVCell.text)) }

    mutating func row(_ cells: [CSVCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(separator) }
            let utf8 = cell.unquoted
            if utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
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

/// JSON or CSV, from `Accept: text/csv` or `?output=csv`, and `?sep=;`.
enum OutputFormat {
    case json
    case csv(separator: Character)

    static let queryNames: Set<String> = ["output", "sep"]

    static func negotiate(_ request: HTTPRequest, errors: inout [Problem.FieldError]) -> OutputFormat {
        let query = request.query
        var separator: Character = ","
        if let sep = query["sep"] {
            if sep == ";" || sep == "," { separator = Character(sep) } else {
                errors.append(.init(field: "sep", message: "must be ',' or ';'"))
            }
        }
        if let output = query["output"] {
            switch output {
            case "csv": return .csv(separator: separator)
            case "json": return .json
            default: errors.append(.init(field: "output", message: "must be json or csv"))
            }
        }
        return acceptAsksForCSV(request) ? .csv(separator: separator) : .json
    }

    /// `Accept` names CSV and not JSON.
    static func acceptAsksForCSV(_ request: HTTPRequest) -> Bool {
        guard let accept = request.headers["Accept"]?.lowercased() else { return false }
        return accept.contains("text/csv") && !accept.contains("application/json")
    }

    static let csvContentType = "text/csv; charset=utf-8; header=present"
}
