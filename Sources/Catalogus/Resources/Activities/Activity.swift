import JSON
import SQLite

/// A catalogue item: an activity or a service, with its pricing unit.
///
/// Each field is declared in this file only, in five places one line each: the stored
/// property; its `Column` (the SQL name, and the order of SELECT and JSON); the read in
/// `init(row:)`; its `value(_:)`, which the JSON writer, the audit record and
/// INSERT/UPDATE all take; and its `field(_:)`, how a body sets it, which the decoder
/// and the OpenAPI schemas both read. After a new `Column` case the compiler points at
/// the two switches.
struct Activity: Sendable {
    var id: Int64
    var code: String
    var name: String
    var summary: String
    var description: String
    var programme: String
    var audiences: [String]
    var format: String
    var unit: String
    var sessionsPerUnit: Int64?
    var maxParticipants: Int64?
    var active: Bool
    var version: Int64
    var createdAt: String
    var updatedAt: String

    /// The table's columns, in SELECT and JSON order.
    enum Column: String, RecordColumn {
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
        var jsonKey: String { self == .audiences ? "audiences" : rawValue }
    }

    static let table = RecordTable<Column>(name: "activity", alias: "a")
}

extension Activity {
    init(row r: RecordRow<Column>) throws {
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

    /// A column's value: what the API writes for it and what INSERT/UPDATE bind.
    func value(_ column: Column) -> FieldValue {
        switch column {
        case .id: .integer(id)
        case .code: .text(code)
        case .name: .text(name)
        case .summary: .text(summary)
        case .description: .text(description)
        case .programme: .text(programme)
        case .audiences: .list(audiences)
        case .format: .text(format)
        case .unit: .text(unit)
        case .sessionsPerUnit: .optionalInteger(sessionsPerUnit)
        case .maxParticipants: .optionalInteger(maxParticipants)
        case .active: .flag(active)
        case .version: .integer(version)
        case .createdAt: .text(createdAt)
        case .updatedAt: .text(updatedAt)
        }
    }

    /// How a request body sets a column (`ActivityInput`), with the limits the schema
    /// states too; nil for a column only the server sets (read-only in a body).
    static func field(_ column: Column) -> Field? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .code: .code
        case .name: .text(\.name, maxLength: 200)
        case .summary: .freeText(\.summary, maxLength: 500)
        case .description: .freeText(\.description, maxLength: 5000)
        case .programme: .programme
        case .audiences: .audiences
        case .format: .oneOf(\.format, Vocabulary.formats)
        case .unit: .unit
        case .sessionsPerUnit: .optionalInteger(\.sessionsPerUnit, 1...1000)
        case .maxParticipants: .optionalInteger(\.maxParticipants, 1...100_000)
        case .active: .flag(\.active)
        }
    }

    /// A new activity before the body's fields are applied: what POST leaves unset.
    static func new(now: String) -> Activity {
        Activity(id: 0, code: "", name: "", summary: "", description: "", programme: "", audiences: [], format: "",
                 unit: "", sessionsPerUnit: nil, maxParticipants: nil, active: true, version: 1, createdAt: now, updatedAt: now)
    }
}
