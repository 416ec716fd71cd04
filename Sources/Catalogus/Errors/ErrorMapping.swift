import HTTPServer
import JSON
import SQLite

/// The one place where errors become HTTP problems. The application's own errors
/// (`AppError`) and the server's (`Problem`) render themselves; this maps everything
/// else (the database, the JSON parser, arithmetic) and makes sure nothing internal
/// (SQL, paths, stack traces) reaches a client: unknown errors are logged with the
/// request id and answered with a bare 500.
public struct ErrorMapping: Sendable {
    let log: LogSink

    public init(log: LogSink) { self.log = log }

    public func problem(for error: any Error, request: HTTPRequest) -> Problem {
        switch error {
        case let error as any HTTPResponseConvertible:  // AppError and the server's own Problem
            return error.problem
        case let error as JSONParser.Error:
            return Problem(status: 400, detail: "The body is not valid JSON: \(error.reason) at byte \(error.offset).")
        case let error as SQLiteError:
            return problem(for: error, request: request)
        case is ArithmeticOverflow:
            // Writes keep stored amounts within bounds whose sums fit; reaching this means
            // older data broke them. Refuse this request, never the whole process.
            log.write("arithmetic overflow in \(request.method) \(request.target) [\(request.id)]")
            return Problem(status: 500, detail: "The stored amounts are too large to add up; the request was not completed. Quote request id \(request.id) when reporting this.")
        case let error as WorkbookError:
            // libxlsxwriter failed (temp directory, disk): ours, not the client's.
            log.write("workbook error in \(request.method) \(request.target) [\(request.id)]: \(error)")
            return Problem(status: 500, detail: "The server could not write the workbook. Quote request id \(request.id) when reporting this.")
        default:
            log.write("error in \(request.method) \(request.target) [\(request.id)]: \(error)")
            return Problem(status: 500, detail: "The server could not complete the request. Quote request id \(request.id) when reporting this.")
        }
    }

    /// Constraint failures that validation missed are still the client's doing (409/422);
    /// a full disk is the operator's (507); a busy database is temporary (503); anything
    /// else is ours (500).
    func problem(for error: SQLiteError, request: HTTPRequest) -> Problem {
        if error.isUniqueViolation {
            return Problem(status: 409, detail: "A resource with these values exists already.")
        }
        if error.isForeignKeyViolation || error.isCheckViolation {
            return Problem(status: 422, detail: "The request refers to something that does not exist or breaks a rule of the data.")
        }
        if error.isStorageExhausted {
            log.write("database storage exhausted in \(request.method) \(request.target) [\(request.id)]: \(error)")
            return Problem(status: 507, detail: "The database's disk is full; nothing of this request was saved. Retry once the operator has freed space.",
                           headers: ["Retry-After": "60"])
        }
        if error.isBusy {
            return Problem(status: 503, detail: "The database is busy; retry shortly.", headers: ["Retry-After": "1"])
        }
        log.write("database error in \(request.method) \(request.target) [\(request.id)]: \(error)")
        return Problem(status: 500, detail: "The server could not complete the request. Quote request id \(request.id) when reporting this.")
    }
}
