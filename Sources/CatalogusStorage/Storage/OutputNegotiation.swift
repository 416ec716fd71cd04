import CatalogusDomain

/// Which format a request asks for: the query (`?output=`, `?sep=`) first, then `Accept`.
extension OutputFormat {
    package static func negotiate(output: String?, separator sep: String?, accept: String?, errors: inout [FieldError]) -> OutputFormat {
        var separator: Character = ","
        if let sep {
            if sep == ";" || sep == "," { separator = Character(sep) } else {
                errors.append(.init(field: "sep", Message(.outputBadSeparator)))
            }
        }
        if let output {
            switch output {
            case "csv": return .csv(separator: separator)
            case "xlsx": return .xlsx
            case "json": return .json
            default: errors.append(.init(field: "output", Message(.outputBadFormat)))
            }
        }
        return switch acceptWish(accept) {
        case .xlsx: .xlsx
        case .csv: .csv(separator: separator)
        case nil: .json
        }
    }

    /// What an `Accept` header asks for, when it is not JSON.
    package static func acceptWish(_ accept: String?) -> AcceptWish? {
        guard let accept = accept?.lowercased(), !accept.contains("application/json") else { return nil }
        if accept.contains(Workbook.contentType) { return .xlsx }
        if accept.contains("text/csv") { return .csv }
        return nil
    }
}
