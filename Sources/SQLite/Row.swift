/// A materialised result row: it owns its values and outlives the statement.
public struct Row: Sendable, Hashable {
    /// Shared by all rows of one query (copy-on-write), so this costs little.
    public let columnNames: [String]
    public let values: [SQLiteValue]

    public init(columnNames: [String], values: [SQLiteValue]) {
        precondition(columnNames.count == values.count, "a row needs one name per value")
        self.columnNames = columnNames
        self.values = values
    }

    public var count: Int { values.count }

    /// The raw value; traps when out of range, like an array.
    public subscript(index: Int) -> SQLiteValue { values[index] }

    public func column<T: SQLiteColumnDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(index) else {
            throw SQLiteDecodingError.columnIndexOutOfRange(index: index, columnCount: values.count)
        }
        return try SQLiteDecodingError.decode(
            values[index], as: T.self, column: "\(index) (\(columnNames[index]))")
    }

    /// By column name: an exact match first, then ASCII case-insensitive,
    /// as SQLite itself treats identifiers.
    public func column<T: SQLiteColumnDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let index = index(ofColumn: name) else { throw SQLiteDecodingError.noSuchColumn(name) }
        return try SQLiteDecodingError.decode(values[index], as: T.self, column: name)
    }

    public func index(ofColumn name: String) -> Int? {
        if let exact = columnNames.firstIndex(of: name) { return exact }
        let folded = name.lowercased()
        return columnNames.firstIndex { $0.lowercased() == folded }
    }
}
