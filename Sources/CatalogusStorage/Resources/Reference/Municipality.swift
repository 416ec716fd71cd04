import CatalogusDomain
import JSON
import SQLite

/// A customer of the catalogue: a municipality, by its slug.
package struct Municipality: Sendable, Equatable {
    package enum Column: String, RecordColumn {
        case slug
        case cbsCode = "cbs_code"
        case name, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "municipality")

    /// Lowercase letters and digits separated by single hyphens: the path and the schema use this.
    package static let slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"
    package static let maxSlugLength = 64
    /// The CBS code, e.g. GM1731.
    package static let cbsPattern = "^GM[0-9]{4}$"
    package static let maxNameLength = 200

    package let slug: String
    package let cbsCode: String
    package let name: String
    package let version: Int64
    package let createdAt: String
    package let updatedAt: String

    package init(_ row: RecordRow<Column>) throws {
        slug = try row.string(.slug)
        cbsCode = try row.string(.cbsCode)
        name = try row.string(.name)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }
}

/// A municipality's inhabitants in one year (the denominator of per-inhabitant prices).
package struct InhabitantCount: Sendable, Equatable, JSONRepresentable {
    package let year: Int64
    package let count: Int64
    /// The demo data's illustrative numbers, not an official count.
    package let isExample: Bool

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("count"); w.int(count)
        w.key("is_example"); w.bool(isExample)
        w.endObject()
    }
}

/// The municipality as the API shows it: with its inhabitants per year and its locations.
package struct MunicipalityDetail: Sendable, Equatable, JSONRepresentable {
    package let municipality: Municipality
    package let inhabitants: [InhabitantCount]
    package let locations: [Location]

    package var version: Int64 { municipality.version }

    package func write(to w: inout JSONWriter) {
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
