import Foundation
import CSQLite

extension Connection {
    /// Runs one or more `;`-separated statements without parameters (schema,
    /// migrations, pragmas). Rows they return are discarded. An error names
    /// the statement that failed, not the whole text.
    public func execute(_ sql: String) throws {
        let db = try handle()
        try sql.withCString { start in
            var cursor = start
            while cursor.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(db, cursor, -1, &statement, &tail)
                guard rc == SQLITE_OK else {
                    sqlite3_finalize(statement)
                    throw SQLiteError(code: rc, db: db, sql: Self.text(from: cursor, to: nil))
                }
                defer { sqlite3_finalize(statement) }
                let end = tail ?? cursor
                guard let statement else { break }  // only whitespace or comments were left
                var step = sqlite3_step(statement)
                while step == SQLITE_ROW { step = sqlite3_step(statement) }
                guard step == SQLITE_DONE else {
                    throw SQLiteError(code: step, db: db, sql: Self.text(from: cursor, to: end))
                }
                cursor = end
            }
        }
    }

    /// The SQL between two pointers (or to the end), trimmed, for error messages.
    private static func text(from start: UnsafePointer<CChar>, to end: UnsafePointer<CChar>?) -> String {
        let length = end.map { $0 - start } ?? strlen(start)
        let bytes = UnsafeRawBufferPointer(start: start, count: length)
        let text = String(decoding: bytes, as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs one statement with `?` arguments, to completion. Rows it returns
    /// (e.g. RETURNING) are discarded.
    public func run(_ sql: String, _ arguments: any SQLiteBindable...) throws {
        try run(sql, arguments: arguments)
    }

    public func run(_ sql: String, arguments: [any SQLiteBindable]) throws {
        try withReusableStatement(sql) { statement in
            try statement.bind(arguments)
            while try statement.step() {}
        }
    }

    /// All rows, materialised.
    public func query(_ sql: String, _ arguments: any SQLiteBindable...) throws -> [Row] {
        try query(sql, arguments: arguments)
    }

    public func query(_ sql: String, arguments: [any SQLiteBindable]) throws -> [Row] {
        try withReusableStatement(sql) { statement in
            try statement.bind(arguments)
            let names = statement.columnNames
            var rows: [Row] = []
            while try statement.step() {
                rows.append(statement.currentRow(columnNames: names))
            }
            return rows
        }
    }

    /// The first row, or nil. The statement is reset after it, so no read
    /// snapshot stays open.
    public func queryRow(_ sql: String, _ arguments: any SQLiteBindable...) throws -> Row? {
        try queryRow(sql, arguments: arguments)
    }

    public func queryRow(_ sql: String, arguments: [any SQLiteBindable]) throws -> Row? {
        try withReusableStatement(sql) { statement in
            try statement.bind(arguments)
            return try statement.step() ? statement.currentRow(columnNames: statement.columnNames) : nil
        }
    }

    /// The first column of the first row; nil when there is no row or the
    /// value is NULL (e.g. `SELECT max(x)` over no rows).
    public func scalar<T: SQLiteColumnDecodable>(
        _ sql: String, _ arguments: any SQLiteBindable..., as type: T.Type = T.self
    ) throws -> T? {
        try scalar(sql, arguments: arguments, as: type)
    }

    public func scalar<T: SQLiteColumnDecodable>(
        _ sql: String, arguments: [any SQLiteBindable], as type: T.Type = T.self
    ) throws -> T? {
        try withReusableStatement(sql) { statement in
            try statement.bind(arguments)
            guard try statement.step() else { return nil }
            let value = try statement.value(at: 0)
            if value.isNull { return nil }
            return try SQLiteDecodingError.decode(value, as: T.self, column: "0 (\(statement.columnName(0)))")
        }
    }

    /// Streams rows without materialising them (hot path for list endpoints);
    /// the statement comes from the cache. `body` reads the current row from
    /// the statement and must not keep it; the statement is reset afterwards.
    public func forEachRow(
        _ sql: String, arguments: [any SQLiteBindable], _ body: (Statement) throws -> Void
    ) throws {
        try withReusableStatement(sql) { statement in
            try statement.bind(arguments)
            while try statement.step() {
                try body(statement)
            }
        }
    }

    /// Lends the cached statement for `sql`, or a fresh one when the cached
    /// one is in use further up the stack (the same query nested in a
    /// `forEachRow` body), and always resets it afterwards.
    func withReusableStatement<R>(_ sql: String, _ body: (Statement) throws -> R) throws -> R {
        var statement = try cachedStatement(sql)
        if statement.isBusy {
            statement = try makeStatement(sql)
        }
        defer { statement.reset() }
        return try body(statement)
    }
}
