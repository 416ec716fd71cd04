import CatalogusDomain
import JSON
import SQLite

/// A place where activities are held: a branch, a service point or an external venue.
///
/// Each field is declared in this file only, as `Activity`'s are: the stored property,
/// its `Column`, the read in `init(_:)`, its `value(_:into:)` (JSON, audit record,
/// INSERT) and its `field(_:)` (the decoder and the OpenAPI schemas).
package struct Location: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case id, name, municipality, kind, address, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "location")

    package static let maxNameLength = 200
    package static let maxAddressLength = 500

    package var id: Int64
    package var name: String
    package var municipality: String
    package var kind: String
    package var address: String?
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
}

extension Location {
    package init(_ row: RecordRow<Column>) throws {
        id = try row.int64(.id)
        name = try row.string(.name)
        municipality = try row.string(.municipality)
        kind = try row.string(.kind)
        address = try row.optionalString(.address)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .name: sink.text(name)
        case .municipality: sink.text(municipality)
        case .kind: sink.text(kind)
        case .address: sink.optionalText(address)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How POST sets a column (`LocationInput`); nil for one only the server sets.
    package static func field(_ column: Column) -> RecordField<Location>? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .name: .text(\.name, maxLength: maxNameLength)
        case .municipality: .special(.municipality)
        case .kind: .oneOf(\.kind, Vocabulary.locationKinds)
        case .address: .optionalText(\.address, maxLength: maxAddressLength)
        }
    }

    /// The fields a lookup decides (`LocationInput`).
    package enum SpecialField: RecordSpecialField {
        /// The slug of an existing municipality.
        case municipality

        package var requiredOnCreate: Bool { true }
    }

    /// A new location before the body's fields are applied.
    package static func new(now: String) -> Location {
        Location(id: 0, name: "", municipality: "", kind: "", address: nil, version: 1, createdAt: now, updatedAt: now)
    }
}

extension Location: JSONRepresentable {
    package func write(to w: inout JSONWriter) { writeColumns(to: &w) }
}
