import CatalogusDomain
import HTTPServer
import JSON
import SQLite

/// The one place where errors become HTTP problems. The application's own errors
/// (`AppError`) and the server's (`Problem`) render themselves; this maps everything
/// else (the database, the JSON parser, arithmetic) and makes sure nothing internal
/// (SQL, paths, stack traces) reaches a client: unknown errors are logged with the
/// request id and answered with a bare 500.
public struct ErrorMapping: Sendable {
    package let log: LogSink

    public init(log: LogSink) { self.log = log }

    public func problem(for error: any Error, request: HTTPRequest) -> Problem {
        switch error {
        case let problem as Problem:  // the server layer's own (no route, no such method)
            return Problem.inDutch(problem)
        case let error as any HTTPResponseConvertible:  // AppError
            return error.problem
        case let error as JSONParser.Error:
            return Problem(status: 400, Message(.requestInvalidJSON, ["offset": .integer(error.offset), "reason": .string(error.reason)]))
        case let error as SQLiteError:
            return problem(for: error, request: request)
        case is ArithmeticOverflow:
            // Writes keep stored amounts within bounds whose sums fit; reaching this means
            // older data broke them. Refuse this request, never the whole process.
            log.write("arithmetic overflow in \(request.method) \(request.target) [\(request.id)]")
            return Problem(status: 500, Message(.serverAmountsOverflow, ["request_id": .string(request.id)]))
        case let error as WorkbookError:
            // libxlsxwriter failed (temp directory, disk): ours, not the client's.
            log.write("workbook error in \(request.method) \(request.target) [\(request.id)]: \(error)")
            return Problem(status: 500, Message(.serverWorkbookFailed, ["request_id": .string(request.id)]))
        default:
            log.write("error in \(request.method) \(request.target) [\(request.id)]: \(error)")
            return Problem(status: 500, Message(.serverInternal, ["request_id": .string(request.id)]))
        }
    }

    /// Constraint failures that validation missed are still the client's doing (409/422);
    /// a full disk is the operator's (507); a busy database is temporary (503); anything
    /// else is ours (500).
    package func problem(for error: SQLiteError, request: HTTPRequest) -> Problem {
        if error.isUniqueViolation {
            return Problem(status: 409, Message(.resourceExists))
        }
        if error.isForeignKeyViolation || error.isCheckViolation {
            return Problem(status: 422, Message(.resourceBrokenReference))
        }
        if error.isStorageExhausted {
            log.write("database storage exhausted in \(request.method) \(request.target) [\(request.id)]: \(error)")
            return Problem(status: 507, Message(.serverDiskFull), headers: ["Retry-After": "60"])
        }
        if error.isBusy {
            return Problem(status: 503, Message(.serverDatabaseBusy), headers: ["Retry-After": "1"])
        }
        log.write("database error in \(request.method) \(request.target) [\(request.id)]: \(error)")
        return Problem(status: 500, Message(.serverInternal, ["request_id": .string(request.id)]))
    }
}
