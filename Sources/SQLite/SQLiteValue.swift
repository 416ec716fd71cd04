/// One SQLite value, in one of the five storage classes
/// (https://www.sqlite.org/datatype3.html#storage_classes_and_datatypes).
public enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The storage class name, for error messages. Never the value itself:
    /// values may be personal data.
    public var storageClass: String {
        switch self {
        case .null: "NULL"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
