import CSQLite

/// A prepared statement: compiled in `init`, finalized in `deinit`.
///
/// Like its `Connection`, a statement belongs to the connection's owning thread
/// (debug builds trap on a use from another), and must not be used after its
/// connection is closed (sqlite3_close_v2 keeps the handle alive only so that
/// `deinit` can still finalize it).
public final class Statement {
    let handle: OpaquePointer
    /// The owning connection's handle, for error messages.
    private let db: OpaquePointer
    public let sql: String
    #if DEBUG
    /// The connection's: whose thread may use this statement.
    let ownership: ThreadOwnership
    #endif

    /// Compiles exactly one statement; `persistent` hints SQLite that it will
    /// be reused many times (https://www.sqlite.org/c3ref/c_prepare_normalize.html).
    init(db: OpaquePointer, sql: String, persistent: Bool, ownership: ThreadOwnership) throws {
        self.db = db
        self.sql = sql
        #if DEBUG
        self.ownership = ownership
        #endif
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        var prepared: OpaquePointer?
        do {
            try sql.withCString { text in
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v3(db, text, -1, flags, &prepared, &tail)
                guard rc == SQLITE_OK else { throw SQLiteError(code: rc, db: db, sql: sql) }
                if let tail, Self.holdsAnotherStatement(db: db, tail) {
                    throw SQLiteError.misuse("expected one SQL statement; use execute() for several", sql: sql)
                }
            }
        } catch {
            sqlite3_finalize(prepared)
            throw error
        }
        guard let prepared else { throw SQLiteError.misuse("no SQL statement in the text", sql: sql) }
        self.handle = prepared
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// True when the text after the first statement holds more than
    /// whitespace and comments (or does not even parse).
    private static func holdsAnotherStatement(db: OpaquePointer, _ rest: UnsafePointer<CChar>) -> Bool {
        var next: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, rest, -1, &next, nil)
        defer { sqlite3_finalize(next) }
        return rc != SQLITE_OK || next != nil
    }

    // MARK: Binding

    /// Binds all `?` parameters, in order. The statement is reset first, so it
    /// can be re-bound after a partial run. The count must match exactly.
    public func bind(_ values: [any SQLiteBindable]) throws {
        checkOwner()
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(
                code: SQLITE_RANGE,
                message: "the statement takes \(expected) arguments, \(values.count) were given",
                sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, index)
        case .integer(let number):
            rc = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            rc = sqlite3_bind_double(handle, index, number)
        case .text(var text):
            rc = text.withUTF8 { bytes in
                // An empty buffer may have no address, and a NULL pointer would bind NULL.
                guard let base = bytes.baseAddress else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text64(
                        handle, index, $0, UInt64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            rc = bytes.withUnsafeBytes { raw in
                // A zero-length blob must stay a blob, not become NULL.
                guard let base = raw.baseAddress, raw.count > 0 else {
                    return sqlite3_bind_zeroblob(handle, index, 0)
                }
                return sqlite3_bind_blob64(handle, index, base, UInt64(raw.count), csqlite_transient())
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteError(code: rc, db: db, sql: sql) }
    }

    // MARK: Stepping

    /// Runs the statement to its next row; true when a row is available.
    public func step() throws -> Bool {
        checkOwner()
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        default:
            let error = SQLiteError(code: rc, db: db, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets the statement and clears its bindings, so that it holds no
    /// read snapshot and leaks no argument into its next use.
    public func reset() {
        checkOwner()
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Stepped but neither finished nor reset: in use by someone.
    var isBusy: Bool {
        checkOwner()
        return sqlite3_stmt_busy(handle) != 0
    }

    // MARK: Columns

    // Column reads check the owner in `columnCount` and `columnName`, which the typed
    // reads and `value(at:)` call first to check the index, and in `currentRow`.

    public var columnCount: Int {
        checkOwner()
        return Int(sqlite3_column_count(handle))
    }

    public func columnName(_ index: Int) -> String {
        checkOwner()
        return sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The value of a column of the current row.
    public func value(at index: Int) throws -> SQLiteValue {
        let count = columnCount
        guard index >= 0, index < count else {
            throw SQLiteDecodingError.columnIndexOutOfRange(index: index, columnCount: count)
        }
        return uncheckedValue(at: Int32(index))
    }

    public func column<T: SQLiteColumnDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        let value = try value(at: index)
        return try SQLiteDecodingError.decode(value, as: T.self, column: "\(index) (\(columnName(index)))")
    }

    func uncheckedValue(at column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // Pointer first, then length (https://www.sqlite.org/c3ref/column_blob.html).
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let length = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, column) else { return .blob([]) }
            let length = Int(sqlite3_column_bytes(handle, column))
            return .blob([UInt8](UnsafeRawBufferPointer(start: blob, count: length)))
        default:
            return .null
        }
    }

    /// The names of the result columns, in order.
    var columnNames: [String] { (0..<columnCount).map(columnName) }

    /// Copies the current row out of the statement.
    func currentRow(columnNames: [String]) -> Row {
        checkOwner()
        return Row(columnNames: columnNames, values: (0..<Int32(columnNames.count)).map(uncheckedValue))
    }
}
