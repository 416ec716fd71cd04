import CSQLitePeer

struct SQLiteError: Error, CustomStringConvertible {
    var description: String
}

/// One read-only SQLite connection, with the minimum of API the two queries need.
///
/// `@unchecked Sendable`: a connection moves between tasks through `ConnectionPool`,
/// which hands it to one request at a time; SQLite's default (serialized) threading
/// mode also makes cross-thread use of one handle safe.
final class SQLiteConnection: @unchecked Sendable {
    private let handle: OpaquePointer

    init(path: String) throws {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw SQLiteError(description: "open \(path): \(message)")
        }
        handle = db
        sqlite3_busy_timeout(db, 5000)
    }

    deinit { sqlite3_close(handle) }

    /// Runs `sql` with integer arguments and calls `row` for each result row.
    func query(_ sql: String, _ arguments: [Int64] = [], row: (Row) throws -> Void) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(description: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        for (index, value) in arguments.enumerated() {
            sqlite3_bind_int64(statement, Int32(index + 1), value)
        }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: try row(Row(statement: statement))
            case SQLITE_DONE: return
            default: throw SQLiteError(description: String(cString: sqlite3_errmsg(handle)))
            }
        }
    }

    struct Row {
        let statement: OpaquePointer

        func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

        func optionalInt(_ column: Int32) -> Int64? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : int(column)
        }

        func string(_ column: Int32) -> String { optionalString(column) ?? "" }

        func optionalString(_ column: Int32) -> String? {
            guard let text = sqlite3_column_text(statement, column) else { return nil }
            return String(cString: text)
        }
    }
}
