import Foundation

/// A Swift type that can be read from a result column.
///
/// Conversions are strict on purpose: a value of another storage class is a
/// mismatch (reported with the column, never the value) rather than a silent
/// coercion. The exceptions are the lossless ones: INTEGER reads as `Double`.
public protocol SQLiteColumnDecodable {
    /// Returns nil when `sqliteValue` cannot represent the type (NULL included,
    /// except for `Optional`).
    init?(sqliteValue: SQLiteValue)
}

extension SQLiteValue: SQLiteColumnDecodable {
    public init?(sqliteValue: SQLiteValue) { self = sqliteValue }
}

extension Int64: SQLiteColumnDecodable {
    public init?(sqliteValue: SQLiteValue) {
        guard case .integer(let value) = sqliteValue else { return nil }
        self = value
    }
}

extension Int: SQLiteColumnDecodable {
    public init?(sqliteValue: SQLiteValue) {
        guard case .integer(let value) = sqliteValue else { return nil }
        self.init(exactly: value)
    }
}

extension Bool: SQLiteColumnDecodable {
    /// Only 0 and 1: anything else in a boolean column is a bug worth seeing.
    public init?(sqliteValue: SQLiteValue) {
        switch sqliteValue {
        case .integer(0): self = false
        case .integer(1): self = true
        default: return nil
        }
    }
}

extension Double: SQLiteColumnDecodable {
    public init?(sqliteValue: SQLiteValue) {
        switch sqliteValue {
        case .real(let value): self = value
        // Aggregates such as SUM over integers return INTEGER.
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension String: SQLiteColumnDecodable {
    public init?(sqliteValue: SQLiteValue) {
        guard case .text(let value) = sqliteValue else { return nil }
        self = value
    }
}

extension Data: SQLiteColumnDecodable {
    public init?(sqliteValue: SQLiteValue) {
        guard case .blob(let bytes) = sqliteValue else { return nil }
        self.init(bytes)
    }
}

extension Array: SQLiteColumnDecodable where Element == UInt8 {
    public init?(sqliteValue: SQLiteValue) {
        guard case .blob(let bytes) = sqliteValue else { return nil }
        self = bytes
    }
}

extension Optional: SQLiteColumnDecodable where Wrapped: SQLiteColumnDecodable {
    /// NULL reads as nil; any other value must decode as `Wrapped`.
    public init?(sqliteValue: SQLiteValue) {
        if case .null = sqliteValue {
            self = .none
            return
        }
        guard let wrapped = Wrapped(sqliteValue: sqliteValue) else { return nil }
        self = .some(wrapped)
    }
}
