import SQLite

/// The columns of one record, declared once as an enum whose raw values are the SQL
/// names. The SELECT list, the reader's indexes and the INSERT column list all derive
/// from that declaration, so a column can never be read by the wrong index (as GRDB's
/// column enums, without the reflection).
///
///     enum Column: String, RecordColumn { case id, code, name }
///     static let table = RecordTable<Column>(name: "activity", alias: "a")
///     let a = table.row(statement);  try a.string(.code)
package protocol RecordColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// The member's name in the API; the SQL name unless the record says otherwise.
    var jsonKey: String { get }
    /// What a SELECT reads for it, after the table's `prefix` (`a.` or nothing): the column
    /// itself, unless the record shows a value derived from a column it never shows (an
    /// account's `has_password` from its password hash).
    func selected(prefix: String) -> String
    /// Whether the resource shows it (its JSON and schema): false for a column only the
    /// server reads and writes, such as a key the path names or a hook's version, which only
    /// its ETag carries. A body never sets such a column.
    var shown: Bool { get }
}

extension RecordColumn {
    package var jsonKey: String { rawValue }
    package var shown: Bool { true }
    package func selected(prefix: String) -> String { prefix + rawValue }
}

/// A table's column list and where each column sits in a `SELECT` of it.
package struct RecordTable<Column: RecordColumn>: Sendable {
    package let name: String
    package let alias: String?
    /// `a.id, a.code, …`, in declaration order.
    package let selectList: String
    private let indexes: [Column: Int]
    /// Whether a column's one-byte tag is its position, checked once here for every case:
    /// then a read needs no lookup at all. (A raw-value enum hashes its String raw value,
    /// which on the list path cost more than the SQLite reads themselves.)
    private let tagIsIndex: Bool
    /// The plain `SELECT … FROM …`, built once: most queries start with it.
    private let selectAll: String

    package init(name: String, alias: String? = nil) {
        self.name = name
        self.alias = alias
        let prefix = alias.map { $0 + "." } ?? ""
        selectList = Column.allCases.map { $0.selected(prefix: prefix) }.joined(separator: ", ")
        indexes = Dictionary(uniqueKeysWithValues: Column.allCases.enumerated().map { ($0.element, $0.offset) })
        selectAll = "SELECT " + selectList + " FROM " + (alias.map { "\(name) \($0)" } ?? name)
        tagIsIndex = MemoryLayout<Column>.size == 1
            && Column.allCases.enumerated().allSatisfy { Int(Self.tag(of: $0.element)) == $0.offset }
    }

    private static func tag(of column: Column) -> UInt8 { withUnsafeBytes(of: column) { $0[0] } }

    /// `FROM activity a` / `FROM activity`.
    package var from: String { alias.map { "\(name) \($0)" } ?? name }

    /// `SELECT <columns> FROM <table>`: extra columns (joins, aggregates) go after the record's own.
    package func select(extra: String? = nil) -> String {
        guard let extra else { return selectAll }
        return "SELECT " + selectList + ", " + extra + " FROM " + from
    }

    /// How many columns the record reads; an extra column of a join sits at `count + n`.
    package var count: Int { indexes.count }

    package func index(of column: Column) -> Int {
        if tagIsIndex { return Int(Self.tag(of: column)) }
        return indexes[column]!  // every case is in the table by construction
    }

    /// `INSERT INTO t (c1, c2) VALUES (?, ?)` for the given columns, in their order, then
    /// `extra` columns the record never reads (a hook's secret).
    package func insert(_ columns: [Column], extra: [String] = []) -> String {
        let names = columns.map(\.rawValue) + extra
        return "INSERT INTO \(name) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// `UPDATE t SET c1 = ?, c2 = ?` for the given columns; the caller adds the WHERE.
    package func update(_ columns: [Column]) -> String {
        "UPDATE \(name) SET " + columns.map { "\($0.rawValue) = ?" }.joined(separator: ", ")
    }

    /// `INSERT … ON CONFLICT (keys) DO UPDATE SET c = excluded.c, …` for a record set
    /// whole by its key (last write wins); `also` adds assignments of its own (`version = version + 1`).
    package func upsert(_ columns: [Column], conflict keys: [Column], update: [Column], also: String? = nil) -> String {
        insert(columns) + " ON CONFLICT (" + keys.map(\.rawValue).joined(separator: ", ") + ") DO UPDATE SET "
            + (update.map { "\($0.rawValue) = excluded.\($0.rawValue)" } + (also.map { [$0] } ?? [])).joined(separator: ", ")
    }

    /// The current row; `offset` skips the columns of another record before this one's (a join's `select(extra:)`).
    package func row(_ statement: Statement, after offset: Int = 0) -> RecordRow<Column> {
        RecordRow(statement: statement, table: self, offset: offset)
    }
}

/// The current row of a statement, read by the record's column names.
package struct RecordRow<Column: RecordColumn> {
    package let statement: Statement
    package let table: RecordTable<Column>
    package let offset: Int

    private func index(_ column: Column) -> Int { offset + table.index(of: column) }

    package func int64(_ column: Column) throws -> Int64 { try statement.int64(index(column)) }
    package func optionalInt64(_ column: Column) throws -> Int64? { try statement.optionalInt64(index(column)) }
    package func bool(_ column: Column) throws -> Bool { try statement.bool(index(column)) }
    package func string(_ column: Column) throws -> String { try statement.string(index(column)) }
    package func optionalString(_ column: Column) throws -> String? { try statement.column(index(column), as: String?.self) }
    /// A comma-separated list column (`group_concat` or a stored list); empty text is no items.
    package func list(_ column: Column) throws -> [String] {
        let text = try string(column)
        return text.isEmpty ? [] : text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The `n`th column after the record's own (from `select(extra:)`).
    package func extraOptionalInt64(_ n: Int) throws -> Int64? { try statement.optionalInt64(offset + table.count + n) }
    package func extraInt64(_ n: Int) throws -> Int64 { try statement.int64(offset + table.count + n) }
    package func extraString(_ n: Int) throws -> String { try statement.string(offset + table.count + n) }
    package func extra<T: SQLiteColumnDecodable>(_ n: Int, as type: T.Type = T.self) throws -> T { try statement.column(offset + table.count + n, as: type) }
}
