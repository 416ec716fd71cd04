import JSON
import SQLite

/// Municipalities (the customers), their inhabitants per year and their locations.
enum MunicipalityService {
    struct Municipality {
        let slug: String
        let cbsCode: String
        let name: String
        let version: Int64
        let createdAt: String
        let updatedAt: String
    }

    static func find(_ slug: String, in db: Connection) throws -> Municipality? {
        try db.queryRow("SELECT slug, cbs_code, name, version, created_at, updated_at FROM municipality WHERE slug = ?", slug)
            .map { try Municipality(slug: $0.column(0), cbsCode: $0.column(1), name: $0.column(2), version: $0.column(3),
                                    createdAt: $0.column(4), updatedAt: $0.column(5)) }
    }

    static func require(_ slug: String, in db: Connection) throws -> Municipality {
        guard let found = try find(slug, in: db) else { throw AppError.notFound("No municipality with slug '\(slug)'.") }
        return found
    }

    static func write(_ m: Municipality, in db: Connection, to w: inout JSONWriter) throws {
        w.beginObject()
        w.key("slug"); w.string(m.slug)
        w.key("cbs_code"); w.string(m.cbsCode)
        w.key("name"); w.string(m.name)
        w.key("inhabitants")
        w.beginArray()
        try db.forEachRow("SELECT year, count, is_example FROM municipality_inhabitants WHERE municipality = ? ORDER BY year",
                          arguments: [m.slug]) { row in
            w.beginObject()
            w.key("year"); w.int(try row.column(0, as: Int64.self))
            w.key("count"); w.int(try row.column(1, as: Int64.self))
            w.key("is_example"); w.bool(try row.column(2, as: Bool.self))
            w.endObject()
        }
        w.endArray()
        w.key("locations")
        w.beginArray()
        try db.forEachRow("SELECT \(LocationRecord.columns) FROM location WHERE municipality = ? ORDER BY name, id", arguments: [m.slug]) {
            try LocationRecord(statement: $0).write(to: &w)
        }
        w.endArray()
        w.key("version"); w.int(m.version)
        w.key("created_at"); w.string(m.createdAt)
        w.key("updated_at"); w.string(m.updatedAt)
        w.endObject()
    }

    static func json(_ m: Municipality, in db: Connection) throws -> JSONValue {
        var w = JSONWriter()
        try write(m, in: db, to: &w)
        return try JSONParser.parse(w.bytes)
    }
}

struct LocationRecord {
    static let columns = "id, name, municipality, kind, address, version, created_at, updated_at"

    let id: Int64
    let name: String
    let municipality: String
    let kind: String
    let address: String?
    let version: Int64
    let createdAt: String
    let updatedAt: String

    init(statement s: Statement) throws {
        id = try s.column(0)
        name = try s.column(1)
        municipality = try s.column(2)
        kind = try s.column(3)
        address = try s.column(4)
        version = try s.column(5)
        createdAt = try s.column(6)
        updatedAt = try s.column(7)
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

    static func find(_ id: Int64, in db: Connection) throws -> LocationRecord? {
        var found: LocationRecord?
        try db.forEachRow("SELECT \(columns) FROM location WHERE id = ?", arguments: [id]) { found = try LocationRecord(statement: $0) }
        return found
    }
}
