import CatalogusDomain
import JSON
import SQLite

/// One of the five programme areas the catalogue and the annual report are ordered by.
package struct Programme: Sendable, Equatable, JSONRepresentable {
    package enum Column: String, RecordColumn { case code, name, description, position }

    package static let table = RecordTable<Column>(name: "programme")

    package let code: String
    package let name: String
    package let description: String
    /// The report's order; the list's keyset.
    package let position: Int64

    package init(_ row: RecordRow<Column>) throws {
        code = try row.string(.code)
        name = try row.string(.name)
        description = try row.string(.description)
        position = try row.int64(.position)
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(code)
        w.key("name"); w.string(name)
        w.key("description"); w.string(description)
        w.endObject()
    }
}
