import JSON
import SQLite

/// One of the five programme areas the catalogue and the annual report are ordered by.
struct Programme: Sendable, Equatable, JSONRepresentable {
    enum Column: String, RecordColumn { case code, name, description, position }

    static let table = RecordTable<Column>(name: "programme")

    let code: String
    let name: String
    let description: String
    /// The report's order; the list's keyset.
    let position: Int64

    init(_ row: RecordRow<Column>) throws {
        code = try row.string(.code)
        name = try row.string(.name)
        description = try row.string(.description)
        position = try row.int64(.position)
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(code)
        w.key("name"); w.string(name)
        w.key("description"); w.string(description)
        w.endObject()
    }
}
