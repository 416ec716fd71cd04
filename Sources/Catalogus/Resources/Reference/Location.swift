import JSON
import SQLite

/// A place where activities are held: a branch, a service point or an external venue.
struct Location: Sendable, Equatable, JSONRepresentable {
    enum Column: String, RecordColumn {
        case id, name, municipality, kind, address, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    static let table = RecordTable<Column>(name: "location")

    static let maxNameLength = 200
    static let maxAddressLength = 500

    let id: Int64
    let name: String
    let municipality: String
    let kind: String
    let address: String?
    let version: Int64
    let createdAt: String
    let updatedAt: String

    init(_ row: RecordRow<Column>) throws {
        id = try row.int64(.id)
        name = try row.string(.name)
        municipality = try row.string(.municipality)
        kind = try row.string(.kind)
        address = try row.optionalString(.address)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("name"); w.string(name)
        w.key("municipality"); w.string(municipality)
        w.key("kind"); w.string(kind)
        w.key("address"); w.string(address)
        w.key("version"); w.int(version)
        w.key("created_at"); w.string(createdAt)
        w.key("updated_at"); w.string(updatedAt)
        w.endObject()
    }
}
