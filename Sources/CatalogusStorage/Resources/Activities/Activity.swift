import CatalogusDomain
import JSON
import SQLite

/// A catalogue item: an activity or a service, with its pricing unit.
///
/// Each field is declared in this file only, in five places one line each: the stored
/// property; its `Column` (the SQL name, and the order of SELECT and JSON); the read in
/// `init(row:)`; its `value(_:into:)`, which the JSON writer, the audit record and
/// INSERT/UPDATE all take; and its `field(_:)`, how a body sets it, which the decoder
/// and the OpenAPI schemas both read. After a new `Column` case the compiler points at
/// the two switches.
package struct Activity: Sendable, FieldedRecord {
    package var id: Int64
    package var code: String
    package var name: String
    package var summary: String
    package var description: String
    package var programme: String
    package var audiences: [String]
    package var format: String
    package var unit: String
    package var sessionsPerUnit: Int64?
    package var maxParticipants: Int64?
    package var active: Bool
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String

    /// The table's columns, in SELECT and JSON order.
    package enum Column: String, RecordColumn {
        case id, code, name, summary, description, programme
        /// Kept by triggers from `activity_audience`, in the listed order.
        case audiences = "audience_list"
        case format, unit
        case sessionsPerUnit = "sessions_per_unit"
        case maxParticipants = "max_participants"
        case active, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"

        /// The member's name in the API: the SQL name, but for the list.
        package var jsonKey: String { self == .audiences ? "audiences" : rawValue }
    }

    package static let table = RecordTable<Column>(name: "activity", alias: "a")
}

extension Activity {
    package init(row r: RecordRow<Column>) throws {
        id = try r.int64(.id)
        code = try r.string(.code)
        name = try r.string(.name)
        summary = try r.string(.summary)
        description = try r.string(.description)
        programme = try r.string(.programme)
        audiences = try r.list(.audiences)
        format = try r.string(.format)
        unit = try r.string(.unit)
        sessionsPerUnit = try r.optionalInt64(.sessionsPerUnit)
        maxParticipants = try r.optionalInt64(.maxParticipants)
        active = try r.bool(.active)
        version = try r.int64(.version)
        createdAt = try r.string(.createdAt)
        updatedAt = try r.string(.updatedAt)
    }

    /// A column's value, handed to a sink: the JSON writer (the API and the audit log)
    /// and the SQL arguments of INSERT/UPDATE both take it from here. Passing it on
    /// rather than returning it keeps the list path free of a copy per field.
    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .code: sink.text(code)
        case .name: sink.text(name)
        case .summary: sink.text(summary)
        case .description: sink.text(description)
        case .programme: sink.text(programme)
        case .audiences: sink.list(audiences)
        case .format: sink.text(format)
        case .unit: sink.text(unit)
        case .sessionsPerUnit: sink.optionalInteger(sessionsPerUnit)
        case .maxParticipants: sink.optionalInteger(maxParticipants)
        case .active: sink.flag(active)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How a request body sets a column (`ActivityInput`), with the limits the schema
    /// states too; nil for a column only the server sets (read-only in a body).
    package static func field(_ column: Column) -> Field? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .code: .special(.code)
        case .name: .text(\.name, maxLength: 200)
        case .summary: .freeText(\.summary, maxLength: 500)
        case .description: .freeText(\.description, maxLength: 5000)
        case .programme: .special(.programme)
        case .audiences: .special(.audiences)
        case .format: .oneOf(\.format, Vocabulary.formats)
        case .unit: .special(.unit)
        case .sessionsPerUnit: .optionalInteger(\.sessionsPerUnit, 1...1000)
        case .maxParticipants: .optionalInteger(\.maxParticipants, 1...100_000)
        case .active: .flag(\.active)
        }
    }

    /// A new activity before the body's fields are applied: what POST leaves unset.
    package static func new(now: String) -> Activity {
        Activity(id: 0, code: "", name: "", summary: "", description: "", programme: "", audiences: [], format: "",
                 unit: "", sessionsPerUnit: nil, maxParticipants: nil, active: true, version: 1, createdAt: now, updatedAt: now)
    }
}
