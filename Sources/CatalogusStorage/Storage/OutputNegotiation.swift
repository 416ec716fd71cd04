import CatalogusDomain
import HTTPServer

/// Which format a request asks for: the query (`?output=`, `?sep=`) first, then `Accept`.
extension OutputFormat {
    package static func negotiate(_ request: HTTPRequest, errors: inout [FieldError]) -> OutputFormat {
        let query = request.query
        var separator: Character = ","
        if let sep = query["sep"] {
            if sep == ";" || sep == "," { separator = Character(sep) } else {
                errors.append(.init(field: "sep", Message(.outputBadSeparator)))
            }
        }
        if let output = query["output"] {
            switch output {
            case "csv": return .csv(separator: separator)
            case "xlsx": return .xlsx
            case "json": return .json
            default: errors.append(.init(field: "output", Message(.outputBadFormat)))
            }
        }
        return switch acceptWish(request) {
        case .xlsx: .xlsx
        case .csv: .csv(separator: separator)
        case nil: .json
        }
    }

    package static func acceptWish(_ request: HTTPRequest) -> AcceptWish? {
        guard let accept = request.headers["Accept"]?.lowercased(), !accept.contains("application/json") else { return nil }
        if accept.contains(Workbook.contentType) { return .xlsx }
        if accept.contains("text/csv") { return .csv }
        return nil
    }
}
