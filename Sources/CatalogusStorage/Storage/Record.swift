import JSON
import SQLite

/// A record declared once: its columns (`RecordColumn`) and, per column, its value
/// handed to a sink. The JSON writer (the API and the audit log) and the arguments of
/// INSERT/UPDATE both take the values from `value(_:into:)`, so a field is written
/// the same way everywhere it goes. Passing a value on rather than returning it keeps
/// the list path free of a copy per field.
package protocol Record {
    associatedtype Column: RecordColumn
    func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink)
}

/// Where a record's column values go, by kind (`Record.value(_:into:)`).
package protocol RecordFieldSink {
    mutating func integer(_ value: Int64)
    mutating func optionalInteger(_ value: Int64?)
    mutating func text(_ value: String)
    mutating func optionalText(_ value: String?)
    mutating func flag(_ value: Bool)
    mutating func list(_ values: [String])
    /// A list stored as the text of a JSON array (a registration's partners).
    mutating func jsonList(_ values: [String])
}

/// The API's JSON of each kind.
extension JSONWriter: RecordFieldSink {
    package mutating func integer(_ value: Int64) { int(value) }
    package mutating func optionalInteger(_ value: Int64?) { int(value) }
    package mutating func text(_ value: String) { string(value) }
    package mutating func optionalText(_ value: String?) { string(value) }
    package mutating func flag(_ value: Bool) { bool(value) }
    package mutating func list(_ values: [String]) { beginArray(); for value in values { string(value) }; endArray() }
    package mutating func jsonList(_ values: [String]) { list(values) }
}

/// The arguments of an INSERT or UPDATE; a list is stored in its own table and binds as its text.
package struct RecordSQLArguments: RecordFieldSink {
    package var values: [any SQLiteBindable] = []

    package mutating func integer(_ value: Int64) { values.append(value) }
    package mutating func optionalInteger(_ value: Int64?) { values.append(value) }
    package mutating func text(_ value: String) { values.append(value) }
    package mutating func optionalText(_ value: String?) { values.append(value) }
    package mutating func flag(_ value: Bool) { values.append(value) }
    package mutating func list(_ values: [String]) { self.values.append(values.joined(separator: ",")) }
    package mutating func jsonList(_ values: [String]) { self.values.append(StoredJSONList.text(values)) }
}

/// The arguments of many INSERTs as one JSON array a row, each value as it binds, for one
/// statement that inserts them all from `json_each` (a bulk import's rows).
package struct RecordSQLRows: RecordFieldSink {
    package var writer: JSONWriter

    package init(capacity: Int) { writer = JSONWriter(capacity: capacity) }

    package mutating func integer(_ value: Int64) { writer.int(value) }
    package mutating func optionalInteger(_ value: Int64?) { writer.int(value) }
    package mutating func text(_ value: String) { writer.string(value) }
    package mutating func optionalText(_ value: String?) { writer.string(value) }
    package mutating func flag(_ value: Bool) { writer.int(value ? 1 : 0) }
    package mutating func list(_ values: [String]) { writer.string(values.joined(separator: ",")) }
    package mutating func jsonList(_ values: [String]) { writer.string(StoredJSONList.text(values)) }
}

/// How a `jsonList` column is stored: the text of a JSON array of strings.
package enum StoredJSONList {
    package static func text(_ values: [String]) -> String {
        String(decoding: JSONValue.array(values.map { .string($0) }).serialized, as: UTF8.self)
    }

    /// The strings of stored text; none when it is no array.
    package static func values(_ text: String) -> [String] {
        (try? JSONParser.parse(text))?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}

extension Record {
    /// The values of `columns`, in their order, to bind.
    package func arguments(_ columns: [Column]) -> [any SQLiteBindable] {
        var arguments = RecordSQLArguments()
        for column in columns { value(column, into: &arguments) }
        return arguments.values
    }

    /// The record as one JSON object, its members in the columns' order under their `jsonKey`
    /// (the shown columns).
    package func writeColumns(to w: inout JSONWriter) {
        w.beginObject()
        for column in Column.allCases where column.shown {
            w.key(column.jsonKey)
            value(column, into: &w)
        }
        w.endObject()
    }

    /// The record as one JSON object with members that are not its columns (a view's
    /// sums, a detail's lists): `after` writes them, keys and all, after a column.
    package func writeColumns(to w: inout JSONWriter, after: (Column, inout JSONWriter) -> Void) {
        w.beginObject()
        for column in Column.allCases where column.shown {
            w.key(column.jsonKey)
            value(column, into: &w)
            after(column, &w)
        }
        w.endObject()
    }
}
