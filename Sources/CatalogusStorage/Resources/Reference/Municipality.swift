import CatalogusDomain
import JSON
import SQLite

/// A customer of the catalogue: a municipality, by its slug.
///
/// Each field is declared in this file only, as `Location`'s are: the stored property,
/// its `Column`, the read in `init(_:)`, its `value(_:into:)` (`MunicipalityDetail`'s
/// JSON, the audit record, the upsert) and its `field(_:)` (`MunicipalityInput` and the
/// OpenAPI schemas).
package struct Municipality: Sendable, Equatable, FieldedRecord {
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

    /// Whether `text` has a slug's form (length first, so that no pattern runs over a long value).
    package static func isSlug(_ text: String) -> Bool {
        text.unicodeScalars.count <= maxSlugLength && text.matchesWhole(slugPattern)
    }
    /// The CBS code, e.g. GM1731.
    package static let cbsPattern = "^GM[0-9]{4}$"
    package static let cbsLength = 6
    package static let maxNameLength = 200

    package var slug: String
    package var cbsCode: String
    package var name: String
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
}

extension Municipality {
    package init(_ row: RecordRow<Column>) throws {
        slug = try row.string(.slug)
        cbsCode = try row.string(.cbsCode)
        name = try row.string(.name)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .slug: sink.text(slug)
        case .cbsCode: sink.text(cbsCode)
        case .name: sink.text(name)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How PUT sets a column (`MunicipalityInput`); nil for one only the server sets.
    package static func field(_ column: Column) -> RecordField<Municipality>? {
        switch column {
        case .version, .createdAt, .updatedAt: nil
        case .slug: .special(.slug)
        case .cbsCode: .special(.cbsCode)
        case .name: .text(\.name, maxLength: maxNameLength)
        }
    }

    /// The fields with rules of their own (`MunicipalityInput`).
    package enum SpecialField: RecordSpecialField {
        /// The path's; a body may send it back, unchanged.
        case slug
        /// `cbsPattern`.
        case cbsCode

        package var requiredOnCreate: Bool { self == .cbsCode }
        /// The slug is the key: a replace keeps it.
        package var fixedOnceCreated: Bool { self == .slug }
    }

    /// The municipality of `slug` before the body's fields are applied.
    package static func new(slug: String, now: String) -> Municipality {
        Municipality(slug: slug, cbsCode: "", name: "", version: 1, createdAt: now, updatedAt: now)
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

    /// The municipality's columns, with its inhabitants and locations after `name`.
    package func write(to w: inout JSONWriter) {
        municipality.writeColumns(to: &w) { column, w in
            guard column == .name else { return }
            w.key("inhabitants"); w.beginArray(); for entry in inhabitants { entry.write(to: &w) }; w.endArray()
            w.key("locations"); w.beginArray(); for location in locations { location.write(to: &w) }; w.endArray()
        }
    }
}
