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
}

/// The API's JSON of each kind.
extension JSONWriter: RecordFieldSink {
    package mutating func integer(_ value: Int64) { int(value) }
    package mutating func optionalInteger(_ value: Int64?) { int(value) }
    package mutating func text(_ value: String) { string(value) }
    package mutating func optionalText(_ value: String?) { string(value) }
    package mutating func flag(_ value: Bool) { bool(value) }
    package mutating func list(_ values: [String]) { beginArray(); for value in values { string(value) }; endArray() }
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
