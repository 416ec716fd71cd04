import JSON
import SQLite

/// A customer of the catalogue: a municipality, by its slug.
struct Municipality: Sendable, Equatable {
    enum Column: String, RecordColumn {
        case slug
        case cbsCode = "cbs_code"
        case name, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    static let table = RecordTable<Column>(name: "municipality")

    /// Lowercase letters and digits separated by single hyphens: the path and the schema use this.
    static let slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"
    static let maxSlugLength = 64
    /// The CBS code, e.g. GM1731.
    static let cbsPattern = "^GM[0-9]{4}$"
    static let maxNameLength = 200

    let slug: String
    let cbsCode: String
    let name: String
    let version: Int64
    let createdAt: String
    let updatedAt: String

    init(_ row: RecordRow<Column>) throws {
        slug = try row.string(.slug)
        cbsCode = try row.string(.cbsCode)
        name = try row.string(.name)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }
}

/// A municipality's inhabitants in one year (the denominator of per-inhabitant prices).
struct InhabitantCount: Sendable, Equatable, JSONRepresentable {
    let year: Int64
    let count: Int64
    /// The demo data's illustrative numbers, not an official count.
    let isExample: Bool

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("count"); w.int(count)
        w.key("is_example"); w.bool(isExample)
        w.endObject()
    }
}

/// The municipality as the API shows it: with its inhabitants per year and its locations.
struct MunicipalityDetail: Sendable, Equatable, JSONRepresentable {
    let municipality: Municipality
    let inhabitants: [InhabitantCount]
    let locations: [Location]

    var version: Int64 { municipality.version }

    func write(to w: inout JSONWriter) {
        let m = municipality
        w.beginObject()
        w.key("slug"); w.string(m.slug)
        w.key("cbs_code"); w.string(m.cbsCode)
        w.key("name"); w.string(m.name)
        w.key("inhabitants"); w.beginArray(); for entry in inhabitants { entry.write(to: &w) }; w.endArray()
        w.key("locations"); w.beginArray(); for location in locations { location.write(to: &w) }; w.endArray()
        w.key("version"); w.int(m.version)
        w.key("created_at"); w.string(m.createdAt)
        w.key("updated_at"); w.string(m.updatedAt)
        w.endObject()
    }
}
