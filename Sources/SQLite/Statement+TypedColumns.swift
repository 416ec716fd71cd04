import CSQLite

/// Typed reads straight from `sqlite3_column_*`, without the generic decoding path:
/// list endpoints read thousands of columns a second through these.
extension Statement {
    public func int64(_ index: Int) throws -> Int64 {
        let column = try checkedIndex(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return sqlite3_column_int64(handle, column)
        case SQLITE_NULL: throw SQLiteDecodingError.unexpectedNull(column: columnName(index), expected: "Int64")
        default: throw mismatch(index, expected: "Int64")
        }
    }

    public func optionalInt64(_ index: Int) throws -> Int64? {
        let column = try checkedIndex(index)
        if sqlite3_column_type(handle, column) == SQLITE_NULL { return nil }
        return try int64(index)
    }

    public func bool(_ index: Int) throws -> Bool {
        switch try int64(index) {
        case 0: return false
        case 1: return true
        default: throw mismatch(index, expected: "Bool")
        }
    }

    public func string(_ index: Int) throws -> String {
        let column = try checkedIndex(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_TEXT:
            // Pointer first, then length (https://www.sqlite.org/c3ref/column_blob.html).
            guard let text = sqlite3_column_text(handle, column) else { return "" }
            let length = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)
        case SQLITE_NULL: throw SQLiteDecodingError.unexpectedNull(column: columnName(index), expected: "String")
        default: throw mismatch(index, expected: "String")
        }
    }

    private func checkedIndex(_ index: Int) throws -> Int32 {
        guard index >= 0, index < columnCount else {
            throw SQLiteDecodingError.columnIndexOutOfRange(index: index, columnCount: columnCount)
        }
        return Int32(index)
    }

    private func mismatch(_ index: Int, expected: String) -> SQLiteDecodingError {
        .typeMismatch(column: columnName(index), expected: expected, found: uncheckedValue(at: Int32(index)).storageClass)
    }
}
