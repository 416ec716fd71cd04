/// A column could not be read as the requested Swift type. Like `SQLiteError`
/// it names the column and types, never the value.
public enum SQLiteDecodingError: Error, Sendable, CustomStringConvertible {
    /// The column is NULL but a non-optional type was requested.
    case unexpectedNull(column: String, expected: String)
    /// The column holds another storage class (or an out-of-range value).
    case typeMismatch(column: String, expected: String, found: String)
    case noSuchColumn(String)
    case columnIndexOutOfRange(index: Int, columnCount: Int)

    public var description: String {
        switch self {
        case .unexpectedNull(let column, let expected):
            "column \(column) is NULL; read it as \(expected)? instead of \(expected)"
        case .typeMismatch(let column, let expected, let found):
            "column \(column) holds \(found), which cannot be read as \(expected)"
        case .noSuchColumn(let name):
            "no column named \(name) in the result"
        case .columnIndexOutOfRange(let index, let count):
            "column index \(index) is out of range (the result has \(count) columns)"
        }
    }

    /// Decodes `value` as `T`, or explains why not.
    static func decode<T: SQLiteColumnDecodable>(
        _ value: SQLiteValue, as type: T.Type, column: @autoclosure () -> String
    ) throws -> T {
        if let decoded = T(sqliteValue: value) { return decoded }
        if value.isNull {
            throw SQLiteDecodingError.unexpectedNull(column: column(), expected: "\(T.self)")
        }
        throw SQLiteDecodingError.typeMismatch(
            column: column(), expected: "\(T.self)", found: value.storageClass)
    }
}
